import type { TFunction } from 'i18next';
import { serviceRecordKinds, type StatusLookupOutput } from '../../../shared/contract/subsidySchemas.js';

type Progress = Extract<StatusLookupOutput, { kind: 'answered' }>['progress'];

/**
 * One line per 12333 service: what staff delivered against its target (鲁就办〔2023〕13号 item 16 counts
 * only those), with a note when some were just recorded here and are still being sent.
 */
export function staffProgressLines(progress: Progress, t: TFunction): string[] {
  return serviceRecordKinds.map((kind) => {
    const entry = progress[kind];
    const line = t('subsidies.lookup.progressLine', { kind: t(`subsidies.lookup.kinds.${kind}`), count: entry.staff, target: entry.target });
    return entry.staffUnsent > 0 ? `${line}${t('subsidies.lookup.localNote', { local: entry.staffUnsent })}` : line;
  });
}

/**
 * The resident's own use of a kiosk, on a line of its own that says it is not a service from staff;
 * undefined when there was none, so the screen does not list four zeros that mean nothing to them.
 */
export function selfServiceLine(progress: Progress, t: TFunction): string | undefined {
  const used = serviceRecordKinds.filter((kind) => progress[kind].selfService > 0);
  if (used.length === 0) return undefined;
  const list = used
    .map((kind) => t('subsidies.lookup.selfServiceItem', { kind: t(`subsidies.lookup.selfKinds.${kind}`), count: progress[kind].selfService }))
    .join(t('subsidies.lookup.selfServiceSeparator'));
  return t('subsidies.lookup.selfService', { list });
}
