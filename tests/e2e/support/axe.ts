import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

// WCAG 2.2 A/AA rules, plus the AAA enhanced-contrast rule (7:1, WCAG 1.4.6) that ACCESSIBILITY.md requires.
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export type AxeViolationSummary = { id: string; impact: string | null | undefined; targets: string[]; summary: string };

export async function axeViolations(page: Page): Promise<AxeViolationSummary[]> {
  const [aa, aaaContrast] = [
    await new AxeBuilder({ page }).withTags(wcagTags).analyze(),
    await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze(),
  ];
  return [...aa.violations, ...aaaContrast.violations].map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(' ')),
    summary: violation.nodes[0]?.failureSummary ?? '',
  }));
}
