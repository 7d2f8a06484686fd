import type { Policy } from '../../../shared/catalog/policy.js';
import { applyAtStation, holdsDisabilityCard, hezePeriod, hezePlan, livesIn, mayApplyForRecognition, recognisedAsHardship, serviceAtStation, stationServices, text } from './sources.js';

// Policies of 菏残联发〔2024〕18号: offered only at stations in 菏泽市, and only to residents who live there.

const plan = { source: hezePlan.source, area: hezePlan.area, effective: { from: '2024-12-06', to: null } };
const residentOfHeze = livesIn(hezePlan.area);
const hezeAiShandong = hezePlan.cite('残疾人“社区微业”服务事项原则上统一依托“爱山东”政务平台对外服务。');

const socialInsuranceSentence = hezePlan.cite('对就业困难残疾人灵活就业后缴纳社会保险费的，按规定给予一定数额的社会保险补贴。');
const workSpaceSentence = hezePlan.cite(
  '利用社区各类存量房屋资源，结合城市更新、老旧小区改造，免费为残疾人“社区微业”提供 $10\\text{--}20\\text{m}^2$ 的工作空间。',
);
const microModelSentence = hezePlan.cite(
  '推行残疾人社区微业“2+N”模式，“2”即快递服务、废旧物资回收（可回收物），“N”即因地制宜开设社区团购、洗衣代收代取、报刊订阅、理发、修锁、修鞋等“微业”服务。',
);
const massageSentence = hezePlan.cite('深入打造“齐鲁手创”盲人按摩服务品牌，对符合条件的社区盲人按摩机构按规定给予就业创业补助。');
const service12333Sentence = hezePlan.cite(
  '对残疾人“一对一”落实“12333”服务，即：1年内至少开展2次政策对接、提供3次职业指导、推荐3次岗位信息、提供3次技能培训信息。',
);

const socialInsuranceHeze: Policy = {
  ...plan,
  id: 'social-insurance-subsidy-heze',
  title: text('社会保险补贴（菏泽市，就业困难残疾人灵活就业）', 'Social insurance subsidy (Heze, disabled people in flexible work)'),
  audience: 'individual',
  benefit: 'money',
  summary: text(
    '就业困难残疾人灵活就业后缴纳社会保险费的，按规定给予一定数额的社会保险补贴。要同时满足：灵活就业，自己在交社会保险，并且已被认定为就业困难人员。',
    'Disabled people recognised as having difficulty finding work who do flexible work and pay social insurance get a social insurance subsidy according to the rules. All three must hold: flexible work, paying social insurance, and recognition.',
  ),
  easyRead: text('有残疾，自己干活，自己交社保？可能有补贴。要先认定。', 'Disabled, working for yourself and paying social insurance? You may get help. You must be recognised first.'),
  whoQualifies: text(
    '住在菏泽市、持有残疾人证、灵活就业、正在缴纳社会保险费，并且已被认定为就业困难人员的人。还没有认定的，可以先申请认定。',
    'People living in Heze who hold a disability certificate, do flexible work, pay social insurance and have been recognised as having difficulty finding work. If you are not recognised yet, you can apply first.',
  ),
  whoApplies: text('您本人。', 'You yourself.'),
  amount: {
    kind: 'money',
    text: text('按规定给予一定数额的补贴。文件没有写具体金额，请问驿站工作人员。', 'A set amount according to the rules. The plan names no figure; ask station staff.'),
    minYuan: null,
    maxYuan: null,
  },
  whereToApply: applyAtStation,
  basis: { conditions: [socialInsuranceSentence], amount: [socialInsuranceSentence], applicant: [stationServices, hezeAiShandong], period: [hezePeriod] },
  eligibility: {
    conditions: [
      residentOfHeze,
      holdsDisabilityCard,
      {
        question: 'employment',
        oneOf: ['flexible'],
        met: text('您在灵活就业', 'you do flexible work'),
        unmet: text('这项补贴给灵活就业的人', 'this subsidy is for people in flexible work'),
      },
      {
        question: 'paysSocialInsurance',
        oneOf: ['yes'],
        met: text('您在缴纳社会保险', 'you pay social insurance'),
        unmet: text('这项补贴给灵活就业后缴纳社会保险费的人', 'this subsidy is for people who pay social insurance while in flexible work'),
      },
      { anyOf: [recognisedAsHardship, { ...holdsDisabilityCard, firstStep: true, met: mayApplyForRecognition('您持有残疾人证', 'you hold a disability certificate') }] },
    ],
    amountVariants: [],
  },
};

