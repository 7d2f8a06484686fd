import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { spokenDigits } from '../../shared/domain/mask.js';
import { useSession } from '../session/sessionContext.js';
import { ScreenHeading } from '../ui/ScreenHeading.js';

type ReferenceConfirmationProps = {
  readonly title: string;
  readonly purpose: string;
  readonly reference: string;
  /** The line with the reference, e.g. t('interest.done.reference', {reference}) as a function of the reference's text. */
  readonly referenceLine: (reference: string) => string;
  /** What follows the "saved" line: what happens next, a receipt, the way back. */
  readonly children: ReactNode;
};

/**
 * A flow's confirmation: the short reference shown large and spoken digit by digit (issue #4), and that the
 * request is saved on this kiosk even when the central service is not reachable (issue #6).
 */
export function ReferenceConfirmation({ title, purpose, reference, referenceLine, children }: ReferenceConfirmationProps) {
  const { t } = useTranslation();
  const { settings } = useSession();
  return (
    <>
      <ScreenHeading>{title}</ScreenHeading>
      <p className="screen-purpose">{purpose}</p>
      <p className="reference" data-testid="reference" data-announce={referenceLine(spokenDigits(reference, settings.language))} data-nav-item>
        {referenceLine(reference)}
      </p>
      <p role="status" data-announce={t('interest.done.saved')} data-nav-item>
        {t('interest.done.saved')}
      </p>
      {children}
    </>
  );
}
