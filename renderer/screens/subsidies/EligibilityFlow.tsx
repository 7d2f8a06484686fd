import { useTranslation } from 'react-i18next';
import { UNKNOWN, type QuestionId } from '../../../shared/eligibility/questions.js';
import { useSession } from '../../session/sessionContext.js';
import { useAnnounceWhenLoaded } from '../../session/useAnnounceWhenLoaded.js';
import { QuestionPage } from '../../forms/QuestionPage.js';
import { Button } from '../../ui/Button.js';
import { EligibilityQuestionStep } from './EligibilityQuestionStep.js';
import { EligibilityResult } from './EligibilityResult.js';
import { freshEligibility, stepAfter, useEligibilityState, type EligibilityState, type EligibilityStep } from './eligibilityState.js';
import { usePolicies } from './usePolicies.js';
import { LoadingPlaceholder } from '../../ui/LoadingPlaceholder.js';

/**
 * "Which subsidies could I get?": only the questions that can change an outcome, one per page, each
 * with "不知道"; a consent page before the disability category and grade; then every policy's verdict.
 * Route step 'start' begins afresh.
 */
export function EligibilityFlow({ step: routeStep }: { step: string }) {
  const { t } = useTranslation();
  const { navigate, settings } = useSession();
  const policies = usePolicies();
  const [stored, setState] = useEligibilityState();
  const state = routeStep === 'start' ? freshEligibility : stored;
  useAnnounceWhenLoaded(policies !== undefined);
  if (policies === undefined) return <LoadingPlaceholder />;

  const step: EligibilityStep = routeStep === 'start' ? stepAfter(policies, freshEligibility) : (routeStep as EligibilityStep);
  const advance = (next: EligibilityState): void => {
    setState(next);
    navigate({ type: 'go', screen: 'eligibility_check', step: stepAfter(policies, next) });
  };
  const again = (): void => {
    setState(freshEligibility);
    navigate({ type: 'replace', route: { screen: 'eligibility_check', step: 'start' } });
  };

  if (step === 'result') return <EligibilityResult policies={policies} answers={state.answers} onAgain={again} />;
  if (step === 'consent') {
    return (
      <QuestionPage question={t('subsidies.consent.question')} hint={t('subsidies.consent.explain')} errors={[]}>
        <div className="choice-buttons">
          <Button variant="primary" optionNumber={1} onPress={() => advance({ ...state, disabilityConsent: true })}>
            {t('subsidies.consent.agree')}
          </Button>
          <Button
            optionNumber={2}
            onPress={() =>
              // Declining answers both sensitive questions "unknown": the verdicts say what is missing, never "no".
              advance({ answers: { ...state.answers, disabilityCategory: UNKNOWN, disabilityGrade: UNKNOWN }, disabilityConsent: false })
            }
          >
            {t('subsidies.consent.decline')}
          </Button>
        </div>
      </QuestionPage>
    );
  }
  const question: QuestionId = step;
  // Only a city's own policies ask where the resident lives, and the station offers only its own city's.
  const cityArea = policies.find((policy) => policy.area.level === 'city')?.area;
  return (
    <EligibilityQuestionStep
      key={question}
      question={question}
      city={cityArea?.name[settings.language] ?? ''}
      answer={state.answers[question]}
      onAnswer={(value) => advance({ ...state, answers: { ...state.answers, [question]: value } })}
    />
  );
}
