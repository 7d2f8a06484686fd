import { seededRandom, type Random } from '../../shared/random/seededRandom.js';
import { JobSchema, type Job } from '../../shared/catalog/job.js';
import type { LocalizedText } from '../../shared/catalog/localizedText.js';
import type { SiteAccessibility } from '../../shared/catalog/accessibility.js';
import { findDistrict, type District } from '../../shared/geo/districts.js';
import { minimumWageFor } from '../../shared/catalog/minimumWage.js';
import { jobKinds, tx, type JobKind, type JobVariant, type PayTemplate, type SeedSource } from './jobTemplates.js';
import { firstSourceIn } from './sourceScope.js';
import { writeValidatedJson } from './writeJson.js';

// Builds the shipped job catalog by crossing the kinds of work with districts, employers and dates.
// Everything random comes from one fixed-seed PRNG, so re-running gives byte-identical JSON.
// The listings are demonstration data (issue #13): every one is marked so, none carries a phone number.

export const jobsJsonUrl = new URL('../../assets/catalog/jobs.json', import.meta.url);

const PRNG_SEED = 20_261_121;
const FIRST_POST_DAY = '2026-08-01';
const POSTING_WINDOW_DAYS = 112; // 2026-08-01 .. 2026-11-20
/** Every EXPIRED_EVERY-th listing is already closed, so the kiosk's "hide expired" path has data. */
const EXPIRED_EVERY = 20;

interface Street {
  zh: string;
  en: string;
}
interface Place {
  code: string;
  streets: readonly [Street, Street];
  /** Heze is the pilot city (菏残联发〔2024〕18号), so its districts appear three times as often. */
  weight: number;
}

