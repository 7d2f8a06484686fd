import { useTranslation } from 'react-i18next';

/**
 * Every utterance is also shown as text, for residents who are hard of hearing and for staff
 * (DESIGN.md, "One speech queue"). Hidden from screen readers: the same words are already on screen.
 */
export function CaptionStrip({ caption }: { caption: string | null }) {
  const { t } = useTranslation();
  if (caption === null) return null;
  return (
    <div className="caption-strip" aria-hidden="true" data-testid="caption" title={t('a11y.captionLabel')}>
      {caption}
    </div>
  );
}
