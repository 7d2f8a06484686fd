import type { Policy } from '../../../shared/catalog/policy.js';
import { assistanceGroups } from '../../../shared/eligibility/questions.js';
import {
  aiShandong,
  applyAtStation,
  holdsDisabilityCard,
  mayApplyForRecognition,
  recognisedAsHardship,
  serviceAtStation,
  shandongPeriod,
  shandongPlan,
  stationServices,
  text,
} from './sources.js';

// Policies of 鲁就办〔2023〕13号, which apply throughout Shandong. The plan's period is 2023—2025, so
// today they are answered "the period has ended; ask staff whether a successor applies".

const plan = { source: shandongPlan.source, area: shandongPlan.area, effective: { from: '2023-01-01', to: '2025-12-31' } };

const startupSentence = shandongPlan.cite(
  '社区创业人员创办小微企业,符合条件的可申领不低于1.2万元的一次性创业补贴,鼓励将一次性创业补贴政策放宽到符合条件的新注册个体工商户,补贴标准不低于2000元。',
);
const loanSentence = shandongPlan.cite(
  '符合条件创业者个人可申请最长3年期最高50万元、符合条件小微企业可申请最长2年期最高1000万元的"创业提振贷",落实贷款利率优惠政策。',
);
const socialInsuranceSentence = shandongPlan.cite('就业困难人员到企业就业或灵活就业,按规定给予社会保险补贴。');
const hiringSentence = shandongPlan.cite(
  '充分发挥社会组织助力就业作用,招用毕业年度或离校2年内未就业高校毕业生、登记失业的16—24岁青年、登记失业半年以上人员,签订1年以上劳动合同的,按规定享受一次性吸纳就业补贴。',
);
const aidGroupsSentence = shandongPlan.cite(
  '将零就业家庭、低保家庭、低保边缘家庭、脱贫享受政策人口和防止返贫监测帮扶对象、大龄、残疾、长期失业等人员纳入援助范围,建立社区就业援助台账,加强动态管理服务。',
);
const service12333Sentence = shandongPlan.cite(
  '对登记失业人员、就业困难人员"一对一"落实"12333"式服务,即: 1 年内至少开展 2 次政策对接、提供 3 次职业指导、推荐 3 次岗位信息、提供 3 次技能培训信息。',
);

const inAssistanceGroup = {
  question: 'assistanceGroup' as const,
  oneOf: [...assistanceGroups],
  met: text('您属于文件列出的就业援助对象', 'you belong to a group the plan includes in employment assistance'),
  unmet: text('文件列出的就业援助对象是零就业家庭、低保或低保边缘家庭、脱贫或防返贫监测对象、大龄、残疾、长期失业等人员', 'the plan names zero-employment families, families on or near subsistence allowance, people lifted out of poverty or monitored against falling back, older workers, disabled people and the long-term unemployed'),
};

