import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, type FieldError } from '../../shared/errors.js';
import { maskName } from '../../shared/domain/mask.js';
import { useSession } from '../session/sessionContext.js';
import { kioskApi } from '../kiosk.js';
import { Button } from '../ui/Button.js';
import { useResidentAnswers } from './residentAnswers.js';
import { spokenPersonalNumber } from './spokenNumbers.js';

/**
 * "读身份证": the station's ID card reader fills name and 身份证号 at once in every form that asks for
 * either (issue #12), so nothing has to be typed and nothing remembered (WCAG 3.3.8). Only those two
 * fields are taken from the card; the answers are kept for the visit, so later steps are filled too.
 */
export function IdCardButton({ onRead, onErrors }: { onRead?: () => void; onErrors: (errors: FieldError[]) => void }) {
  const { t } = useTranslation();
  const { speech, settings } = useSession();
  const [answers, setAnswers] = useResidentAnswers();
  const readCard = async (): Promise<void> => {
    speech.say(t('signup.readingCard'));
    const result = await kioskApi().invoke('idCard.read', {});
    if (!result.ok) {
      const errors = fieldErrorsOf(result.error);
      onErrors(errors);
      return;
    }
    onErrors([]);
    setAnswers({ ...answers, name: result.value.name, idNumber: result.value.idNumber.toUpperCase(), idSkipped: false });
    speech.say(t('signup.cardRead', { name: maskName(result.value.name), tail: spokenPersonalNumber(result.value.idNumber, settings.language, settings.speakFullNumbers) }));
    onRead?.();
  };
  return (
    <Button variant="primary" onPress={() => void readCard()}>
      {t('signup.readCard')}
    </Button>
  );
}
