import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/sessionContext.js';
import { useAnnounceWhenLoaded } from '../../session/useAnnounceWhenLoaded.js';
import { Button } from '../../ui/Button.js';
import { CatalogUpdatedAt } from '../../ui/CatalogUpdatedAt.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { usePolicies } from './usePolicies.js';

/** The subsidies service (issue #7): the eligibility check, the status lookup, and all policies. */
export function SubsidiesScreen() {
  const { t } = useTranslation();
  const { navigate } = useSession();
  const policies = usePolicies();
  useAnnounceWhenLoaded(policies !== undefined);
  const entries = [
    { label: t('subsidies.check'), hint: t('subsidies.checkHint'), go: () => navigate({ type: 'go', screen: 'eligibility_check', step: 'start' }) },
    { label: t('subsidies.status'), hint: t('subsidies.statusHint'), go: () => navigate({ type: 'go', screen: 'status_lookup', step: 'idNumber' }) },
    { label: t('subsidies.all'), hint: t('subsidies.allHint', { count: policies?.length ?? 0 }), go: () => navigate({ type: 'go', screen: 'policy_list' }) },
  ];
  return (
    <>
      <ScreenHeading>{t('subsidies.title')}</ScreenHeading>
      <p className="screen-purpose">{t('subsidies.purpose')}</p>
      <ul className="service-grid" aria-label={t('subsidies.title')}>
        {entries.map((entry, index) => (
          <li key={entry.label}>
            <Button variant="primary" className="service-button" optionNumber={index + 1} onPress={entry.go}>
              <span>{entry.label}</span>
              <span className="service-hint">{entry.hint}</span>
            </Button>
          </li>
        ))}
      </ul>
      <CatalogUpdatedAt kind="policies" />
    </>
  );
}
