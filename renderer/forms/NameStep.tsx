import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../shared/errors.js';
import { checkName } from '../../shared/forms/personalFields.js';
import { QuestionPage } from './QuestionPage.js';
import { useResidentAnswers } from './residentAnswers.js';
import { TextEntry } from '../ui/TextEntry.js';
import { fieldIdFor } from './FormField.js';
import { IdCardButton } from './IdCardButton.js';

export function NameStep({ context, onDone }: { context: string | undefined; onDone: () => void }) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useResidentAnswers();
  const [name, setName] = useState(answers.name);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [readerErrors, setReaderErrors] = useState<FieldError[]>([]);
  const next = (): void => {
    const checked = checkName(name);
    if (!checked.ok) {
      setErrors([checked.error]);
      return;
    }
    setAnswers({ ...answers, name: checked.value });
    onDone();
  };
  return (
    <QuestionPage
      context={context}
      question={t('interest.name.question')}
      hint={t('interest.name.hint')}
      errors={[...readerErrors, ...errors]}
      onNext={next}
      field={{
        id: fieldIdFor('name'),
        control: ({ id, ...wiring }) => (
          <TextEntry
            inputId={id}
            {...wiring}
            value={name}
            onChange={setName}
            maxLength={60}
            mode="characters"
            surnameFirst
            captureKeys="always"
            onConfirm={next}
          />
        ),
      }}
    >
      {/* The card fills name and 身份证号 together (issue #12): the name is answered, so go on. */}
      <IdCardButton onErrors={setReaderErrors} onRead={onDone} />
    </QuestionPage>
  );
}
