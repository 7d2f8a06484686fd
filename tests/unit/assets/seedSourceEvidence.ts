import type { CourseCategory } from '../../../shared/catalog/course.js';
import type { JobCategory } from '../../../shared/catalog/job.js';

// What each seed document says, for the citation checks in seedSources.test.ts (issue #13). Kept apart from
// the generator on purpose: the test must not trust the generator's own idea of which document names what.

export const documents = {
  heze: '菏残联发〔2024〕18号',
  shandongMicroJobs: '鲁就办〔2023〕13号',
  shandongFederation: '鲁残联发〔2023〕6号',
  qingdao: '青岛市“扩岗位提技能优环境”帮扶残疾人就业行动方案（2025年）',
  cdpf: '中国残疾人就业及就业服务工作简报2024年第2期',
} as const;

/** The seed file each document is in (../shared/seeds). */
export const seedFileOf: Readonly<Record<string, string>> = {
  [documents.heze]: '000_06cc70f9bad07c4f.txt',
  [documents.shandongMicroJobs]: '001_893b1c27320b34c6.txt',
  [documents.qingdao]: '002_36c698947896c614.txt',
  [documents.shandongFederation]: '003_45e29fab83e08d84.txt',
  [documents.cdpf]: '004_68c11689373294a3.txt',
};

/**
 * Where each document is in force, as a district-code prefix: Heze (3717) and Qingdao (3702) plans bind their
 * city; the provincial documents bind Shandong (37); the CDPF bulletin is national ('' matches every code).
 */
export const inForceIn: Readonly<Record<string, string>> = {
  [documents.heze]: '3717',
  [documents.qingdao]: '3702',
  [documents.shandongMicroJobs]: '37',
  [documents.shandongFederation]: '37',
  [documents.cdpf]: '',
};

/** Verbatim phrases from each document (checked against the text when the seeds are present). */
export const phrasesIn: Readonly<Record<string, readonly string[]>> = {
  [documents.heze]: [
    '快递服务', '废旧物资回收', '社区团购', '洗衣代收代取', '报刊订阅', '理发', '修锁', '修鞋', '盲人按摩',
    '家政企业在社区设置服务网点', '公益性岗位', '直播销售', '家政服务', '文创工坊', '美丽工坊', '创业推介',
  ],
  [documents.shandongMicroJobs]: [
    '家政服务', '来料加工', '社区微工厂', '公益性岗位', '美容美发店', '社区电商服务', '山东手造', '鲁菜师傅',
    '健康照护', '网约配送', '直播销售', '创业素养能力培训', '创业沙龙',
  ],
  [documents.shandongFederation]: [
    '物流快递', '盲人医疗（保健）按摩机构', '盲人保健按摩培训', '如康家园', '公益性岗位', '邮政报刊零售亭', '网络零售',
    '直播带货', '直播、短视频',
  ],
  [documents.qingdao]: [
    '数据标注', '云审核', '有声书演播', '电子商务', '直播带货', '盲人医疗按摩', '盲人保健按摩培训', '公益性岗位',
    '传统手工艺', '创业培训',
  ],
  [documents.cdpf]: [
    '数据标注员', '呼叫专员', '客服岗位', '互联网审核项目', '手工编织', '拉花', '网袋封口', '手套加工', '假发', '盲人按摩',
    '人工智能训练师培训', '家政服务', '网络直播', '直播带货', '公益性岗位',
  ],
};

/** A kind of work and the words a document must use to name it; the first rule that matches a listing applies. */
export interface NamingRule<C extends string> {
  readonly category: C;
  readonly title?: RegExp;
  readonly words: readonly string[];
}

export const jobNamingRules: readonly NamingRule<JobCategory>[] = [
  { category: 'express', words: ['快递'] },
  { category: 'recycling', words: ['回收'] },
  { category: 'group_buying', words: ['团购'] },
  { category: 'laundry', words: ['洗衣'] },
  { category: 'massage', title: /医疗按摩/, words: ['医疗按摩', '医疗（保健）按摩'] },
  { category: 'massage', words: ['按摩'] },
  { category: 'housekeeping', words: ['家政'] },
  { category: 'data_labeling', words: ['数据标注'] },
  { category: 'customer_service', words: ['客服', '呼叫'] },
  { category: 'ecommerce', title: /直播|主播/, words: ['直播'] },
  { category: 'ecommerce', words: ['电商', '电子商务', '网络零售'] },
  { category: 'content_review', words: ['审核'] },
  { category: 'audiobook', words: ['有声书'] },
  { category: 'handicraft', title: /编织/, words: ['编织'] },
  { category: 'handicraft', title: /网袋/, words: ['网袋'] },
  { category: 'handicraft', title: /拉花/, words: ['拉花'] },
  { category: 'handicraft', words: ['来料加工', '手套', '假发'] },
  { category: 'public_welfare', words: ['公益性岗位'] },
  { category: 'community_service', title: /理发/, words: ['理发', '美发'] },
  { category: 'community_service', title: /修锁|修鞋|钥匙/, words: ['修锁', '修鞋'] },
  { category: 'community_service', title: /报刊订阅/, words: ['报刊订阅'] },
  { category: 'community_service', title: /报刊/, words: ['报刊'] },
];

export const courseNamingRules: readonly NamingRule<CourseCategory>[] = [
  { category: 'massage', words: ['按摩'] },
  { category: 'livestream_sales', words: ['直播'] },
  { category: 'housekeeping', words: ['家政'] },
  { category: 'express', words: ['快递'] },
  { category: 'ride_delivery', words: ['网约配送'] },
  { category: 'health_care', words: ['健康照护'] },
  { category: 'handicraft', words: ['文创工坊', '美丽工坊', '如康家园', '手工编织', '手工艺'] },
  { category: 'shandong_craft', words: ['山东手造'] },
  { category: 'lu_cuisine', words: ['鲁菜师傅'] },
  { category: 'data_labeling', words: ['数据标注'] },
  { category: 'ai_trainer', words: ['人工智能训练师'] },
  { category: 'ecommerce_service', words: ['客服', '呼叫专员'] },
  { category: 'entrepreneurship', words: ['创业'] },
];

export function ruleFor<C extends string>(rules: readonly NamingRule<C>[], category: C, title: string): NamingRule<C> | undefined {
  return rules.find((rule) => rule.category === category && (rule.title === undefined || rule.title.test(title)));
}

/** Whether the document uses one of the rule's words, judged by the phrases quoted from it above. */
export function documentNames(source: string, rule: NamingRule<string>): boolean {
  const phrases = phrasesIn[source] ?? [];
  return phrases.some((phrase) => rule.words.some((word) => phrase.includes(word)));
}