const st = (zh: string, en: string): Street => ({ zh, en });
const HEZE = 3;
const places: readonly Place[] = [
  { code: '370102', weight: 1, streets: [st('解放路', 'Jiefang Road'), st('文化东路', 'Wenhua East Road')] },
  { code: '370103', weight: 1, streets: [st('经四路', 'Jingsi Road'), st('英雄山路', 'Yingxiongshan Road')] },
  { code: '370104', weight: 1, streets: [st('经十路', 'Jingshi Road'), st('张庄路', 'Zhangzhuang Road')] },
  { code: '370105', weight: 1, streets: [st('北园大街', 'Beiyuan Street'), st('堤口路', 'Dikou Road')] },
  { code: '370112', weight: 1, streets: [st('花园路', 'Huayuan Road'), st('工业北路', 'Gongye North Road')] },
  { code: '370113', weight: 1, streets: [st('龙泉街', 'Longquan Street'), st('清河街', 'Qinghe Street')] },
  { code: '370202', weight: 1, streets: [st('香港中路', 'Hong Kong Middle Road'), st('延安三路', "Yan'an Third Road")] },
  { code: '370203', weight: 1, streets: [st('延吉路', 'Yanji Road'), st('台东一路', 'Taidong First Road')] },
  { code: '370211', weight: 1, streets: [st('长江中路', 'Changjiang Middle Road'), st('井冈山路', 'Jinggangshan Road')] },
  { code: '370212', weight: 1, streets: [st('松岭路', 'Songling Road'), st('秦岭路', 'Qinling Road')] },
  { code: '370213', weight: 1, streets: [st('书院路', 'Shuyuan Road'), st('九水东路', 'Jiushui East Road')] },
  { code: '370214', weight: 1, streets: [st('正阳路', 'Zhengyang Road'), st('长城路', 'Changcheng Road')] },
  { code: '370215', weight: 1, streets: [st('蓝鳌路', "Lan'ao Road"), st('鹤山路', 'Heshan Road')] },
  { code: '370302', weight: 1, streets: [st('松龄路', 'Songling Road'), st('般阳路', 'Banyang Road')] },
  { code: '370303', weight: 1, streets: [st('柳泉路', 'Liuquan Road'), st('共青团路', 'Gongqingtuan Road')] },
  { code: '370402', weight: 1, streets: [st('光明路', 'Guangming Road'), st('文化路', 'Wenhua Road')] },
  { code: '370502', weight: 1, streets: [st('西四路', 'Xisi Road'), st('府前街', 'Fuqian Street')] },
  { code: '370602', weight: 1, streets: [st('南大街', 'Nan Street'), st('北马路', 'Beima Road')] },
  { code: '370613', weight: 1, streets: [st('迎春大街', 'Yingchun Street'), st('观海路', 'Guanhai Road')] },
  { code: '370702', weight: 1, streets: [st('胜利西街', 'Shengli West Street'), st('和平路', 'Heping Road')] },
  { code: '370705', weight: 1, streets: [st('东风东街', 'Dongfeng East Street'), st('鸢飞路', 'Yuanfei Road')] },
  { code: '370811', weight: 1, streets: [st('共青团路', 'Gongqingtuan Road'), st('建设路', 'Jianshe Road')] },
  { code: '370812', weight: 1, streets: [st('建设东路', 'Jianshe East Road'), st('龙桥路', 'Longqiao Road')] },
  { code: '370881', weight: 1, streets: [st('静轩路', 'Jingxuan Road'), st('鼓楼大街', 'Gulou Street')] },
  { code: '370902', weight: 1, streets: [st('东岳大街', 'Dongyue Street'), st('灵山大街', 'Lingshan Street')] },
  { code: '371002', weight: 1, streets: [st('新威路', 'Xinwei Road'), st('统一路', 'Tongyi Road')] },
  { code: '371102', weight: 1, streets: [st('海曲路', 'Haiqu Road'), st('泰安路', "Tai'an Road")] },
  { code: '371302', weight: 1, streets: [st('沂蒙路', 'Yimeng Road'), st('解放路', 'Jiefang Road')] },
  { code: '371311', weight: 1, streets: [st('湖东路', 'Hudong Road'), st('盛庄路', 'Shengzhuang Road')] },
  { code: '371402', weight: 1, streets: [st('东风路', 'Dongfeng Road'), st('湖滨路', 'Hubin Road')] },
  { code: '371502', weight: 1, streets: [st('东昌路', 'Dongchang Road'), st('柳园路', 'Liuyuan Road')] },
  { code: '371602', weight: 1, streets: [st('黄河五路', 'Huanghe 5th Road'), st('渤海七路', 'Bohai 7th Road')] },
  { code: '371702', weight: HEZE, streets: [st('中华路', 'Zhonghua Road'), st('人民路', 'Renmin Road')] },
  { code: '371703', weight: HEZE, streets: [st('陶驿路', 'Taoyi Road'), st('兴华路', 'Xinghua Road')] },
  { code: '371721', weight: HEZE, streets: [st('青菏路', 'Qinghe Road'), st('磐石路', 'Panshi Road')] },
  { code: '371722', weight: HEZE, streets: [st('舜师路', 'Shunshi Road'), st('胜利路', 'Shengli Road')] },
  { code: '371723', weight: HEZE, streets: [st('伯乐大街', 'Bole Street'), st('文亭路', 'Wenting Road')] },
  { code: '371724', weight: HEZE, streets: [st('永丰街', 'Yongfeng Street'), st('麒麟路', 'Qilin Road')] },
  { code: '371725', weight: HEZE, streets: [st('胜利街', 'Shengli Street'), st('金河路', 'Jinhe Road')] },
  { code: '371726', weight: HEZE, streets: [st('古泉路', 'Guquan Road'), st('陈王路', 'Chenwang Road')] },
  { code: '371728', weight: HEZE, streets: [st('黄河路', 'Huanghe Road'), st('五四路', 'Wusi Road')] },
];

/** Suburban districts that still have villages; counties (县) and county-level cities qualify anyway. */
const suburbanCodes = new Set(['370113', '370211', '370215', '370302', '370812', '371311', '371703']);

const communities: readonly Street[] = [
  st('和平', 'Heping'), st('幸福', 'Xingfu'), st('阳光', 'Yangguang'), st('康宁', 'Kangning'), st('文化', 'Wenhua'),
  st('新华', 'Xinhua'), st('光明', 'Guangming'), st('春晖', 'Chunhui'), st('福安', "Fu'an"), st('翠苑', 'Cuiyuan'),
];

const signNote = tx('有同事会手语。', 'A colleague can sign.');

function randomInt(random: Random, maxExclusive: number): number {
  return Math.floor(random() * maxExclusive);
}

