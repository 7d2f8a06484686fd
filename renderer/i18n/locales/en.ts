import type { zhCN } from './zh-CN.js';

/** Same keys as zh-CN, checked by the compiler: a missing English string is a type error. */
export type Messages<T> = { readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

export const en: Messages<typeof zhCN> = {
  app: {
    title: 'Community Employment Service Kiosk',
    mainRegion: 'Main content',
  },
  nav: {
    label: 'Common buttons',
    home: 'Home',
    back: 'Back',
    help: 'Help',
    switchLanguage: '中文',
    switchLanguageLabel: '切换到中文 Switch to Chinese',
    staff: 'Staff',
  },
  home: {
    heading: 'Hello! Please choose a service',
    purpose: 'Here you can find a job, sign up for training and check subsidies.',
    servicesLabel: 'Services',
    jobs: 'Find a job',
    jobsHint: 'See jobs and register interest',
    training: 'Training',
    trainingHint: 'Free job-skills courses',
    subsidies: 'Subsidies',
    subsidiesHint: 'Read policies, check an application',
  },
  service: {
    jobs: { title: 'Find a job', purpose: 'See job listings near you.', count: 'There are {{count}} job listings.' },
    training: { title: 'Training', purpose: 'See job-skills courses.', count: 'There are {{count}} courses.' },
    subsidies: { title: 'Subsidies', purpose: 'Learn about job and business subsidies.', count: 'There are {{count}} subsidy policies.' },
    notYet: 'This service is still being built. Please ask a staff member for help.',
    updatedAt: 'Information updated {{time}}',
    loading: 'Loading…',
  },
  help: {
    title: 'Help',
    purpose: 'How to use this kiosk.',
    touch: 'Touch the large buttons on the screen.',
    home: 'Touch “Home” to go back to the start.',
    back: 'Touch “Back” to go to the page before.',
    staff: 'If you need help, please ask a station staff member.',
  },
  staff: {
    title: 'Staff',
    purpose: 'Staff manage the kiosk here.',
    notYet: 'Staff sign-in is still being built.',
  },
  status: {
    label: 'Status',
    online: 'Online',
    offline: 'Offline: your information is saved on this kiosk',
    unknown: 'Checking the network',
    queue: '{{count}} waiting to send',
  },
  errors: {
    invalid_input: 'Something you entered is not right. Please check.',
    invalid_output: 'Something went wrong. Please ask a staff member.',
    unknown_channel: 'Something went wrong. Please ask a staff member.',
    not_found: 'We could not find this information.',
    conflict: 'This has already been done.',
    unavailable: 'The system is not available right now. Please try again later or ask a staff member.',
    internal: 'Something went wrong. Please ask a staff member.',
    field: {
      required: '{{field}}: please fill this in.',
      tooLong: '{{field}}: at most {{max}} characters.',
      tooShort: '{{field}}: at least {{min}} characters.',
      wrongType: '{{field}}: this is not in the right form.',
      unexpected: '{{field}}: this has something extra that is not needed.',
      invalid: '{{field}}: this is not right. Please check.',
    },
    visit: {
      notFound: 'This session has ended. Please start again.',
      alreadyEnded: 'This session has ended. Please start again.',
    },
  },
};
