import type { Messages } from './en.js';
import type { zhCN } from './zh-CN.js';

type DeepPartial<T> = { readonly [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };
export type EasyReadMessages = DeepPartial<Messages<typeof zhCN>>;

// Easy-read variant (ACCESSIBILITY.md, "Cognitive"): short sentences, one idea each, common words.
// Only keys that need a simpler wording are here; everything else falls back to the plain text.
export const zhCNEasyRead: EasyReadMessages = {
  home: {
    heading: '您好！您想做什么？',
    purpose: '请点一个。',
    jobsHint: '找一份工作',
    trainingHint: '学一门手艺',
    subsidiesHint: '看看能领什么钱',
    settingsHint: '字大一点',
    easyReadHint: '现在是简单模式',
  },
  service: {
    jobs: { purpose: '这里有工作。' },
    training: { purpose: '这里可以学手艺。' },
    subsidies: { purpose: '这里可以看补贴。' },
    notYet: '这里还没做好。请找工作人员。',
  },
  subsidies: {
    purpose: '看看能领什么钱。',
    checkHint: '回答几个问题',
    result: {
      title: '您可能能领的钱',
      purpose: '这只是看看。能不能领，要问工作人员。',
    },
    consent: { explain: '只这次用。不会记下来。不说也行。' },
  },
  help: {
    purpose: '怎么用这台机器。',
    touch: '用手指点大按钮。',
    home: '点“首页”，回到开始。',
    back: '点“返回”，回到上一页。',
    staff: '不会用？请找工作人员。',
  },
  settings: { purpose: '让字变大，让颜色更清楚。' },
  idle: {
    title: '您还在用吗？',
    message: '还有 {{seconds}} 秒就结束了。',
    action: '想继续，请点屏幕。',
  },
  errors: {
    invalid_input: '有的地方填错了。请看一看。',
    unavailable: '现在用不了。请找工作人员。',
    internal: '出错了。请找工作人员。',
  },
};

export const enEasyRead: EasyReadMessages = {
  home: {
    heading: 'Hello! What do you want to do?',
    purpose: 'Please touch one.',
    jobsHint: 'Find work',
    trainingHint: 'Learn a skill',
    subsidiesHint: 'See what money you can get',
    settingsHint: 'Bigger text',
    easyReadHint: 'Easy read is on',
  },
  service: {
    jobs: { purpose: 'Jobs are here.' },
    training: { purpose: 'Learn a skill here.' },
    subsidies: { purpose: 'See subsidies here.' },
    notYet: 'This is not ready yet. Please ask a staff member.',
  },
  subsidies: {
    purpose: 'See what money you might get.',
    checkHint: 'Answer a few questions',
    result: {
      title: 'Money you might get',
      purpose: 'This is only a guide. Ask staff if you can get it.',
    },
    consent: { explain: 'Only for now. Not saved. You can say no.' },
  },
  help: {
    purpose: 'How to use this machine.',
    touch: 'Touch the big buttons.',
    home: 'Touch “Home” to start again.',
    back: 'Touch “Back” to go back one page.',
    staff: 'Need help? Ask a staff member.',
  },
  settings: { purpose: 'Make the text bigger and the colours clearer.' },
  idle: {
    title: 'Are you still using this?',
    message: 'It ends in {{seconds}} seconds.',
    action: 'Touch the screen to go on.',
  },
  errors: {
    invalid_input: 'Something is not filled in right. Please look.',
    unavailable: 'This does not work now. Please ask a staff member.',
    internal: 'Something went wrong. Please ask a staff member.',
  },
};
