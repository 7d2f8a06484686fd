import type { TFunction } from 'i18next';
import type { LocalizedText, UiLanguage } from '../../../shared/catalog/localizedText.js';
import type { Policy } from '../../../shared/catalog/policy.js';
import type { PolicyVerdict } from '../../../shared/eligibility/evaluate.js';
import { expiredNote } from './policyText.js';

export type DescribedVerdict = { readonly verdict: string; readonly reason: string; readonly amount: string | null; readonly spoken: string };

/** Verdicts that still lead somewhere for this resident, so the amount is worth saying. */
const WITH_AMOUNT: readonly PolicyVerdict['verdict'][] = ['likely', 'first_step', 'need_more_info'];

/**
 * The verdict's words fit what the policy gives (issue #13): money is "可能可以申领", a loan "可能可以申请",
 * a service "可能可以享受", free training "可能可以免费参加", a work space "可能可以申请使用".
 */
function verdictWords(policy: Policy, verdict: PolicyVerdict, language: UiLanguage, t: TFunction): string {
  if (verdict.verdict === 'likely') return t(`subsidies.result.verdicts.likely.${policy.benefit}`);
  if (verdict.verdict === 'other_area') return t('subsidies.result.verdicts.other_area', { city: policy.area.name[language] });
  return t(`subsidies.result.verdicts.${verdict.verdict}`);
}

/**
 * A verdict in words, the same shown and spoken (issues #7, #13): "可能可以申领。因为您持有残疾人证，并且…".
 * Unknown answers only ever lead to "还需要了解", naming what is missing; an ended plan says so and
 * sends the resident to staff about a successor.
 */
export function describeVerdict(policy: Policy, verdict: PolicyVerdict, language: UiLanguage, today: string, t: TFunction): DescribedVerdict {
  const words = verdictWords(policy, verdict, language, t);
  const join = (texts: readonly LocalizedText[]): string => texts.map((text) => text[language]).join(t('subsidies.result.and'));
  const because = verdict.met.length === 0 ? '' : t('subsidies.result.because', { reasons: join(verdict.met) });
  const reason = (() => {
    switch (verdict.verdict) {
      case 'likely':
        return because;
      case 'first_step':
        return [because, t('subsidies.result.firstStep', { steps: join(verdict.firstSteps) })].filter((part) => part !== '').join(' ');
      case 'not_eligible':
      case 'other_area':
        return t('subsidies.result.unmet', { reasons: verdict.unmet.map((text) => text[language]).join(t('subsidies.result.reasonSeparator')) });
      case 'need_more_info':
        return t('subsidies.result.needInfo', { questions: verdict.missing.map((question) => t(`subsidies.questionNames.${question}`)).join(t('subsidies.result.listSeparator')) });
      case 'not_for_individuals':
        return policy.whoApplies[language];
      case 'period_ended': {
        const fits = verdict.met.length === 0 ? '' : t('subsidies.result.fitsEndedPlan', { reasons: join(verdict.met) });
        return [t('subsidies.result.periodEnded', { to: policy.effective.to ?? '' }), fits].filter((part) => part !== '').join(' ');
      }
    }
  })();
  const expired = verdict.verdict === 'period_ended' ? null : expiredNote(policy, today, t);
  const amount = WITH_AMOUNT.includes(verdict.verdict) ? t('subsidies.result.amount', { amount: verdict.amountText[language] }) : null;
  const fullReason = expired === null ? reason : `${reason} ${expired}`;
  const spoken = [t('subsidies.result.item', { title: policy.title[language], verdict: words, reason: fullReason }), amount ?? ''].filter((part) => part !== '').join(' ');
  return { verdict: words, reason: fullReason, amount, spoken };
}
