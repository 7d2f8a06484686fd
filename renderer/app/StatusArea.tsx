import { useTranslation } from 'react-i18next';
import { useHostStatus } from './useHostStatus.js';

/** Network state and the number of items waiting to be sent; a live region, so changes are announced (WCAG 4.1.3). */
export function StatusArea() {
  const { t } = useTranslation();
  const status = useHostStatus();
  // Until the forwarder has tried the central API, nothing is claimed about the network.
  const network = status?.online === true ? t('status.online') : status?.online === false ? t('status.offline') : '';
  return (
    <p role="status" aria-label={t('status.label')} data-testid="status-area">
      <span>{network}</span>
      {status !== undefined && status.queueDepth > 0 && <span> {t('status.queue', { count: status.queueDepth })}</span>}
      {/* Staff alert (issue #6): forwarding stopped because the central API refused the station's credentials. */}
      {status?.syncAlert === 'unauthorized' && <span data-testid="sync-alert"> {t('status.syncUnauthorized')}</span>}
      {/* Issue #17: the station PC's clock, not its credentials; sending resumes by itself once it is right. */}
      {status?.syncAlert === 'clock_skew' && <span data-testid="sync-alert"> {t('status.syncClockSkew')}</span>}
      {/* Issue #17: the disk refused a write; clears by itself once a submission is stored again. */}
      {status?.storageAlert === 'storage_full' && <span data-testid="storage-alert"> {t('status.storageFull')}</span>}
      {status?.storageAlert === 'storage_read_only' && <span data-testid="storage-alert"> {t('status.storageReadOnly')}</span>}
    </p>
  );
}
