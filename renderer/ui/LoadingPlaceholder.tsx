import { useTranslation } from 'react-i18next';

/**
 * What a screen shows while its content comes from the host. aria-busy holds the screen's arrival
 * announcement until the content is there (useAnnounceWhenLoaded).
 */
export function LoadingPlaceholder({ text }: { text?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" aria-busy="true">
      {text ?? t('service.loading')}
    </p>
  );
}
