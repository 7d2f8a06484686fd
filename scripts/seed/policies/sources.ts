import type { Citation } from '../../../shared/catalog/citation.js';
import type { LocalizedText } from '../../../shared/catalog/localizedText.js';
import type { Policy } from '../../../shared/catalog/policy.js';
import type { PolicyArea } from '../../../shared/catalog/policyArea.js';

// The three documents the subsidy catalog rests on (../shared/seeds), with the area each one governs and
// the sentences several policies share. Every quote is verbatim; tests/unit/assets/policyQuotes.test.ts
// finds each one in its document.

export function text(zh: string, en: string): LocalizedText {
  return { 'zh-CN': zh, en };
}

type SourceDocument = { readonly source: Policy['source']; readonly area: PolicyArea; cite(quote: string): Citation };

function sourceDocument(documentNumber: string, title: LocalizedText, area: PolicyArea): SourceDocument {
  return { source: { documentNumber, title }, area, cite: (quote) => ({ document: documentNumber, quote }) };
}

export const shandongPlan = sourceDocument(
  '鲁就办〔2023〕13号',
  text(
    '山东省就业和农民工工作领导小组办公室《山东省“社区微业”三年行动计划（2023—2025年）》',
    'Shandong Provincial Leading Group Office for Employment and Migrant Workers: Shandong "Community Micro-Employment" three-year action plan (2023-2025)',
  ),
  { level: 'province', name: text('山东省', 'Shandong Province') },
);

export const hezePlan = sourceDocument(
  '菏残联发〔2024〕18号',
  text('菏泽市残疾人“社区微业”工作实施方案', 'Heze implementation plan for "Community Micro-Employment" of disabled residents'),
  { level: 'city', cityCode: '3717', name: text('菏泽市', 'Heze') },
);

export const qingdaoPlan = sourceDocument(
  '青岛市“扩岗位提技能优环境”帮扶残疾人就业行动方案',
  text(
    '青岛市“扩岗位提技能优环境”帮扶残疾人就业行动方案',
    'Qingdao action plan to help disabled people into work by creating jobs, raising skills and improving the environment',
  ),
  { level: 'city', cityCode: '3702', name: text('青岛市', 'Qingdao') },
);

/** The plan's own period: its title says 2023—2025. */
export const shandongPeriod = shandongPlan.cite('山东省"社区微业"三年行动计划 (2023—2025年)');
/** Neither city plan names an end date; they start on the day they were issued. */
export const hezePeriod = hezePlan.cite('菏泽市残疾人联合会办公室\n\n2024年12月6日印发');
export const qingdaoPeriod = qingdaoPlan.cite('青岛市农业农村局 青岛市残疾人联合会\n2025年3月10日');

/** The station's own services include 补贴申领 and 政策宣传 (鲁就办〔2023〕13号 item 14). */
export const stationServices = shandongPlan.cite(
  '打造社区就业驿站,形成集失业登记、需求归集、岗位推送、能力提升、创业推介、职业指导、精准匹配、政策宣传、补贴申领于一体的公益性就业服务平台',
);
export const aiShandong = shandongPlan.cite('社区就业服务事项原则上统一依托"爱山东"政务服务平台对外服务。');

/** Said wherever a resident applies: the station is the first place to ask, and Ai Shandong serves online. */
export const applyAtStation: Policy['whereToApply'] = {
  channels: ['station', 'aishandong'],
  note: text(
    '先到社区就业驿站问：补贴申领是驿站的服务之一。很多事项也可以在“爱山东”政务服务平台上办理。',
    'Ask at the community employment station first: claiming subsidies is one of its services. Many services can also be used online on the Ai Shandong government service platform.',
  ),
};

/** A service the station itself gives: the resident goes there, nothing else to apply through. */
export const serviceAtStation: Policy['whereToApply'] = {
  channels: ['station'],
  note: text('到社区就业驿站。', 'At the community employment station.'),
};

/** A city's own policy is for its residents: the first condition of every city policy. */
export function livesIn(area: PolicyArea) {
  const city = area.name;
  return {
    question: 'residence' as const,
    oneOf: ['local'],
    met: text(`您住在${city['zh-CN']}`, `you live in ${city.en}`),
    unmet: text('请到您住的地方的驿站，问那里有什么政策', 'ask at a station where you live about the policies there'),
  };
}

export const holdsDisabilityCard = {
  question: 'disabilityCertified' as const,
  oneOf: ['yes'],
  met: text('您持有残疾人证', 'you hold a disability certificate'),
  unmet: text('文件写的是给残疾人的，要有残疾人证', 'the document names disabled people, so you need a disability certificate'),
};

/** 认定 is the authorities' decision (人社部门, with 残联 for disabled residents), never the kiosk's or the station's. */
export const recognisedAsHardship = {
  question: 'hardshipRecognised' as const,
  oneOf: ['yes'],
  met: text('您已经被认定为就业困难人员', 'you have been recognised as a person with difficulty finding work'),
  unmet: text(
    '这项补贴给就业困难人员，要先由有关部门认定',
    'this subsidy is for people recognised as having difficulty finding work, which the authorities decide',
  ),
};

export function mayApplyForRecognition(reason: string, reasonEn: string) {
  return text(
    `${reason}，可以先申请认定为就业困难人员（由有关部门认定，这台机器和驿站不能认定）。认定以后才能申请这项补贴`,
    `${reasonEn}, so you can first apply to be recognised as a person with difficulty finding work (the authorities decide; this kiosk and the station cannot). Only then can you apply for this subsidy`,
  );
}
