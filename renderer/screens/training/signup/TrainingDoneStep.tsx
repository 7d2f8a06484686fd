import { useTranslation } from 'react-i18next';
import type { Course, CourseSession } from '../../../../shared/catalog/course.js';
import { spokenDigits } from '../../../../shared/domain/mask.js';
import { useSession } from '../../../session/sessionContext.js';
import { kioskApi } from '../../../kiosk.js';
import { Button } from '../../../ui/Button.js';
import { ReferenceConfirmation } from '../../../flows/ReferenceConfirmation.js';
import { receiptLines } from './receiptLines.js';
import { QrCode } from '../../../ui/QrCode.js';

export type SignupReceipt = { readonly reference: string; readonly status: 'signed_up' | 'waitlisted' };

/**
 * The confirmation and receipt: reference, course, class, venue with its accessibility, what to bring.
 * It can be read aloud and printed (the browser's print page; Electron's silent print is not wired yet).
 * The QR code carries the reference for staff to scan.
 */
export function TrainingDoneStep({ course, session, receipt }: { course: Course; session: CourseSession; receipt: SignupReceipt }) {
  const { t } = useTranslation();
  const { navigate, settings, speech, stationName, stationPhone } = useSession();
  const language = settings.language;
  const waitlisted = receipt.status === 'waitlisted';
  const lines = receiptLines(course, session, receipt.reference, { name: stationName, phone: stationPhone }, t, language);
  // Silent printing where the shell has a printer (Electron); otherwise the browser's print page.
  const printReceipt = async (): Promise<void> => {
    const printed = await kioskApi().invoke('receipt.print', {});
    if (!printed.ok || !printed.value.printed) window.print();
  };
  const spokenReference = t('signup.done.reference', { reference: spokenDigits(receipt.reference, language) });
  return (
    <ReferenceConfirmation
      title={waitlisted ? t('signup.done.waitlisted') : t('signup.done.signedUp')}
      purpose={waitlisted ? t('signup.done.purposeWaitlisted') : t('signup.done.purposeSignedUp')}
      reference={receipt.reference}
      referenceLine={(text) => t('signup.done.reference', { reference: text })}
    >
      <section className="receipt" aria-labelledby="receipt-title" data-testid="receipt">
        <h2 id="receipt-title" className="section-heading">{t('signup.done.receipt')}</h2>
        <QrCode text={receipt.reference} />
        {lines.map((line) => (
          <p key={line} data-nav-item>{line}</p>
        ))}
      </section>
      <div className="detail-actions">
        <Button variant="primary" optionNumber={1} onPress={() => speech.say([spokenReference, ...lines.slice(1)], { force: true })}>
          {t('signup.done.readReceipt')}
        </Button>
        <Button optionNumber={2} onPress={() => void printReceipt()}>
          {t('signup.done.print')}
        </Button>
        <Button optionNumber={3} onPress={() => navigate({ type: 'go', screen: 'training' })}>
          {t('signup.done.backToCourses')}
        </Button>
      </div>
    </ReferenceConfirmation>
  );
}
