import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../../shared/errors.js';
import { useSession } from '../../../app/sessionContext.js';
import { kioskApi } from '../../../kiosk.js';
import { Button } from '../../../ui/Button.js';
import { useResidentAnswers } from '../../../forms/residentAnswers.js';
import { IdNumberStep } from '../../../forms/IdNumberStep.js';
import { spokenPersonalNumber } from '../../../forms/spokenNumbers.js';
import { maskName } from '../../../../shared/domain/mask.js';

/**
 * Identity for training: the 身份证号 is required. The station's ID card reader fills name and number
 * at once (no typing, no memory test: WCAG 3.3.8); otherwise it is typed on the numeric pad.
 */
export function IdentityStep({ context, onTyped, onCardRead }: { context: string | undefined; onTyped: () => void; onCardRead: () => void }) {
  const { t } = useTranslation();
  const { speech, settings } = useSession();
  const [answers, setAnswers] = useResidentAnswers();
  const [readerErrors, setReaderErrors] = useState<FieldError[]>([]);
  const readCard = async (): Promise<void> => {
    speech.say(t('signup.readingCard'));
    const result = await kioskApi().invoke('idCard.read', {});
    if (!result.ok) {
      setReaderErrors(result.error.fields.length > 0 ? result.error.fields : [{ path: '', messageKey: result.error.messageKey }]);
      return;
    }
    setAnswers({ ...answers, name: result.value.name, idNumber: result.value.idNumber.toUpperCase(), idSkipped: false });
    speech.say(t('signup.cardRead', { name: maskName(result.value.name), tail: spokenPersonalNumber(result.value.idNumber, settings.language, settings.speakFullNumbers) }));
    onCardRead();
  };

  return (
    <>
      <IdNumberStep context={context} question={t('signup.idNumber.question')} hint={t('signup.idNumber.hint')} extraErrors={readerErrors} onDone={onTyped} />
      <Button variant="primary" onPress={() => void readCard()}>
        {t('signup.readCard')}
      </Button>
    </>
  );
}
