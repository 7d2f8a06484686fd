import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/sessionContext.js';
import { useAnnounceWhenLoaded } from '../../session/useAnnounceWhenLoaded.js';
import { ResultList } from '../../ui/ResultList.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { localIsoDate } from '../../../shared/domain/localDate.js';
import { expiredNote, policySummary } from './policyText.js';
import { usePolicies } from './usePolicies.js';
import { LoadingPlaceholder } from '../../ui/LoadingPlaceholder.js';

/** Every policy in force, numbered for the digit keys, each with its amount and summary. */
export function PolicyListScreen() {
  const { t } = useTranslation();
  const { navigate, settings } = useSession();
  const policies = usePolicies();
  useAnnounceWhenLoaded(policies !== undefined);
  if (policies === undefined) return <LoadingPlaceholder />;
  const language = settings.language;
  const today = localIsoDate(new Date());
  return (
    <>
      <ScreenHeading>{t('subsidies.list.title')}</ScreenHeading>
      <p className="screen-purpose">{t('subsidies.list.purpose', { count: policies.length })}</p>
      <ResultList
        firstNumber={1}
        onOpen={(policyId) => navigate({ type: 'go', screen: 'policy_detail', policyId })}
        items={policies.map((policy, index) => {
          const audience =
            policy.audience === 'employer' ? t('subsidies.list.forEmployers') : policy.audience === 'institution' ? t('subsidies.list.forInstitutions') : '';
          const expired = expiredNote(policy, today, t);
          const lines = [
            policy.amount.text[language],
            ...(audience === '' ? [] : [audience]),
            policySummary(policy, language, settings.easyRead),
            ...(expired === null ? [] : [expired]),
          ];
          return {
            id: policy.id,
            title: policy.title[language],
            lines,
            spoken: [policy.title[language], ...lines].join(t('a11y.separator')),
            position: t('subsidies.list.position', { index: index + 1, total: policies.length }),
          };
        })}
      />
    </>
  );
}
