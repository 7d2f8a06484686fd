import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogKind } from '../../../shared/catalog/catalogKinds.js';
import { kioskApi } from '../../kiosk.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';

type ServiceScreenId = 'subsidies';
const catalogKindOf: Readonly<Record<ServiceScreenId, CatalogKind>> = { subsidies: 'policies' };

/**
 * Entry screen of one service. It shows what the local catalog holds and when it was updated;
 * the browse, sign-up and eligibility flows are built on this screen in their own issues.
 */
export function ServiceScreen({ service }: { service: ServiceScreenId }) {
  const { t, i18n } = useTranslation();
  const [summary, setSummary] = useState<{ count: number; updatedAt: string | null } | undefined>(undefined);

  useEffect(() => {
    let active = true;
    void kioskApi()
      .invoke('catalog.getSummary', {})
      .then((result) => {
        if (!active || !result.ok) return;
        const kind = result.value.kinds.find((entry) => entry.kind === catalogKindOf[service]);
        setSummary({ count: kind?.count ?? 0, updatedAt: kind?.updatedAt ?? null });
      });
    return () => {
      active = false;
    };
  }, [service]);

  return (
    <>
      <ScreenHeading>{t(`service.${service}.title`)}</ScreenHeading>
      <div className="prose">
        <p className="screen-purpose">{t(`service.${service}.purpose`)}</p>
        <p role="status" data-nav-item>{summary === undefined ? t('service.loading') : t(`service.${service}.count`, { count: summary.count })}</p>
        {summary?.updatedAt != null && (
          <p data-nav-item>{t('service.updatedAt', { time: new Date(summary.updatedAt).toLocaleString(i18n.language) })}</p>
        )}
        <p data-nav-item>{t('service.notYet')}</p>
      </div>
    </>
  );
}
