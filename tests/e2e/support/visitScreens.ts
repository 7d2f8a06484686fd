import type { Page } from 'playwright-core';

export const topLevelScreens = ['home', 'jobs', 'training', 'subsidies', 'settings', 'help', 'staff'] as const;
export type TopLevelScreen = (typeof topLevelScreens)[number];

// Each screen reached by touch, the way a sighted resident would, from the home screen (zh-CN labels).
const routes: Readonly<Record<TopLevelScreen, { button: string | RegExp }>> = {
  home: { button: '首页' },
  jobs: { button: /找工作/ },
  training: { button: /报名培训/ },
  subsidies: { button: /查询补贴/ },
  settings: { button: /看得清、听得见/ },
  help: { button: '帮助' },
  staff: { button: '工作人员入口' },
};

/** Opens `screen` from wherever the kiosk is, going home first. */
export async function openScreen(page: Page, screen: TopLevelScreen): Promise<void> {
  await page.getByRole('button', { name: '首页', exact: true }).click();
  await page.locator('main[data-screen="home"]').waitFor();
  if (screen === 'home') return;
  const { button } = routes[screen];
  await page.getByRole('button', { name: button, exact: typeof button === 'string' }).first().click();
  await page.locator(`main[data-screen="${screen}"]`).waitFor();
}
