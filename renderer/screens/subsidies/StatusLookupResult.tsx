import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusLookupOutput } from '../../../shared/contract/subsidySchemas.js';
import { maskIdNumber, spokenDigits } from '../../../shared/domain/mask.js';
import { fieldErrorsOf, type FieldError, type KioskError } from '../../../shared/errors.js';
import { queryKey } from '../../host/hostQuery.js';
import { useHostAnswer } from '../../host/useHostAnswer.js';
import { useSession } from '../../session/sessionContext.js';
import { useAnnounceWhenLoaded } from '../../session/useAnnounceWhenLoaded.js';
import { ErrorSummary } from '../../forms/ErrorSummary.js';
import { useHostMutation } from '../../host/useHostMutation.js';
import { kioskApi } from '../../kiosk.js';
import { Button } from '../../ui/Button.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { selfServiceLine, staffProgressLines } from './serviceRecordLines.js';
import { usePolicies } from './usePolicies.js';
import { LoadingPlaceholder } from '../../ui/LoadingPlaceholder.js';
import { translateMessage } from '../../i18n/translateMessage.js';

type Requested = { kind: 'requested'; reference: string };
type Refused = { kind: 'refused'; errors: FieldError[] };
type Shown = { kind: 'checking' } | StatusLookupOutput | Requested | Refused;

/** A refused lookup or request: its field errors, or its one message when no field is named. */
function refused(error: KioskError): Refused {
  return { kind: 'refused', errors: fieldErrorsOf(error) };
}

/** What the central API knows, or — when it cannot answer — a plain "cannot check now" and a stored request. */
export function StatusLookupResult({ idNumber, phoneLast4 }: { idNumber: string; phoneLast4: string }) {
  const { t } = useTranslation();
  const { navigate, settings, visitId, speech } = useSession();
  const policies = usePolicies();
  // Asked once per ID and phone while this result shows, never kept: the host answers 'unavailable' when the
  // central API is slow or down, and "checking" stays on screen until it has. The key holds the ID number only
  // in this screen's state, as the props do.
  const lookup = useHostAnswer(queryKey('subsidies.lookupStatus', { idNumber, phoneLast4 }), async () =>
    kioskApi().invoke('subsidies.lookupStatus', { visitId: (await visitId()) ?? null, idNumber, phoneLast4 }),
  );
  // A stored request left from the 'unavailable' view replaces the lookup's answer.
  const [requestOutcome, setRequestOutcome] = useState<Requested | Refused | undefined>(undefined);
  const shown: Shown = requestOutcome ?? (lookup.status === 'loading' ? { kind: 'checking' } : lookup.status === 'ok' ? lookup.value : refused(lookup.error));
  const language = settings.language;
  useAnnounceWhenLoaded(shown.kind !== 'checking');

  const request = useHostMutation('subsidies.requestStatus');
  const leaveRequest = async (): Promise<void> => {
    const result = await request.send({ visitId: (await visitId()) ?? null, idNumber, phoneLast4 });
    if (result === undefined) return; // already being left
    setRequestOutcome(result.ok ? { kind: 'requested', reference: result.value.reference } : refused(result.error));
    // The view changed without a change of screen: say the outcome (ADA 707.5: the final receipt is spoken).
    speech.say(
      result.ok
        ? [t('subsidies.lookup.requestedTitle'), t('interest.done.saved'), t('subsidies.lookup.requested', { reference: spokenDigits(result.value.reference, language) })]
        : [t('subsidies.lookup.title'), ...result.error.fields.map((field) => translateMessage(t, field.messageKey, field.params)), ...(result.error.fields.length === 0 ? [translateMessage(t, result.error.messageKey)] : [])],
    );
  };
  const back = (
    <Button onPress={() => navigate({ type: 'go', screen: 'subsidies' })}>{t('subsidies.lookup.backToSubsidies')}</Button>
  );
  const forId = <p data-nav-item>{t('subsidies.lookup.forId', { masked: maskIdNumber(idNumber) })}</p>;

  switch (shown.kind) {
    case 'checking':
      return <LoadingPlaceholder text={t('subsidies.lookup.checking')} />;
    case 'refused':
      return (
        <>
          <ScreenHeading>{t('subsidies.lookup.title')}</ScreenHeading>
          <p className="screen-purpose">{t('subsidies.lookup.purpose')}</p>
          <ErrorSummary errors={shown.errors} />
          {back}
        </>
      );
    case 'unavailable':
      return (
        <>
          <ScreenHeading>{t('subsidies.lookup.unavailableTitle')}</ScreenHeading>
          <p className="screen-purpose" role="alert">{t('subsidies.lookup.unavailable')}</p>
          {forId}
          <div className="detail-actions">
            <Button variant="primary" optionNumber={1} onPress={() => void leaveRequest()}>
              {t('subsidies.lookup.leaveRequest')}
            </Button>
            {back}
          </div>
        </>
      );
    case 'requested': {
      const spoken = t('subsidies.lookup.requested', { reference: spokenDigits(shown.reference, language) });
      return (
        <>
          <ScreenHeading>{t('subsidies.lookup.requestedTitle')}</ScreenHeading>
          <p className="screen-purpose">{t('interest.done.saved')}</p>
          <p className="reference" data-testid="reference" data-announce={spoken} data-nav-item>
            {t('subsidies.lookup.requested', { reference: shown.reference })}
          </p>
          {back}
        </>
      );
    }
    case 'answered': {
      const titleOf = (policyId: string): string => policies?.find((policy) => policy.id === policyId)?.title[language] ?? policyId;
      const applications = shown.applications.map((application) =>
        t('subsidies.lookup.application', {
          policy: titleOf(application.policyId),
          status: t(`subsidies.lookup.statuses.${application.status}`),
          reference: application.reference,
          date: application.updatedAt.slice(0, 10),
        }),
      );
      const progress = staffProgressLines(shown.progress, t);
      const selfService = selfServiceLine(shown.progress, t);
      return (
        <>
          <ScreenHeading>{t('subsidies.lookup.title')}</ScreenHeading>
          <p className="screen-purpose">{t('subsidies.lookup.purpose')}</p>
          {forId}
          <h2>{t('subsidies.lookup.applicationsTitle')}</h2>
          <ul className="plain-list" data-testid="applications">
            {applications.length === 0 ? (
              <li data-nav-item data-announce={t('subsidies.lookup.none')}>{t('subsidies.lookup.none')}</li>
            ) : (
              applications.map((line) => (
                <li key={line} data-nav-item data-announce={line}>
                  {line}
                </li>
              ))
            )}
          </ul>
          <h2>{t('subsidies.lookup.progressTitle')}</h2>
          <ul className="plain-list" data-testid="progress">
            {progress.map((line) => (
              <li key={line} data-nav-item data-announce={line}>
                {line}
              </li>
            ))}
          </ul>
          {selfService !== undefined && (
            <p data-testid="self-service" data-nav-item data-announce={selfService}>
              {selfService}
            </p>
          )}
          {back}
        </>
      );
    }
  }
}
