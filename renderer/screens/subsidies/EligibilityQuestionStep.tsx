import { useTranslation } from 'react-i18next';
import { eligibilityQuestions, UNKNOWN, type QuestionId } from '../../../shared/eligibility/questions.js';
import { NumberStep } from '../../forms/NumberStep.js';
import { QuestionPage } from '../../forms/QuestionPage.js';
import { Button } from '../../ui/Button.js';
import { translateMessage } from '../../i18n/translateMessage.js';

function optionLabelKey(question: QuestionId, option: string): string {
  if (question === 'disabilityCategory') return `jobs.categories.${option}`;
  if (question === 'disabilityGrade') return `training.grade.${option}`;
  return `subsidies.options.${question}.${option}`;
}

/** One eligibility question per page; every one can be answered "不知道" (issue #7). */
export function EligibilityQuestionStep({
  question,
  answer,
  city,
  onAnswer,
}: {
  question: QuestionId;
  answer: string | number | undefined;
  /** The station's city, named in the residence question ("您住在菏泽市吗？"). */
  city: string;
  onAnswer: (value: string | number) => void;
}) {
  const { t } = useTranslation();
  const definition = eligibilityQuestions[question];
  const text = t(`subsidies.questions.${question}.question`, { city });
  const hint = t(`subsidies.questions.${question}.hint`, { city });
  if (definition.kind === 'number') {
    return (
      <NumberStep
        context={undefined}
        question={text}
        hint={hint}
        initial={typeof answer === 'number' ? String(answer) : ''}
        maxLength={3}
        check={(value) => {
          const age = Number(value);
          return value !== '' && Number.isInteger(age) && age >= definition.min && age <= definition.max
            ? undefined
            : { path: question, messageKey: 'errors.eligibility.age', params: { min: definition.min, max: definition.max } };
        }}
        onDone={(value) => onAnswer(Number(value))}
        skip={{ label: t('subsidies.unknown'), onSkip: () => onAnswer(UNKNOWN) }}
      />
    );
  }
  const options: readonly string[] = [...definition.options, UNKNOWN];
  return (
    <QuestionPage question={text} hint={hint} errors={[]}>
      <div className="choice-buttons">
        {options.map((option, index) => (
          <Button
            key={option}
            variant={answer === option ? 'primary' : 'secondary'}
            optionNumber={index + 1}
            onPress={() => onAnswer(option)}
          >
            {option === UNKNOWN ? t('subsidies.unknown') : translateMessage(t, optionLabelKey(question, option), { city })}
          </Button>
        ))}
      </div>
    </QuestionPage>
  );
}
