import type { Policy } from '../../../shared/catalog/policy.js';
import { applyAtStation, holdsDisabilityCard, livesIn, mayApplyForRecognition, qingdaoPeriod, qingdaoPlan, recognisedAsHardship, stationServices, text } from './sources.js';

// Policies of the Qingdao action plan (2025): offered only at stations in 青岛市, and only to residents
// who live there.

const plan = { source: qingdaoPlan.source, area: qingdaoPlan.area, effective: { from: '2025-03-10', to: null } };
const residentOfQingdao = livesIn(qingdaoPlan.area);

const trainingSentence = qingdaoPlan.cite(
  '落实残疾人职业技能培训免费制度,获得职业资格证书或职业技能等级证书的残疾人按规定享受相应职业技能提升补贴。',
);
const graduatesSentence = qingdaoPlan.cite('准确掌握在校中高等院校残疾人毕业生数据,建立“一人一策”就业服务台账');
const jobSeekingSentence = qingdaoPlan.cite('为残疾人应届毕业生按规定发放一次性求职补贴。');
const socialInsuranceSentence = qingdaoPlan.cite('就业困难残疾人到企业就业或灵活就业,按政策规定给予社会保险补贴。');
const recognitionSentence = qingdaoPlan.cite(
  '切实做好就业年龄段内有劳动能力和就业意愿的未就业持证残疾人的就业困难人员认定工作',
);
const assistedSentence = qingdaoPlan.cite('对符合条件的残疾人辅助性就业机构,按政策规定享受岗位补贴、稳岗补贴和机构运行补贴。');
const serviceNetworkSentence = qingdaoPlan.cite('依托“15分钟就业服务圈”建立覆盖城乡的残疾人就业服务网络,开设残疾人就业绿色通道。');

const skillUpgrade: Policy = {
  ...plan,
  id: 'skill-upgrade-subsidy',
  title: text('职业技能提升补贴（青岛市，残疾人）', 'Skills upgrade subsidy (Qingdao, disabled people)'),
  audience: 'individual',
  benefit: 'money',
  summary: text(
    '获得职业资格证书或职业技能等级证书的残疾人，按规定享受相应的职业技能提升补贴。只有残疾人证还不够，要有这两种证书之一。',
    'Disabled people who obtain a vocational qualification certificate or a vocational skill level certificate get a skills upgrade subsidy according to the rules. A disability certificate alone is not enough: you need one of these two certificates.',
  ),
  easyRead: text('有残疾，学手艺拿到了职业证书？可能可以申请补贴。', 'Disabled and got a vocational certificate from training? You may be able to apply for money.'),
  whoQualifies: text(
    '住在青岛市、持有残疾人证，并且获得了职业资格证书或职业技能等级证书的人。',
    'People living in Qingdao who hold a disability certificate and have obtained a vocational qualification certificate or a vocational skill level certificate.',
  ),
  whoApplies: text('您本人。', 'You yourself.'),
  amount: { kind: 'money', text: text('按规定享受相应补贴。文件没有写金额，请问驿站工作人员。', 'According to the rules. The plan names no amount; ask station staff.'), minYuan: null, maxYuan: null },
  whereToApply: applyAtStation,
  basis: { conditions: [trainingSentence], amount: [trainingSentence], applicant: [stationServices, serviceNetworkSentence], period: [qingdaoPeriod] },
  eligibility: {
    conditions: [
      residentOfQingdao,
      holdsDisabilityCard,
      {
        question: 'skillCertificate',
        oneOf: ['yes'],
        met: text('您有职业资格证书或职业技能等级证书', 'you have a vocational qualification or skill level certificate'),
        unmet: text(
          '这项补贴要有职业资格证书或职业技能等级证书，只有残疾人证不够',
          'this subsidy needs a vocational qualification or skill level certificate; a disability certificate alone is not enough',
        ),
      },
    ],
    amountVariants: [],
  },
};

