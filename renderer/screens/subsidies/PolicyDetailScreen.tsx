import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { kioskApi } from '../../kiosk.js';
import { useSession } from '../../session/sessionContext.js';
import { useAnnounceWhenLoaded } from '../../session/useAnnounceWhenLoaded.js';
import { Button } from '../../ui/Button.js';
import { DetailList } from '../../ui/DetailList.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { localIsoDate } from '../../../shared/domain/localDate.js';
import { policyFields, policySummary } from './policyText.js';
import { usePolicies } from './usePolicies.js';
import { LoadingPlaceholder } from '../../ui/LoadingPlaceholder.js';

/** One policy in full: how much, who, what to bring, where — with "read it all" and a call-back request. */
export function PolicyDetailScreen({ policyId }: { policyId: string }) {
  const { t } = useTranslation();
  const { navigate, settings, speech, visitId } = useSession();
  const policies = usePolicies();
  useAnnounceWhenLoaded(policies !== undefined);
  useEffect(() => {
    // Anonymous statistics: which services a visit used (no identity).
    void visitId().then((id) => {
      if (id !== undefined) void kioskApi().invoke('visit.count', { visitId: id, counter: 'policies_viewed' });
    });
  }, [policyId, visitId]);
  if (policies === undefined) return <LoadingPlaceholder />;
  const policy = policies.find((candidate) => candidate.id === policyId);
  if (policy === undefined) {
    return (
      <>
        <ScreenHeading>{t('subsidies.title')}</ScreenHeading>
        <p className="screen-purpose" role="alert">{t('errors.subsidies.policyNotFound')}</p>
      </>
    );
  }
  const language = settings.language;
  const fields = policyFields(policy, language, settings.easyRead, localIsoDate(new Date()), t);
  const readAll = (): void => speech.say([policy.title[language], ...fields.map((field) => t('common.labelValue', { label: field.label, value: field.value }))], { force: true });
  const forIndividuals = policy.audience === 'individual';
  return (
    <>
      <ScreenHeading>{policy.title[language]}</ScreenHeading>
      <p className="screen-purpose">{policySummary(policy, language, settings.easyRead)}</p>
      <div className="detail-actions">
        {forIndividuals && (
          <Button variant="primary" optionNumber={1} onPress={() => navigate({ type: 'go', screen: 'policy_inquiry', policyId: policy.id, step: 'idNumber' })}>
            {t('subsidies.detail.callBack')}
          </Button>
        )}
        {forIndividuals && (
          <Button optionNumber={2} onPress={() => navigate({ type: 'go', screen: 'eligibility_check', step: 'start' })}>
            {t('subsidies.detail.checkMine')}
          </Button>
        )}
        <Button optionNumber={forIndividuals ? 3 : 1} onPress={readAll}>
          {t('subsidies.detail.readAll')}
        </Button>
      </div>
      <DetailList fields={fields} />
    </>
  );
}
