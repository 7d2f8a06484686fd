import { useTranslation } from 'react-i18next';
import type { Policy } from '../../../shared/catalog/policy.js';
import { evaluateEligibility } from '../../../shared/eligibility/evaluate.js';
import type { EligibilityAnswers } from '../../../shared/eligibility/questions.js';
import { localIsoDate } from '../../../shared/domain/localDate.js';
import { useSession } from '../../session/sessionContext.js';
import { Button } from '../../ui/Button.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { describeVerdict } from './describeVerdict.js';

/**
 * Every policy's verdict with its reason, likeliest first, ended plans last. Each is read out on arrival (data-announce),
 * so a resident using speech alone hears the whole answer; each opens the policy for details.
 */
export function EligibilityResult({ policies, answers, onAgain }: { policies: readonly Policy[]; answers: EligibilityAnswers; onAgain: () => void }) {
  const { t } = useTranslation();
  const { navigate, settings } = useSession();
  const language = settings.language;
  const today = localIsoDate(new Date());
  // Likeliest first; ended plans last (issue #13).
  const results = evaluateEligibility(policies, answers, today)
    .map((verdict) => ({ verdict, policy: policies.find((policy) => policy.id === verdict.policyId) }))
    .filter((entry): entry is { verdict: typeof entry.verdict; policy: Policy } => entry.policy !== undefined);
  return (
    <>
      <ScreenHeading>{t('subsidies.result.title')}</ScreenHeading>
      <p className="screen-purpose">{t('subsidies.result.purpose')}</p>
      <div className="detail-actions">
        <Button optionNumber={1} onPress={onAgain}>
          {t('subsidies.result.again')}
        </Button>
      </div>
      <ol className="result-list verdict-list">
        {results.map(({ verdict, policy }, index) => {
          const described = describeVerdict(policy, verdict, language, today, t);
          return (
            <li key={policy.id} data-testid={`verdict-${policy.id}`} data-verdict={verdict.verdict} data-announce={described.spoken}>
              <button
                type="button"
                className="button result-item"
                data-option-number={index + 2}
                data-announce={described.spoken}
                onClick={() => navigate({ type: 'go', screen: 'policy_detail', policyId: policy.id })}
              >
                {/* The visible number is part of the accessible name (WCAG 2.5.3 label in name). */}
                <span className="result-number">{index + 2}</span>
                <span className="result-text">
                  <span className="result-title">
                    {policy.title[language]}
                    <span className={`verdict verdict-${verdict.verdict}`}>{described.verdict}</span>
                  </span>
                  <span>{described.reason}</span>
                  {described.amount !== null && <span>{described.amount}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </>
  );
}
