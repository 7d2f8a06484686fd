import { useTranslation } from 'react-i18next';
import type { CatalogKind } from '../../shared/catalog/catalogKinds.js';
import { useHostQuery } from '../host/useHostQuery.js';

/** How many items of a catalog kind the kiosk holds and when they were last known current; asked afresh per screen. */
export function useCatalogSummary(kind: CatalogKind): { count: number; updatedAt: string | null; source: string } | undefined {
  const query = useHostQuery('catalog.getSummary', {}, 'screen');
  if (query.status !== 'ok') return undefined;
  const entry = query.value.kinds.find((candidate) => candidate.kind === kind);
  return { count: entry?.count ?? 0, updatedAt: entry?.updatedAt ?? null, source: entry?.source ?? 'none' };
}

/**
 * "信息更新于 …": residents (and staff answering them) can tell how fresh a listing is, which matters
 * most when the kiosk has been offline and shows its last pulled or built-in catalog (issue #6).
 */
export function CatalogUpdatedAt({ kind }: { kind: CatalogKind }) {
  const { t, i18n } = useTranslation();
  const summary = useCatalogSummary(kind);
  if (summary?.updatedAt == null) return null;
  const time = new Date(summary.updatedAt).toLocaleString(i18n.language, { dateStyle: 'long', timeStyle: 'short' });
  return (
    <p className="catalog-updated" data-nav-item data-testid="catalog-updated">
      {t('service.updatedAt', { time })}
    </p>
  );
}
