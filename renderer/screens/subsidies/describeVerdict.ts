import type { TFunction } from 'i18next';
import type { UiLanguage } from '../../../shared/catalog/localizedText.js';
import type { Policy } from '../../../shared/catalog/policy.js';
import type { PolicyVerdict } from '../../../shared/eligibility/evaluate.js';
import { expiredNote } from './policyText.js';

export type DescribedVerdict = { readonly verdict: string; readonly reason: string; readonly amount: string | null; readonly spoken: string };

/**
 * A verdict in words, the same shown and spoken (issue #7): "可能可以领。因为您持有残疾人证，并且灵活就业。"
 * Unknown answers only ever lead to "还需要了解", naming what is missing.
 */
export function describeVerdict(policy: Policy, verdict: PolicyVerdict, language: UiLanguage, today: string, t: TFunction): DescribedVerdict {
  const words = t(`subsidies.result.verdicts.${verdict.verdict}`);
  const reason = (() => {
    switch (verdict.verdict) {
      case 'likely':
        return t('subsidies.result.because', { reasons: verdict.met.map((text) => text[language]).join(t('subsidies.result.and')) });
      case 'not_eligible':
        return `${verdict.unmet.map((text) => text[language]).join('；')}。`;
      case 'need_more_info':
        return t('subsidies.result.needInfo', { questions: verdict.missing.map((question) => t(`subsidies.questionNames.${question}`)).join('、') });
      case 'not_for_individuals':
        return policy.whoApplies[language];
    }
  })();
  const expired = expiredNote(policy, today, t);
  const amount = verdict.verdict === 'likely' || verdict.verdict === 'need_more_info' ? t('subsidies.result.amount', { amount: verdict.amountText[language] }) : null;
  const fullReason = expired === null ? reason : `${reason} ${expired}`;
  const spoken = [t('subsidies.result.item', { title: policy.title[language], verdict: words, reason: fullReason }), amount ?? ''].filter((part) => part !== '').join(' ');
  return { verdict: words, reason: fullReason, amount, spoken };
}
