import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { textSizes, themes } from '../../shared/contract/appSchemas.js';
import { axeAppearanceViolations, axeViolations } from './support/axe.js';
import { useKioskSession } from './support/kioskSession.js';
import { saveScreenshot } from './support/screenshots.js';
import { openScreen, topLevelScreens, walkJobScreens, walkSubsidyScreens, walkTrainingScreens } from './support/visitScreens.js';
import { walkStaffScreens } from './support/staffScreens.js';
import { queueSubmissions } from '../support/queuedSubmissions.js';
import { signInStaff } from '../support/staffSession.js';

const MIN_TARGET_PX = 44; // WCAG 2.5.5 (AAA)

type Appearance = { readonly theme: (typeof themes)[number]; readonly textSize: (typeof textSizes)[number] };
const appearances: readonly Appearance[] = themes.flatMap((theme) => textSizes.map((textSize) => ({ theme, textSize })));

/** Sets theme and size on <html> as the resident settings do (useDocumentAppearance), without navigating. */
async function wear(page: Page, appearance: Appearance): Promise<void> {
  await page.evaluate(({ theme, textSize }) => {
    document.documentElement.dataset['theme'] = theme;
    document.documentElement.dataset['textSize'] = textSize;
  }, appearance);
}

/**
 * Zero axe violations, targets ≥ 44 px, and at the largest size no horizontal scroll, for one appearance.
 * The whole WCAG 2.2 AA set (plus AAA contrast and label in name) runs in the first appearance; the rules a
 * colour or size can break run in every one (support/axe.ts appearanceRules).
 */
async function checkAppearance(page: Page, screen: string, appearance: Appearance, everyRule: boolean): Promise<void> {
  const where = { screen, ...appearance };
  const violations = everyRule ? await axeViolations(page) : await axeAppearanceViolations(page);
  expect({ ...where, violations }).toEqual({ ...where, violations: [] });
  const small = await page.evaluate((min) => {
    const interactive = document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [role="button"]');
    return Array.from(interactive)
      .map((element) => ({ text: element.textContent?.trim().slice(0, 20), rect: element.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width > 0 && (rect.width < min || rect.height < min))
      .map(({ text, rect }) => `${text ?? ''} ${Math.round(rect.width)}×${Math.round(rect.height)}`);
  }, MIN_TARGET_PX);
  expect({ ...where, small }).toEqual({ ...where, small: [] });
  if (appearance.textSize === 'largest') {
    // WCAG 1.4.4, 1.4.10: the largest step reflows; nothing scrolls sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect({ ...where, overflow }).toEqual({ ...where, overflow: 0 });
  }
}

// Every screen is reached once and then checked in all 4 themes × 4 text sizes in place: the same checks
// as navigating 16 times, in a fraction of the time (CI budget, issue #17).
describe('every screen in every theme and text size', () => {
  const kiosk = useKioskSession({
    // Staff mode (issue #8): a PIN, a resident's call and an item the central API refused, so the
    // dashboard shows its alert and its refused-item card in every theme and size.
    prepare: async ({ shell, dataDir }) => {
      const token = await signInStaff(shell.host.router);
      await shell.host.router.dispatch('staff.signOut', { token, reason: 'exit' });
      await shell.host.router.dispatch('staff.call', {});
      const [refused] = queueSubmissions(shell.host.db, dataDir, 1);
      shell.host.db.prepare(`UPDATE outbox SET state = 'rejected', last_error = 'central:closed' WHERE item_id = ?`).run(refused);
    },
  });

  it('applies the station default theme and text size to the page', async () => {
    for (const [index, theme] of themes.entries()) {
      const textSize = textSizes[index % textSizes.length] ?? 'standard';
      kiosk.configureStation({ defaultTheme: theme, defaultTextSize: textSize });
      const page = await kiosk.openHome();
      expect(await page.locator('html').getAttribute('data-theme')).toBe(theme);
      expect(await page.locator('html').getAttribute('data-text-size')).toBe(textSize);
    }
    kiosk.configureStation({ defaultTheme: 'default', defaultTextSize: 'standard' });
  });

  it('zero axe violations, targets ≥ 44 px and no horizontal scroll at the largest size, on every screen in every appearance', async () => {
    const page = await kiosk.openHome();
    const sweep = async (screen: string): Promise<void> => {
      for (const [index, appearance] of appearances.entries()) {
        await wear(page, appearance);
        if (screen === 'home' && (appearance.textSize === 'standard' || appearance.textSize === 'largest')) {
          await saveScreenshot(page, `home-${appearance.theme}-${appearance.textSize}`);
        } else if (appearance.textSize === 'largest' && appearance.theme === 'default') {
          await saveScreenshot(page, `${screen}-largest`);
        }
        await checkAppearance(page, screen, appearance, index === 0);
      }
      await wear(page, { theme: 'default', textSize: 'standard' });
    };
    for (const screen of topLevelScreens) {
      await openScreen(page, screen);
      await sweep(screen);
    }
    await walkJobScreens(page, sweep);
    await walkTrainingScreens(page, sweep);
    await walkSubsidyScreens(page, sweep);
    await walkStaffScreens(page, sweep);
    expect(kiosk.pageErrors).toEqual([]);
  }, 600_000);

  it('the default text size puts capitals at ≥ 4.8 mm and the largest step is ≥ 2.5× the default', async () => {
    kiosk.configureStation({ defaultTheme: 'default', defaultTextSize: 'standard' });
    const page = await kiosk.openHome();
    const standardPx = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    // 21.5" 1920×1080 panel: 0.248 mm per pixel; Noto Sans capital height ≈ 0.714 em (ADA 707.7).
    expect(standardPx * 0.714 * 0.248).toBeGreaterThanOrEqual(4.8);
    kiosk.configureStation({ defaultTextSize: 'largest' });
    const large = await kiosk.openHome();
    const largestPx = await large.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(largestPx / standardPx).toBeGreaterThanOrEqual(2.5);
  });
});