const workSpace: Policy = {
  ...plan,
  id: 'community-work-space',
  title: text('免费工作空间（菏泽市“社区微业”）', 'Free work space (Heze community micro-business)'),
  audience: 'individual',
  benefit: 'space',
  summary: text(
    '利用社区的存量房屋，免费为残疾人的“社区微业”项目提供10—20平方米的工作空间。社区微业指快递服务、废旧物资回收，以及社区团购、洗衣代收代取、报刊订阅、理发、修锁、修鞋等服务。',
    'Communities use spare rooms to give disabled people 10 to 20 square metres of work space free of charge for a community micro-business: parcel services, recycling, group buying, laundry collection, newspaper subscriptions, haircuts, lock or shoe repair and similar.',
  ),
  easyRead: text('有残疾，想在社区做小生意？可以免费用一间小屋。', 'Disabled and want a small business in your community? You can use a small room free.'),
  whoQualifies: text('住在菏泽市、持有残疾人证、做“社区微业”项目的人。', 'People living in Heze who hold a disability certificate and run a community micro-business.'),
  whoApplies: text('您本人。', 'You yourself.'),
  amount: { kind: 'not_monetary', text: text('免费使用10—20平方米的工作空间，不发钱。', 'Free use of 10 to 20 square metres of work space; no money is paid.') },
  whereToApply: { channels: ['station', 'disabled_federation'], note: text('到社区就业驿站或残联问。', 'Ask at the community employment station or the Disabled Persons\' Federation.') },
  basis: { conditions: [workSpaceSentence, microModelSentence], amount: [workSpaceSentence], applicant: [workSpaceSentence, hezeAiShandong], period: [hezePeriod] },
  eligibility: {
    conditions: [
      residentOfHeze,
      holdsDisabilityCard,
      {
        question: 'microProject',
        oneOf: ['yes'],
        met: text('您在做社区微业项目', 'you run a community micro-business'),
        unmet: text('工作空间给做社区微业项目的残疾人，比如快递、回收、团购、洗衣、理发、修锁、修鞋', 'the space is for disabled people running a community micro-business, such as parcels, recycling, group buying, laundry, haircuts, lock or shoe repair'),
      },
    ],
    amountVariants: [],
  },
};

const blindMassage: Policy = {
  ...plan,
  id: 'blind-massage-support',
  title: text('社区盲人按摩机构补助（菏泽市）', 'Support for community blind massage centres (Heze)'),
  audience: 'institution',
  benefit: 'money',
  summary: text('对符合条件的社区盲人按摩机构，按规定给予就业创业补助。', 'Eligible community blind massage centres get employment and start-up support according to the rules.'),
  easyRead: text('这笔钱给盲人按摩店，不给个人。', 'This money goes to blind massage centres, not to you.'),
  whoQualifies: text('菏泽市符合条件的社区盲人按摩机构。', 'Eligible community blind massage centres in Heze.'),
  whoApplies: text('由按摩机构申请，个人不用申请。', 'The massage centre applies, not individuals.'),
  amount: { kind: 'money', text: text('按规定给予补助。文件没有写金额。', 'Support according to the rules. The plan names no amount.'), minYuan: null, maxYuan: null },
  whereToApply: { channels: ['disabled_federation', 'station'], note: text('由机构向残联或驿站咨询。', 'The centre asks the Disabled Persons\' Federation or the station.') },
  basis: { conditions: [massageSentence], amount: [massageSentence], applicant: [massageSentence], period: [hezePeriod] },
  eligibility: null,
};

const service12333Heze: Policy = {
  ...plan,
  id: 'employment-aid-12333-heze',
  title: text('残疾人“12333”就业服务（菏泽市）', '"12333" employment service for disabled residents (Heze)'),
  audience: 'individual',
  benefit: 'service',
  summary: text(
    '对残疾人一对一服务：1年内至少2次政策对接、3次职业指导、3次岗位信息推荐、3次技能培训信息。',
    'One-to-one service for disabled residents: within a year, at least 2 policy contacts, 3 career guidance sessions, 3 job recommendations and 3 training offers.',
  ),
  easyRead: text('有残疾？一年里，驿站会多次帮您找工作、学手艺。', 'Disabled? Over a year, the station helps you many times to find work and learn skills.'),
  whoQualifies: text('住在菏泽市的残疾人。', 'Disabled people living in Heze.'),
  whoApplies: text('您本人，到社区就业驿站。', 'You yourself, at the community employment station.'),
  amount: { kind: 'not_monetary', text: text('这是服务，不发钱。', 'This is a service, not money.') },
  whereToApply: serviceAtStation,
  basis: { conditions: [service12333Sentence], amount: [service12333Sentence], applicant: [service12333Sentence], period: [hezePeriod] },
  eligibility: { conditions: [residentOfHeze, holdsDisabilityCard], amountVariants: [] },
};

export const hezePolicies: readonly Policy[] = [socialInsuranceHeze, workSpace, service12333Heze, blindMassage];
