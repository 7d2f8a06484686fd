// Which message keys easy-read mode must cover (issue #13, ACCESSIBILITY.md "Cognitive"). A resident who
// turns easy-read on should not fall back to the plain wording half-way through a subsidy check or a
// sign-up, so every zh-CN key under these prefixes needs an easy-read entry in zh-CN and in en.
// easyReadCoverage.test.ts enforces it; extend the lists here when a screen gains keys.

/** Source folders whose message keys must all fall under EASY_READ_PREFIXES (checked by the test). */
export const EASY_READ_SCREEN_DIRS: readonly string[] = [
  'renderer/screens/subsidies',
  'renderer/screens/training',
  'renderer/screens/jobs/interest',
  'renderer/forms',
];

export const EASY_READ_PREFIXES: readonly string[] = [
  // Subsidies (renderer/screens/subsidies): entry page, policy list and detail, call-back request, status lookup.
  'subsidies.title',
  'subsidies.purpose',
  'subsidies.check',
  'subsidies.checkHint',
  'subsidies.status',
  'subsidies.statusHint',
  'subsidies.all',
  'subsidies.allHint',
  'subsidies.unknown',
  'subsidies.list',
  'subsidies.detail',
  'subsidies.lookup',
  'subsidies.inquiry',
  // The eligibility check (renderer/screens/subsidies/Eligibility*), written with the eligibility rules.
  'subsidies.questions',
  'subsidies.options',
  'subsidies.result',
  'subsidies.consent',
  'subsidies.questionNames',
  'errors.eligibility',
  'errors.subsidies',
  'errors.phoneLast4',
  // Training: course list, filters, detail (renderer/screens/training) and the sign-up with its receipt.
  'service.training',
  'training',
  'signup',
  'errors.training',
  'errors.disabilityCard',
  // Job interest (renderer/screens/jobs/interest).
  'interest',
  'errors.jobInterest',
  // The question steps every sign-up shares (renderer/forms) and what they can say went wrong.
  'errors.name',
  'errors.phone',
  'errors.idNumber',
  'errors.idCard',
  'errors.field',
  'errors.visit',
  'errors.invalid_input',
  'errors.invalid_output',
  'errors.unknown_channel',
  'errors.not_found',
  'errors.conflict',
  'errors.unavailable',
  'errors.internal',
  // The number pad and the pinyin keypad those steps use (renderer/ui, renderer/a11y/textEntry).
  'numpad',
  'textEntry',
  // Keys the training and sign-up screens borrow from jobs and shared places.
  'jobs.categories',
  'jobs.detail.stepFree',
  'jobs.detail.accessibleToilet',
  'jobs.detail.signLanguage',
  'jobs.detail.noAccessibility',
  'jobs.any',
  'jobs.anyCity',
  'jobs.anyDistrict',
  'jobs.city',
  'jobs.district',
  'jobs.clearFilters',
  'jobs.filtersButton',
  'jobs.filtersPurpose',
  'jobs.showResults',
  'jobs.searchButton',
  'jobs.firstResult',
  'jobs.pageOf',
  'jobs.nextPage',
  'jobs.previousPage',
  'service.loading',
  'service.updatedAt',
  'a11y.separator',
  'common',
];

/**
 * Prefixes in EASY_READ_PREFIXES that may still be incomplete while a screen is being rewritten. Keep it
 * empty on main: every covered key has its easy-read wording.
 */
export const PENDING_PREFIXES: readonly string[] = [];
