import { useTranslation } from 'react-i18next';
import type { CatalogKind } from '../../../shared/catalog/catalogKinds.js';
import { CatalogUpdatedAt, useCatalogSummary } from '../../ui/CatalogUpdatedAt.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';

type ServiceScreenId = 'subsidies';
const catalogKindOf: Readonly<Record<ServiceScreenId, CatalogKind>> = { subsidies: 'policies' };

/**
 * Entry screen of one service. It shows what the local catalog holds and when it was updated;
 * the browse, sign-up and eligibility flows are built on this screen in their own issues.
 */
export function ServiceScreen({ service }: { service: ServiceScreenId }) {
  const { t } = useTranslation();
  const summary = useCatalogSummary(catalogKindOf[service]);

  return (
    <>
      <ScreenHeading>{t(`service.${service}.title`)}</ScreenHeading>
      <div className="prose">
        <p className="screen-purpose">{t(`service.${service}.purpose`)}</p>
        <p role="status" data-nav-item>{summary === undefined ? t('service.loading') : t(`service.${service}.count`, { count: summary.count })}</p>
        <CatalogUpdatedAt kind={catalogKindOf[service]} />
        <p data-nav-item>{t('service.notYet')}</p>
      </div>
    </>
  );
}