const startupSubsidy: Policy = {
  ...plan,
  id: 'startup-subsidy',
  title: text('一次性创业补贴', 'One-off business start-up subsidy'),
  audience: 'individual',
  benefit: 'money',
  summary: text(
    '在社区创办小微企业、符合条件的，可以申领不低于1.2万元的一次性创业补贴。文件鼓励各地放宽到符合条件的新注册个体工商户，标准不低于2000元。',
    'If you set up a small or micro enterprise in your community and meet the conditions, you can claim a one-off start-up subsidy of at least 12,000 yuan. The plan encourages cities to extend it to newly registered individual businesses, at no less than 2,000 yuan.',
  ),
  easyRead: text(
    '开了小公司？可以申请一次钱，最少12000元。刚办了个体户？有的地方也给，最少2000元。',
    'Started a small company? You can apply for one payment of at least 12,000 yuan. Just registered as self-employed? Some places pay at least 2,000 yuan.',
  ),
  whoQualifies: text(
    '在社区创办小微企业、符合条件的人。新注册的个体工商户能不能申请，要看所在城市是否已经放宽。其他条件文件没有写，请向驿站工作人员确认。',
    'People who set up a small or micro enterprise in their community and meet the conditions. Whether a newly registered individual business can apply depends on whether your city has extended the subsidy. The plan does not list the other conditions; please check with station staff.',
  ),
  whoApplies: text('您本人（企业或个体户的创办人）。', 'You, as the founder of the enterprise or individual business.'),
  amount: {
    kind: 'money',
    text: text(
      '一次性发放：创办小微企业的，不低于12000元；新注册个体工商户的，不低于2000元（要看您所在城市是否已经放宽）。',
      'Paid once: at least 12,000 yuan for a small or micro enterprise; at least 2,000 yuan for a newly registered individual business (if your city has extended it to them).',
    ),
    minYuan: 2000,
    maxYuan: null,
  },
  whereToApply: applyAtStation,
  basis: { conditions: [startupSentence], amount: [startupSentence], applicant: [startupSentence, stationServices, aiShandong], period: [shandongPeriod] },
  eligibility: {
    conditions: [
      {
        question: 'business',
        oneOf: ['small_enterprise', 'new_individual'],
        met: text('您创办了小微企业或新注册了个体工商户', 'you have set up a small or micro enterprise or newly registered an individual business'),
        unmet: text(
          '这项补贴给创办小微企业的人，有的城市也给新注册的个体工商户',
          'this subsidy is for people who set up a small or micro enterprise, and in some cities for newly registered individual businesses',
        ),
      },
    ],
    amountVariants: [
      { when: { question: 'business', oneOf: ['small_enterprise'] }, amountText: text('小微企业：不低于12000元，一次性发放。', 'Small or micro enterprise: at least 12,000 yuan, paid once.'), minYuan: 12000 },
      {
        when: { question: 'business', oneOf: ['new_individual'] },
        amountText: text(
          '新注册个体工商户：不低于2000元，一次性发放（要看您所在城市是否已经放宽到个体工商户）。',
          'Newly registered individual business: at least 2,000 yuan, paid once (if your city has extended the subsidy to individual businesses).',
        ),
        minYuan: 2000,
      },
    ],
  },
};

const startupLoan: Policy = {
  ...plan,
  id: 'startup-guarantee-loan',
  title: text('创业提振贷', 'Business start-up boost loan'),
  audience: 'individual',
  benefit: 'loan',
  summary: text(
    '这是贷款，不是补贴，要按期还。符合条件的创业者个人可以申请最长3年、最高50万元；符合条件的小微企业可以申请最长2年、最高1000万元。贷款利率有优惠。',
    'This is a loan, not a subsidy, and must be paid back. An eligible individual founder can apply for up to 500,000 yuan for up to 3 years; an eligible small or micro enterprise for up to 10 million yuan for up to 2 years. The interest rate is reduced.',
  ),
  easyRead: text('这是借钱，要还。自己创业，最多借50万元，最长3年。', 'This is a loan. You pay it back. Starting your own business: up to 500,000 yuan, for up to 3 years.'),
  whoQualifies: text(
    '符合条件的创业者个人和小微企业。具体条件文件没有写，请向驿站工作人员确认。',
    'Eligible individual founders and small or micro enterprises. The plan does not list the conditions; please check with station staff.',
  ),
  whoApplies: text('您本人（创业者）或您的企业。', 'You, as the founder, or your enterprise.'),
  amount: {
    kind: 'not_monetary',
    text: text(
      '这是贷款，要还：个人最高50万元，最长3年；小微企业最高1000万元，最长2年。贷款利率有优惠。',
      'This is a loan and must be paid back: up to 500,000 yuan for up to 3 years for an individual; up to 10 million yuan for up to 2 years for a small or micro enterprise. The interest rate is reduced.',
    ),
  },
  whereToApply: {
    channels: ['station'],
    note: text('文件没有写在哪里申请。请先到社区就业驿站问，创业推介是驿站的服务之一。', 'The plan does not say where to apply. Ask at the community employment station first: start-up support is one of its services.'),
  },
  basis: { conditions: [loanSentence], amount: [loanSentence], applicant: [loanSentence, stationServices], period: [shandongPeriod] },
  eligibility: {
    conditions: [
      {
        question: 'business',
        oneOf: ['small_enterprise', 'new_individual', 'individual'],
        met: text('您在创业', 'you run your own business'),
        unmet: text('这项贷款给创业的人和小微企业', 'this loan is for people who start a business and for small or micro enterprises'),
      },
    ],
    amountVariants: [
      { when: { question: 'business', oneOf: ['small_enterprise'] }, amountText: text('小微企业：最高1000万元，最长2年，要还。', 'Small or micro enterprise: up to 10 million yuan for up to 2 years, paid back.'), minYuan: null },
      { when: { question: 'business', oneOf: ['new_individual', 'individual'] }, amountText: text('创业者个人：最高50万元，最长3年，要还。', 'Individual founder: up to 500,000 yuan for up to 3 years, paid back.'), minYuan: null },
    ],
  },
};

