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

/** The jobs flow's inner screens, reached by touch; `check` runs on each one. */
export async function walkJobScreens(page: Page, check: (screen: string) => Promise<void>): Promise<void> {
  await openScreen(page, 'jobs');
  await page.locator('.result-item').first().waitFor();
  await page.getByRole('button', { name: '筛选条件' }).click();
  await page.locator('main[data-screen="job_filters"]').waitFor();
  await check('job_filters');
  await page.getByRole('button', { name: '看结果' }).click();
  await page.getByRole('button', { name: '按工作类别找' }).click();
  await page.locator('main[data-screen="job_categories"]').waitFor();
  await check('job_categories');
  await page.getByRole('button', { name: /家政保洁/ }).click();
  await page.locator('main[data-screen="jobs"]').waitFor();
  // The search box with its on-screen pinyin keys, as a finger opens it.
  await page.locator('#search-text').click();
  await page.getByRole('group', { name: '拼音键盘' }).waitFor();
  await check('jobs_search_keys');
  await page.locator('.result-item').first().click();
  await page.getByRole('button', { name: '我想做这份工作' }).waitFor();
  await check('job_detail');
  await page.getByRole('button', { name: '我想做这份工作' }).click();
  await page.getByRole('heading', { name: '您叫什么名字？' }).waitFor();
  await check('interest_name');
  // Candidates on screen: spell "li" (5 4) on the on-screen keys and confirm.
  await page.getByRole('button', { name: '5 JKL' }).click();
  await page.getByRole('button', { name: '4 GHI' }).click();
  await page.getByRole('button', { name: '确认', exact: true }).click();
  await page.getByRole('group', { name: '选拼音' }).waitFor();
  await check('interest_name_candidates');
  await page.locator('main input').fill('李四');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('heading', { name: '您的手机号码是多少？' }).waitFor();
  for (const digit of '13912345678') await page.locator(`[data-numpad-key="${digit}"]`).click();
  await check('interest_phone');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '不填，下一步' }).click();
  await page.getByRole('button', { name: '不愿意，跳过' }).click();
  await page.getByRole('heading', { name: '请核对您的信息' }).waitFor();
  await check('interest_review');
}

/** The training flow's inner screens, reached by touch; `check` runs on each one. */
export async function walkTrainingScreens(page: Page, check: (screen: string) => Promise<void>): Promise<void> {
  await openScreen(page, 'training');
  await page.locator('.result-item').first().waitFor();
  await page.getByRole('button', { name: '筛选条件' }).click();
  await page.locator('main[data-screen="course_filters"]').waitFor();
  await check('course_filters');
  await page.getByRole('button', { name: '看结果' }).click();
  await page.locator('.result-item').first().click();
  await page.locator('.session-list button').first().waitFor();
  await check('course_detail');
  await page.locator('.session-list button').first().click();
  await page.locator('main[data-screen="training_signup"] h1').waitFor();
  await check('training_signup');
}

/** The subsidy screens, reached by touch: list, detail, a check question, the result, the lookup. */
export async function walkSubsidyScreens(page: Page, check: (screen: string) => Promise<void>): Promise<void> {
  await openScreen(page, 'subsidies');
  await page.getByRole('button', { name: /所有补贴政策/ }).click();
  await page.locator('main[data-screen="policy_list"] .result-item').first().waitFor();
  await check('policy_list');
  await page.locator('.result-item').filter({ hasText: '一次性创业补贴' }).first().click();
  await page.locator('main[data-screen="policy_detail"] h1').waitFor();
  await check('policy_detail');
  await page.getByRole('button', { name: '看看我能不能领' }).click();
  await page.locator('main[data-screen="eligibility_check"] h1').waitFor();
  await check('eligibility_check');
  // "不知道" to everything leads to the result with every verdict "还需要了解" or "不是个人申请的".
  while (!(await page.locator('main[data-screen="eligibility_check"] .verdict-list').isVisible())) {
    await page.getByRole('button', { name: '不知道', exact: true }).click();
  }
  await check('eligibility_result');
  await page.getByRole('button', { name: '首页', exact: true }).click();
  await page.getByRole('button', { name: /查询补贴/ }).first().click();
  await page.getByRole('button', { name: /查询申请进度/ }).click();
  await page.locator('main[data-screen="status_lookup"] h1').waitFor();
  await check('status_lookup');
}