const jobSeeking: Policy = {
  ...plan,
  id: 'job-seeking-subsidy',
  title: text('一次性求职补贴（青岛市，残疾人应届毕业生）', 'One-off job-seeking subsidy (Qingdao, disabled graduates of this year)'),
  audience: 'individual',
  benefit: 'money',
  summary: text(
    '为残疾人应届毕业生按规定发放一次性求职补贴。应届毕业生指今年从中等或高等院校毕业的学生，比如中专、技校、职业院校、大专、大学。',
    'Disabled students graduating this year get a one-off job-seeking subsidy according to the rules. This means graduating this year from a secondary or higher school, such as a secondary vocational or technical school, a vocational college or a university.',
  ),
  easyRead: text('有残疾，今年从学校毕业？可能可以申请一次钱。', 'Disabled and finishing school this year? You may be able to apply for one payment.'),
  whoQualifies: text(
    '住在青岛市、持有残疾人证、今年从中等或高等院校毕业的人。',
    'People living in Qingdao who hold a disability certificate and graduate this year from a secondary or higher school.',
  ),
  whoApplies: text('您本人。', 'You yourself.'),
  amount: { kind: 'money', text: text('一次性发放，按规定执行。文件没有写金额，请问驿站工作人员。', 'Paid once, according to the rules. The plan names no amount; ask station staff.'), minYuan: null, maxYuan: null },
  whereToApply: applyAtStation,
  basis: { conditions: [graduatesSentence, jobSeekingSentence], amount: [jobSeekingSentence], applicant: [stationServices, serviceNetworkSentence], period: [qingdaoPeriod] },
  eligibility: {
    conditions: [
      residentOfQingdao,
      holdsDisabilityCard,
      {
        question: 'graduation',
        oneOf: ['this_year'],
        met: text('您今年从中等或高等院校毕业', 'you graduate this year from a secondary or higher school'),
        unmet: text('这项补贴给今年毕业的残疾人学生（应届毕业生）', 'this subsidy is for disabled students who graduate this year'),
      },
    ],
    amountVariants: [],
  },
};

const socialInsuranceQingdao: Policy = {
  ...plan,
  id: 'social-insurance-subsidy-qingdao',
  title: text('社会保险补贴（青岛市，就业困难残疾人）', 'Social insurance subsidy (Qingdao, disabled people with difficulty finding work)'),
  audience: 'individual',
  benefit: 'money',
  summary: text(
    '就业困难残疾人到企业就业或灵活就业，按政策规定给予社会保险补贴。青岛市的就业困难人员认定由人社部门和残联负责。',
    'Disabled people recognised as having difficulty finding work who work for an employer or do flexible work get a social insurance subsidy according to the rules. In Qingdao, recognition is handled by the human resources and social security bureau and the Disabled Persons\' Federation.',
  ),
  easyRead: text('有残疾，找工作很难，现在上班了？社保可能有补贴。要先认定。', 'Disabled, found it hard to get work, and now working? You may get help with social insurance. You must be recognised first.'),
  whoQualifies: text(
    '住在青岛市、持有残疾人证、到企业就业或灵活就业，并且已被认定为就业困难人员的人。还没有认定的，可以先申请认定。',
    'People living in Qingdao who hold a disability certificate, work for an employer or do flexible work, and have been recognised as having difficulty finding work. If you are not recognised yet, you can apply first.',
  ),
  whoApplies: text('您本人。', 'You yourself.'),
  amount: { kind: 'money', text: text('按政策规定给予。文件没有写金额，请问驿站工作人员。', 'According to the rules. The plan names no amount; ask station staff.'), minYuan: null, maxYuan: null },
  whereToApply: applyAtStation,
  basis: { conditions: [socialInsuranceSentence, recognitionSentence], amount: [socialInsuranceSentence], applicant: [stationServices, serviceNetworkSentence], period: [qingdaoPeriod] },
  eligibility: {
    conditions: [
      residentOfQingdao,
      holdsDisabilityCard,
      {
        question: 'employment',
        oneOf: ['employed', 'flexible'],
        met: text('您在企业上班或灵活就业', 'you work for an employer or do flexible work'),
        unmet: text('这项补贴给到企业就业或灵活就业的人', 'this subsidy is for people who work for an employer or do flexible work'),
      },
      { anyOf: [recognisedAsHardship, { ...holdsDisabilityCard, firstStep: true, met: mayApplyForRecognition('您持有残疾人证', 'you hold a disability certificate') }] },
    ],
    amountVariants: [],
  },
};