function pick<T>(items: readonly T[], index: number): T {
  const item = items[((index % items.length) + items.length) % items.length];
  if (item === undefined) {
    throw new Error('pick() from an empty template list');
  }
  return item;
}

function addDays(isoDate: string, days: number): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

function requireDistrict(code: string): District {
  const district = findDistrict(code);
  if (district === undefined) {
    throw new Error(`Seed place ${code} is not in shared/geo/districts.ts`);
  }
  return district;
}

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = randomInt(random, i + 1);
    const a = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = a;
  }
  return copy;
}

function isRural(district: District): boolean {
  const name = district.name['zh-CN'];
  return name.endsWith('县') || name.endsWith('市') || suburbanCodes.has(district.code);
}

interface Slot {
  kind: JobKind;
  ordinal: number;
}

/** Round-robin over kinds so consecutive ids mix kinds of work instead of listing 11 handicraft jobs in a row. */
function slots(): Slot[] {
  const result: Slot[] = [];
  const rounds = Math.max(...jobKinds.map((kind) => kind.count));
  for (let ordinal = 0; ordinal < rounds; ordinal += 1) {
    for (const kind of jobKinds) {
      if (ordinal < kind.count) {
        result.push({ kind, ordinal });
      }
    }
  }
  return result;
}

function sourcesOf(kind: JobKind, variant: JobVariant): readonly SeedSource[] {
  return variant.sources ?? kind.sources;
}

/** The variants that may be listed in a district: rural ones only where there are villages, and only where a cited document is in force. */
function variantsIn(kind: JobKind, district: District): JobVariant[] {
  return kind.variants.filter(
    (variant) => (variant.ruralOnly !== true || isRural(district)) && firstSourceIn(sourcesOf(kind, variant), district.code) !== undefined,
  );
}

interface Placement {
  place: Place;
  district: District;
  variants: JobVariant[];
}

/**
 * The listing's place: the rotation's place for this index, or the next one where the kind of work may be
 * listed (recycling, say, is named only by the Heze plan, so it is listed only in Heze).
 */
function placeFor(kind: JobKind, rotation: readonly Place[], index: number): Placement {
  for (let step = 0; step < rotation.length; step += 1) {
    const place = pick(rotation, index + step);
    const district = requireDistrict(place.code);
    const variants = variantsIn(kind, district);
    if (variants.length > 0) return { place, district, variants };
  }
  throw new Error(`No seed place where a document names ${kind.category} (${kind.workType})`);
}

function sourceFor(kind: JobKind, variant: JobVariant, district: District): SeedSource {
  const source = firstSourceIn(sourcesOf(kind, variant), district.code);
  if (source === undefined) {
    throw new Error(`No document in force in ${district.code} names ${variant.title['zh-CN']}`);
  }
  return source;
}

interface Fill {
  district: District;
  community: Street;
}

function fill(text: LocalizedText, { district, community }: Fill): LocalizedText {
  const apply = (template: string, lang: 'zh-CN' | 'en', communityName: string): string =>
    template
      .replaceAll('{city}', district.city[lang])
      .replaceAll('{district}', district.name[lang])
      .replaceAll('{community}', communityName);
  return { 'zh-CN': apply(text['zh-CN'], 'zh-CN', community.zh), en: apply(text.en, 'en', community.en) };
}

function joinText(first: LocalizedText, second: LocalizedText): LocalizedText {
  return tx(`${first['zh-CN']}${second['zh-CN']}`, `${first.en} ${second.en}`);
}

/** Small per-listing differences in pay; Jinan and Qingdao pay a little more than the rest of the province. */
function payFor(template: PayTemplate, district: District, random: Random): Job['pay'] {
  const bigCity = district.code.startsWith('3701') || district.code.startsWith('3702');
  const step = { month: 100, day: 10, hour: 1, piece: 0 }[template.unit];
  const bump = step * randomInt(random, 3) + (template.unit === 'month' && bigCity ? 200 : 0);
  const pay = { minYuan: template.minYuan + bump, maxYuan: template.maxYuan + bump, unit: template.unit };
  assertLawfulPay(pay, template, district);
  return pay;
}