const socialInsuranceSubsidy: Policy = {
  ...plan,
  id: 'social-insurance-subsidy',
  title: text('社会保险补贴（就业困难人员）', 'Social insurance subsidy (people with difficulty finding work)'),
  audience: 'individual',
  benefit: 'money',
  summary: text(
    '就业困难人员到企业就业或灵活就业的，按规定给予社会保险补贴。是不是就业困难人员，要由有关部门认定。',
    'People recognised as having difficulty finding work who take a job with an employer or do flexible work get a social insurance subsidy according to the rules. Whether you count as such a person is decided by the authorities.',
  ),
  easyRead: text('找工作很难的人，上班以后，社保可能有补贴。要先认定。', 'Hard to find work? After you start work, you may get help with social insurance. You must be recognised first.'),
  whoQualifies: text(
    '已经被认定为就业困难人员、并且到企业就业或灵活就业的人。没有认定的，可以先申请认定。',
    'People recognised as having difficulty finding work who have a job with an employer or do flexible work. If you are not recognised yet, you can apply first.',
  ),
  whoApplies: text('您本人。', 'You yourself.'),
  amount: {
    kind: 'money',
    text: text('文件写的是“按规定给予”，没有写金额。当地标准请问驿站工作人员。', 'The plan says it is given according to the rules and names no amount. Ask station staff about the local rate.'),
    minYuan: null,
    maxYuan: null,
  },
  whereToApply: applyAtStation,
  basis: { conditions: [socialInsuranceSentence], amount: [socialInsuranceSentence], applicant: [stationServices, aiShandong], period: [shandongPeriod] },
  eligibility: {
    conditions: [
      {
        question: 'employment',
        oneOf: ['employed', 'flexible'],
        met: text('您在企业上班或灵活就业', 'you work for an employer or do flexible work'),
        unmet: text('这项补贴给到企业就业或灵活就业的人', 'this subsidy is for people who work for an employer or do flexible work'),
      },
      {
        anyOf: [
          recognisedAsHardship,
          { ...holdsDisabilityCard, firstStep: true, met: mayApplyForRecognition('您持有残疾人证', 'you hold a disability certificate') },
          { ...inAssistanceGroup, firstStep: true, met: mayApplyForRecognition('您属于文件列出的就业援助对象', 'you belong to a group the plan includes in employment assistance') },
        ],
      },
    ],
    amountVariants: [],
  },
};

const hiringSubsidy: Policy = {
  ...plan,
  id: 'hiring-subsidy',
  title: text('一次性吸纳就业补贴', 'One-off hiring subsidy'),
  audience: 'employer',
  benefit: 'money',
  summary: text(
    '社会组织招用毕业年度或离校2年内未就业的高校毕业生、登记失业的16—24岁青年、登记失业半年以上的人员，签订1年以上劳动合同的，按规定享受一次性吸纳就业补贴。',
    'A social organisation that hires, on a contract of at least one year, a college graduate in their graduation year or within 2 years of leaving school who has no job, a registered-unemployed young person aged 16 to 24, or someone registered unemployed for more than six months, gets a one-off hiring subsidy according to the rules.',
  ),
  easyRead: text('这笔钱发给招人的单位，不发给个人。', 'This money goes to the organisation that hires, not to you.'),
  whoQualifies: text('招用上面这些人员并签订1年以上劳动合同的社会组织。', 'Social organisations that hire such people on a contract of at least one year.'),
  whoApplies: text('由招用您的社会组织申请，您本人不用申请。', 'The social organisation that hires you applies; you do not.'),
  amount: { kind: 'money', text: text('发给招用人员的社会组织。文件没有写金额。', 'Paid to the hiring social organisation. The plan names no amount.'), minYuan: null, maxYuan: null },
  whereToApply: { channels: ['station'], note: text('由单位办理。单位可以先到社区就业驿站问。', 'The organisation applies. It can ask at the community employment station first.') },
  basis: { conditions: [hiringSentence], amount: [hiringSentence], applicant: [hiringSentence], period: [shandongPeriod] },
  eligibility: null,
};

