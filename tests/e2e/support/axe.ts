import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// WCAG 2.2 A/AA rules, plus the AAA enhanced-contrast rule (7:1, WCAG 1.4.6) that ACCESSIBILITY.md requires,
// and label-in-name (WCAG 2.5.3), which axe runs only when asked (it is tagged experimental).
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export type AxeViolationSummary = { id: string; impact: string | null | undefined; targets: string[]; summary: string };

/**
 * The rules whose outcome depends on colours and sizes: these are the ones a theme or text size can break.
 * Every other rule (names, roles, labels, landmarks, ARIA) sees the same DOM in every appearance.
 */
export const appearanceRules = ['color-contrast', 'color-contrast-enhanced', 'link-in-text-block', 'target-size', 'scrollable-region-focusable'];

export async function axeViolations(page: Page): Promise<AxeViolationSummary[]> {
  const [aa, aaaContrast] = [
    await new AxeBuilder({ page }).withTags(wcagTags).analyze(),
    await new AxeBuilder({ page }).withRules(['color-contrast-enhanced', 'label-content-name-mismatch']).analyze(),
  ];
  return summarise([...aa.violations, ...aaaContrast.violations]);
}

type AxeWindow = { axe?: { run(context: Document, options: unknown): Promise<{ violations: AxeViolation[] }> } };

/**
 * Only the appearance rules: run in each theme × size once the whole set has passed in one of them. axe is
 * injected once per page and run directly (AxeBuilder injects it again on every call: ~1 s against ~0.1 s).
 */
export async function axeAppearanceViolations(page: Page): Promise<AxeViolationSummary[]> {
  if (!(await page.evaluate(() => (window as unknown as AxeWindow).axe !== undefined))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (rules) => {
    const { axe } = window as unknown as AxeWindow;
    if (axe === undefined) throw new Error('axe-core was not injected');
    return (await axe.run(document, { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations'] })).violations;
  }, appearanceRules);
  return summarise(violations);
}

type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

function summarise(violations: readonly AxeViolation[]): AxeViolationSummary[] {
  return violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(' ')),
    summary: violation.nodes[0]?.failureSummary ?? '',
  }));
}