const freeTraining: Policy = {
  ...plan,
  id: 'free-vocational-training',
  title: text('残疾人免费职业技能培训（青岛市）', 'Free vocational training for disabled people (Qingdao)'),
  audience: 'individual',
  benefit: 'training',
  summary: text(
    '青岛市落实残疾人职业技能培训免费制度：残疾人参加职业技能培训免费。其他人参加培训是否收费，看课程的说明或问驿站。',
    'Qingdao applies free vocational training for disabled people. Whether training is free for anyone else depends on the course; see the course details or ask the station.',
  ),
  easyRead: text('有残疾？学手艺不要钱。', 'Disabled? Training is free for you.'),
  whoQualifies: text('住在青岛市、持有残疾人证的人。', 'People living in Qingdao who hold a disability certificate.'),
  whoApplies: text('您本人，报名培训时说明。', 'You yourself, when you sign up for a course.'),
  amount: { kind: 'not_monetary', text: text('培训免费，不发钱。拿到职业证书的，还可以申请职业技能提升补贴。', 'Training is free; no money is paid. If you obtain a vocational certificate, you can also apply for the skills upgrade subsidy.') },
  whereToApply: { channels: ['station', 'disabled_federation'], note: text('在本机“报名培训”里选课程，或到驿站、残联问。', 'Choose a course under "Training" on this kiosk, or ask at the station or the Disabled Persons\' Federation.') },
  basis: { conditions: [trainingSentence], amount: [trainingSentence], applicant: [trainingSentence, serviceNetworkSentence], period: [qingdaoPeriod] },
  eligibility: {
    conditions: [
      residentOfQingdao,
      {
        ...holdsDisabilityCard,
        unmet: text('文件写的是残疾人培训免费；其他人的培训是否收费，看课程说明或问驿站', 'the plan makes training free for disabled people; for anyone else, see the course or ask the station'),
      },
    ],
    amountVariants: [],
  },
};

const assistedEmployment: Policy = {
  ...plan,
  id: 'assisted-employment-subsidy',
  title: text('辅助性就业机构补贴（青岛市）', 'Subsidies for assisted-employment centres (Qingdao)'),
  audience: 'institution',
  benefit: 'money',
  summary: text(
    '对符合条件的残疾人辅助性就业机构，按政策规定享受岗位补贴、稳岗补贴和机构运行补贴。',
    'Eligible assisted-employment centres for disabled people get job, job-retention and running-cost subsidies according to the rules.',
  ),
  easyRead: text('这笔钱给帮残疾人工作的机构，不给个人。', 'This money goes to centres that help disabled people work, not to you.'),
  whoQualifies: text('青岛市符合条件的残疾人辅助性就业机构。', 'Eligible assisted-employment centres in Qingdao.'),
  whoApplies: text('由机构申请，个人不用申请。', 'The centre applies, not individuals.'),
  amount: { kind: 'money', text: text('岗位补贴、稳岗补贴和机构运行补贴，按政策规定。文件没有写金额。', 'Job, job-retention and running-cost subsidies according to the rules. The plan names no amounts.'), minYuan: null, maxYuan: null },
  whereToApply: { channels: ['disabled_federation'], note: text('由机构向残联咨询。', 'The centre asks the Disabled Persons\' Federation.') },
  basis: { conditions: [assistedSentence], amount: [assistedSentence], applicant: [assistedSentence], period: [qingdaoPeriod] },
  eligibility: null,
};

export const qingdaoPolicies: readonly Policy[] = [skillUpgrade, jobSeeking, socialInsuranceQingdao, freeTraining, assistedEmployment];