const employmentAid: Policy = {
  ...plan,
  id: 'employment-aid',
  title: text('就业援助', 'Employment assistance'),
  audience: 'individual',
  benefit: 'service',
  summary: text(
    '零就业家庭、低保家庭、低保边缘家庭、脱贫享受政策人口和防止返贫监测帮扶对象、大龄、残疾、长期失业等人员，纳入就业援助范围，社区建立就业援助台账。',
    'Zero-employment families, families on or near the subsistence allowance, people lifted out of poverty or monitored against falling back, older workers, disabled people and the long-term unemployed are included in employment assistance, and the community keeps a record of their support.',
  ),
  easyRead: text('家里困难、有残疾、很久没工作？社区会帮您找工作。', 'Family in hardship, a disability, or out of work for a long time? The community helps you find work.'),
  whoQualifies: text('文件列出的人员：零就业家庭、低保或低保边缘家庭、脱贫或防返贫监测对象、大龄、残疾、长期失业等。', 'The groups the plan lists: zero-employment families, families on or near the subsistence allowance, people lifted out of poverty or monitored against falling back, older workers, disabled people, the long-term unemployed and others.'),
  whoApplies: text('您本人，到社区就业驿站登记。', 'You yourself, by registering at the community employment station.'),
  amount: { kind: 'not_monetary', text: text('这是就业服务，不发钱。', 'This is an employment service, not money.') },
  whereToApply: serviceAtStation,
  basis: { conditions: [aidGroupsSentence], amount: [aidGroupsSentence], applicant: [aidGroupsSentence, stationServices], period: [shandongPeriod] },
  eligibility: {
    conditions: [{ anyOf: [inAssistanceGroup, { ...holdsDisabilityCard, unmet: inAssistanceGroup.unmet }] }],
    amountVariants: [],
  },
};

const service12333: Policy = {
  ...plan,
  id: 'employment-aid-12333',
  title: text('“12333”就业服务', '"12333" employment service'),
  audience: 'individual',
  benefit: 'service',
  summary: text(
    '对登记失业人员、就业困难人员一对一服务：1年内至少2次政策对接、3次职业指导、3次岗位信息推荐、3次技能培训信息。',
    'One-to-one service for people registered as unemployed and people recognised as having difficulty finding work: within a year, at least 2 policy contacts, 3 career guidance sessions, 3 job recommendations and 3 training offers.',
  ),
  easyRead: text('办过失业登记？一年里，驿站会多次帮您找工作、学手艺。', 'Registered as unemployed? Over a year, the station helps you many times to find work and learn skills.'),
  whoQualifies: text('登记失业人员和就业困难人员。', 'People registered as unemployed and people recognised as having difficulty finding work.'),
  whoApplies: text('您本人，到社区就业驿站。', 'You yourself, at the community employment station.'),
  amount: { kind: 'not_monetary', text: text('这是服务，不发钱。', 'This is a service, not money.') },
  whereToApply: serviceAtStation,
  basis: { conditions: [service12333Sentence], amount: [service12333Sentence], applicant: [service12333Sentence], period: [shandongPeriod] },
  eligibility: {
    conditions: [
      {
        anyOf: [
          {
            question: 'registeredUnemployed',
            oneOf: ['yes'],
            met: text('您办过失业登记', 'you are registered as unemployed'),
            unmet: text('这项服务给登记失业人员和就业困难人员', 'this service is for people registered as unemployed and people recognised as having difficulty finding work'),
          },
          recognisedAsHardship,
        ],
      },
    ],
    amountVariants: [],
  },
};

export const provincePolicies: readonly Policy[] = [startupSubsidy, startupLoan, socialInsuranceSubsidy, employmentAid, service12333, hiringSubsidy];
