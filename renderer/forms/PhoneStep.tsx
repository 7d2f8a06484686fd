import { useTranslation } from 'react-i18next';
import { checkPhone } from '../../shared/forms/personalFields.js';
import { fieldIdFor } from './FormField.js';
import { NumberStep } from './NumberStep.js';
import { useResidentAnswers } from './residentAnswers.js';

/** "What is your mobile number?" on the numeric pad; the answer is kept for the rest of the visit. */
export function PhoneStep({ context, onDone }: { context: string | undefined; onDone: () => void }) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useResidentAnswers();
  return (
    <NumberStep
      context={context}
      question={t('interest.phone.question')}
      hint={t('interest.phone.hint')}
      initial={answers.phone}
      maxLength={11}
      fieldId={fieldIdFor('phone')}
      check={(value) => {
        const phone = checkPhone(value);
        return phone.ok ? undefined : phone.error;
      }}
      onDone={(phone) => {
        setAnswers({ ...answers, phone });
        onDone();
      }}
    />
  );
}
