import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../shared/errors.js';
import { checkName } from '../../shared/forms/personalFields.js';
import { QuestionPage } from './QuestionPage.js';
import { useResidentAnswers } from './residentAnswers.js';

export function NameStep({ context, onDone }: { context: string | undefined; onDone: () => void }) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useResidentAnswers();
  const [name, setName] = useState(answers.name);
  const [errors, setErrors] = useState<FieldError[]>([]);
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
    <QuestionPage context={context} question={t('interest.name.question')} hint={t('interest.name.hint')} errors={errors} onNext={next}>
      <input
        className={`text-input${errors.length > 0 ? ' field-invalid' : ''}`}
        aria-labelledby="screen-heading"
        aria-invalid={errors.length > 0}
        autoComplete="off"
        value={name}
        maxLength={60}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') next();
        }}
      />
    </QuestionPage>
  );
}
