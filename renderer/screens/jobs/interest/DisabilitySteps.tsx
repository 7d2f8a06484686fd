import { useTranslation } from 'react-i18next';
import { disabilityCategories, type DisabilityCategory } from '../../../../shared/catalog/disability.js';
import { QuestionPage } from '../../../forms/QuestionPage.js';
import { Button } from '../../../ui/Button.js';
import { useResidentAnswers } from '../../../forms/residentAnswers.js';

/**
 * Separate consent before any disability data (个人信息保护法 Arts. 28–30): purpose and necessity in
 * plain words, shown and spoken, and declining costs nothing.
 */
export function ConsentStep({ context, onAgree, onDecline }: { context: string | undefined; onAgree: () => void; onDecline: () => void }) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useResidentAnswers();
  return (
    <QuestionPage context={context} question={t('interest.consent.question')} hint={t('interest.consent.explain')} errors={[]}>
      <div className="choice-buttons">
        <Button
          variant="primary"
          optionNumber={1}
          onPress={() => {
            setAnswers({ ...answers, disabilityConsent: true });
            onAgree();
          }}
        >
          {t('interest.consent.agree')}
        </Button>
        <Button
          optionNumber={2}
          onPress={() => {
            // Declining also forgets any category given earlier in the visit.
            setAnswers({ ...answers, disabilityConsent: false, disabilityCategory: null });
            onDecline();
          }}
        >
          {t('interest.consent.decline')}
        </Button>
      </div>
    </QuestionPage>
  );
}

export function CategoryStep({ context, onDone }: { context: string | undefined; onDone: () => void }) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useResidentAnswers();
  const choose = (category: DisabilityCategory): void => {
    setAnswers({ ...answers, disabilityConsent: true, disabilityCategory: category });
    onDone();
  };
  return (
    <QuestionPage context={context} question={t('interest.category.question')} hint={t('interest.consent.explain')} errors={[]}>
      <div className="choice-buttons">
        {disabilityCategories.map((category, index) => (
          <button
            key={category}
            type="button"
            className={`button choice-button${answers.disabilityCategory === category ? ' button-primary' : ''}`}
            aria-pressed={answers.disabilityCategory === category}
            data-option-number={index + 1}
            onClick={() => choose(category)}
          >
            {t(`jobs.categories.${category}`)}
          </button>
        ))}
      </div>
    </QuestionPage>
  );
}