/** A template below the minimum wage must fail the generator, not ship (shared/catalog/minimumWage.ts). */
function assertLawfulPay(pay: Job['pay'], template: PayTemplate, district: District): void {
  const minimum = minimumWageFor(district.code);
  const hours = template.hoursPerDay ?? 0;
  const floor = { month: minimum.monthlyYuan, hour: minimum.hourlyYuan, day: minimum.hourlyYuan * hours, piece: 0 }[pay.unit];
  if (pay.minYuan < floor) {
    throw new Error(`Pay ${pay.minYuan} 元/${pay.unit} in ${district.code} is below the minimum wage (${floor})`);
  }
}

function address(kind: JobKind, district: District, street: Street, houseNumber: number): LocalizedText {
  const zhStreet = `${district.city['zh-CN']}${district.name['zh-CN']}${street.zh}${houseNumber}号`;
  const enStreet = `No. ${houseNumber} ${street.en}, ${district.name.en}, ${district.city.en}`;
  // Home-based listings still need a place: where residents sign up and are trained.
  if (kind.workType === 'home_based') {
    return tx(
      `居家办公；报名和培训：${zhStreet}（${kind.site['zh-CN']}）`,
      `Work from home; sign-up and training at the ${kind.site.en}, ${enStreet}`,
    );
  }
  return tx(`${zhStreet}（${kind.site['zh-CN']}）`, `${capitalise(kind.site.en)}, ${enStreet}`);
}

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function accessibility(kind: JobKind, random: Random): SiteAccessibility {
  const signLanguage = kind.signLanguageLikely && random() < 0.4;
  return {
    stepFree: kind.stepFree,
    accessibleToilet: kind.accessibleToilet,
    signLanguage,
    notes: signLanguage ? joinText(kind.siteNote, signNote) : kind.siteNote,
  };
}

/**
 * The seed has no real employers, so it has no employer contact either: residents go through the station
 * (register interest, and staff follow up). Only a central catalog carries the employer's own contact.
 */
function stationContact(district: District): Job['contact'] {
  return { method: 'station', value: `${district.name['zh-CN']}的社区就业驿站` };
}

function dates(expired: boolean, random: Random): Pick<Job, 'postedAt' | 'expiresAt'> {
  if (expired) {
    // Posted by mid-September and open 30–46 days, so it closed before 2026-11-01.
    const postedAt = addDays(FIRST_POST_DAY, randomInt(random, 46));
    return { postedAt, expiresAt: addDays(postedAt, 30 + randomInt(random, 17)) };
  }
  const postedAt = addDays(FIRST_POST_DAY, randomInt(random, POSTING_WINDOW_DAYS));
  return { postedAt, expiresAt: addDays(postedAt, 150 + randomInt(random, 151)) };
}

export function buildJobs(): Job[] {
  const random = seededRandom(PRNG_SEED);
  const rotation = shuffled(
    places.flatMap((place) => Array.from({ length: place.weight }, () => place)),
    random,
  );
  return slots().map(({ kind, ordinal }, index): Job => {
    const { place, district, variants } = placeFor(kind, rotation, index);
    const community = pick(communities, randomInt(random, communities.length));
    const context: Fill = { district, community };
    const variant = pick(variants, ordinal);
    const employer = pick(variant.employers ?? kind.employers, randomInt(random, 3));
    const street = pick(place.streets, randomInt(random, 2));
    return {
      id: `job-${String(index + 1).padStart(4, '0')}`,
      category: kind.category,
      title: variant.title,
      employer: fill(employer, context),
      districtCode: district.code,
      address: address(kind, district, street, 1 + randomInt(random, 300)),
      pay: payFor(variant.pay, district, random),
      hours: variant.hours,
      workType: kind.workType,
      homeBased: kind.workType === 'home_based',
      suitableFor: [...(variant.suitableFor ?? kind.suitableFor)],
      accessibility: accessibility(kind, random),
      description: variant.description,
      requirements: variant.requirements ?? kind.requirements,
      contact: stationContact(district),
      ...dates(index % EXPIRED_EVERY === EXPIRED_EVERY - 1, random),
      source: sourceFor(kind, variant, district),
      demonstration: true,
    };
  });
}

/** Validates and writes assets/catalog/jobs.json; run via the seed test with UPDATE_SEED=1. */
export function writeJobsJson(): Job[] {
  return writeValidatedJson(jobsJsonUrl, JobSchema, buildJobs(), 'jobs');
}
