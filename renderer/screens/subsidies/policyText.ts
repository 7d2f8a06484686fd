import type { TFunction } from 'i18next';
import type { UiLanguage } from '../../../shared/catalog/localizedText.js';
import type { Policy } from '../../../shared/catalog/policy.js';

export type PolicyField = { readonly label: string; readonly value: string };

/** The policy's plain summary, or its easy-read one in easy-read mode (ACCESSIBILITY.md, "Cognitive"). */
export function policySummary(policy: Policy, language: UiLanguage, easyRead: boolean): string {
  return (easyRead ? policy.easyRead : policy.summary)[language];
}

/** Said wherever an ended policy appears: its document's period is over, staff know whether it still runs. */
export function expiredNote(policy: Policy, today: string, t: TFunction): string | null {
  return policy.effective.to !== null && policy.effective.to < today ? t('subsidies.detail.expired', { to: policy.effective.to }) : null;
}

/** Everything a resident needs to act on a policy, in reading order; also what "read it all" says. */
export function policyFields(policy: Policy, language: UiLanguage, easyRead: boolean, today: string, t: TFunction): PolicyField[] {
  const channels = policy.whereToApply.channels.map((channel) => t(`subsidies.detail.channels.${channel}`)).join(t('subsidies.result.listSeparator'));
  const effective =
    policy.effective.to === null
      ? t('subsidies.detail.effectiveOpen', { from: policy.effective.from })
      : t('subsidies.detail.effectiveRange', { from: policy.effective.from, to: policy.effective.to });
  return [
    { label: t('subsidies.detail.amount'), value: policy.amount.text[language] },
    { label: t('subsidies.detail.summary'), value: policySummary(policy, language, easyRead) },
    { label: t('subsidies.detail.whoQualifies'), value: policy.whoQualifies[language] },
    { label: t('subsidies.detail.whoApplies'), value: policy.whoApplies[language] },
    // No source lists the papers to bring (issue #13): the kiosk does not guess.
    { label: t('subsidies.detail.documents'), value: t('subsidies.detail.documentsAskStaff') },
    { label: t('subsidies.detail.whereToApply'), value: t('subsidies.detail.whereValue', { channels, note: policy.whereToApply.note[language] }) },
    { label: t('subsidies.detail.area'), value: policy.area.name[language] },
    { label: t('subsidies.detail.effective'), value: [effective, expiredNote(policy, today, t) ?? ''].join(' ').trim() },
    { label: t('subsidies.detail.source'), value: t('subsidies.detail.sourceValue', { number: policy.source.documentNumber, title: policy.source.title[language] }) },
  ];
}
