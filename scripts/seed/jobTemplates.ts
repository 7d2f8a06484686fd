import type { LocalizedText } from '../../shared/catalog/localizedText.js';
import type { DisabilityCategory } from '../../shared/catalog/disability.js';
import type { JobCategory, WorkType, payUnits } from '../../shared/catalog/job.js';

// Kinds of work the seed documents name, as bilingual templates. The generator crosses them with
// districts, employers and dates; every listing cites a document that names its kind of work and is in force
// in its district (issue #13). Pay is at or above Shandong's minimum wage (shared/catalog/minimumWage.ts).
// Listings carry no contact of their own: the seed has no real employers, so residents go through the station.

export const seedSources = {
  hezeMicroJobs: '菏残联发〔2024〕18号',
  shandongMicroJobs: '鲁就办〔2023〕13号',
  shandongFederation: '鲁残联发〔2023〕6号',
  // The Qingdao plan is printed without its own document number, so it is cited by title.
  qingdaoPlan: '青岛市“扩岗位提技能优环境”帮扶残疾人就业行动方案（2025年）',
  cdpfBulletin: '中国残疾人就业及就业服务工作简报2024年第2期',
} as const;
export type SeedSource = (typeof seedSources)[keyof typeof seedSources];

export function tx(zh: string, en: string): LocalizedText {
  return { 'zh-CN': zh, en };
}

type PayUnit = (typeof payUnits)[number];
export interface PayTemplate {
  minYuan: number;
  maxYuan: number;
  unit: PayUnit;
  /**
   * For day rates: the hours worked in that day, so the rate can be checked against the hourly minimum wage;
   * null where the resident keeps the takings (self-employed), to which no minimum wage applies.
   */
  hoursPerDay?: number | null;
}

export interface JobVariant {
  title: LocalizedText;
  description: LocalizedText;
  pay: PayTemplate;
  hours: LocalizedText;
  /** Overrides for the few variants that differ from their kind of work. */
  requirements?: LocalizedText;
  suitableFor?: readonly DisabilityCategory[];
  employers?: readonly LocalizedText[];
  /** Overrides the kind's documents for a variant that only some of them name. */
  sources?: readonly SeedSource[];
  /** Only offered in counties and suburban districts that still have villages. */
  ruralOnly?: boolean;
}

export interface JobKind {
  category: JobCategory;
  workType: WorkType;
  count: number;
  /**
   * Documents that name this kind of work, most local first. Each listing cites the first one in force in its
   * district (sourceScope.ts); a district where none is in force gets no listing of this kind.
   */
  sources: readonly SeedSource[];
  variants: readonly JobVariant[];
  /** {city}, {district} and {community} are filled in per listing. */
  employers: readonly LocalizedText[];
  /** The building on the street; for home-based work, where residents sign up and train. */
  site: LocalizedText;
  suitableFor: readonly DisabilityCategory[];
  stepFree: boolean;
  accessibleToilet: boolean;
  /** Whether a signing colleague is plausible; the generator turns it on for some sites only. */
  signLanguageLikely: boolean;
  siteNote: LocalizedText;
  requirements: LocalizedText;
}

const S = seedSources;
const month = (minYuan: number, maxYuan: number): PayTemplate => ({ minYuan, maxYuan, unit: 'month' });
const day = (minYuan: number, maxYuan: number, hoursPerDay: number | null): PayTemplate => ({ minYuan, maxYuan, unit: 'day', hoursPerDay });
const hour = (minYuan: number, maxYuan: number): PayTemplate => ({ minYuan, maxYuan, unit: 'hour' });
const piece = (minYuan: number, maxYuan: number): PayTemplate => ({ minYuan, maxYuan, unit: 'piece' });

const expressEmployers = [
  tx('{city}顺达快递驿站', '{city} Shunda Express Station'),
  tx('{district}邻里快递驿站', '{district} Neighbourhood Express Station'),
  tx('{district}便民快递服务站', '{district} Community Parcel Service Point'),
];
const dataEmployers = [
  tx('{city}智标数据服务有限公司', '{city} Zhibiao Data Services Co., Ltd.'),
  tx('{district}残疾人培训就业基地', '{district} Training and Employment Base for Disabled People'),
  tx('{city}云帆人工智能数据中心', '{city} Yunfan AI Data Centre'),
];
const homeSite = tx('社区就业驿站', 'community employment station');
const homeNote = tx(
  '在家工作。报名和培训在驿站一楼，无台阶，有无障碍厕所。',
  'You work from home. Sign-up and training are on the ground floor of the station, with no steps and an accessible toilet.',
);
const shopNote = tx(
  '门口有坡道，店内通道宽，轮椅可以进出；没有无障碍厕所。',
  'There is a ramp at the door and wide aisles for wheelchairs, but no accessible toilet.',
);
const rukangRequirements = tx(
  '16周岁以上，持残疾人证（智力、精神或重度肢体残疾）。第一次请家属陪同到驿站做职业能力评估。',
  'Aged 16 or over with a disability certificate (intellectual, mental or severe physical disability). Come to the station once with a family member for a work-ability assessment.',
);

export const jobKinds: readonly JobKind[] = [
  {
    category: 'express', workType: 'full_time', count: 8, sources: [S.hezeMicroJobs, S.shandongFederation], employers: expressEmployers,
    variants: [
      {
        title: tx('快递驿站分拣员', 'Parcel sorter at a community express station'),
        description: tx('在社区快递驿站把包裹按取件码分类上架，帮居民找件、出库。包裹大多较轻，重件有同事帮忙。', 'Sort parcels by pickup code onto the shelves of a community express station and hand them out to residents. Most parcels are light; colleagues help with heavy ones.'),
        pay: month(2400, 3400),
        hours: tx('每天8小时，早班8:00–16:00或晚班12:00–20:00，月休4天', '8 hours a day, early shift 8:00–16:00 or late shift 12:00–20:00, 4 days off a month'),
      },
      {
        title: tx('快递入库扫描员', 'Parcel scanning clerk at an express station'),
        description: tx('用扫码枪给到站的快递扫描入库，核对手机号，发送取件短信。以坐着工作为主。', 'Scan incoming parcels into the system with a handheld scanner, check phone numbers and send pickup messages. Mostly seated work.'),
        pay: month(2400, 3200),
        hours: tx('每天8小时，9:00–17:00，月休4天', '8 hours a day, 9:00–17:00, 4 days off a month'),
      },
    ],
    site: tx('临街门面一楼', 'street-front shop, ground floor'),
    suitableFor: ['hearing', 'speech', 'physical'], stepFree: true, accessibleToilet: false, signLanguageLikely: true,
    siteNote: shopNote,
    requirements: tx('会用智能手机；能看清包裹上的字；能搬5公斤以内的包裹。不要求学历。', 'Can use a smartphone, read parcel labels and lift parcels of up to 5 kg. No education requirement.'),
  },
  {
    category: 'express', workType: 'flexible', count: 6, sources: [S.hezeMicroJobs, S.shandongFederation], employers: expressEmployers,
    variants: [
      {
        title: tx('快递驿站取件帮手（半天班）', 'Half-day helper at a community parcel station'),
        description: tx('在取件高峰时帮居民找快递、核对取件码、整理货架。每天4小时，时间可以和站长商量。', 'Help residents find their parcels at busy times, check pickup codes and tidy the shelves. 4 hours a day; times can be agreed with the station manager.'),
        pay: hour(24, 28),
        hours: tx('每天4小时，多在17:00–21:00', '4 hours a day, mostly 17:00–21:00'),
      },
      {
        title: tx('小区快递代收点值守员', 'Attendant at an estate parcel collection point'),
        description: tx('看管小区里的快递代收点，帮居民签收、取件，登记寄件。活不重，可以坐着等人来取。', 'Look after the parcel collection point on the estate: sign for parcels, hand them out and register outgoing ones. Light work; you can sit while waiting.'),
        pay: day(150, 190, 6),
        hours: tx('每天6小时，可选上午班或下午班', '6 hours a day, morning or afternoon shift'),
      },
    ],
    site: tx('小区快递代收点', 'estate parcel collection point'),
    suitableFor: ['physical', 'hearing', 'speech'], stepFree: true, accessibleToilet: false, signLanguageLikely: true,
    siteNote: shopNote,
    requirements: tx('会用智能手机扫码；做事细心。不限学历。', 'Can scan codes with a smartphone; careful and accurate. No education requirement.'),
  },
  {
    category: 'recycling', workType: 'full_time', count: 7, sources: [S.hezeMicroJobs],
    employers: [
      tx('{district}绿源再生资源回收站', '{district} Lüyuan Recycling Station'),
      tx('{city}惠民再生资源有限公司', '{city} Huimin Renewable Resources Co., Ltd.'),
    ],
    variants: [
      {
        title: tx('废旧物资回收分拣员', 'Recyclables sorter'),
        description: tx('在回收站把纸箱、塑料瓶、旧衣物分类、称重、打包。有推车和磅秤，不用长时间搬重物。', 'Sort cardboard, plastic bottles and old clothes at a recycling station, then weigh and bale them. Trolleys and scales are provided, so there is little heavy lifting.'),
        pay: month(2400, 3300),
        hours: tx('每天8小时，8:00–17:00，中午休息1小时', '8 hours a day, 8:00–17:00 with an hour for lunch'),
      },
      {
        title: tx('可回收物过磅记账员', 'Weighing and records clerk at a recycling station'),
        description: tx('给居民送来的可回收物称重，用手机记账、付款。以坐着工作为主。', 'Weigh the recyclables residents bring in, record them on a phone and pay them. Mostly seated work.'),
        pay: month(2400, 2900),
        hours: tx('每天8小时，8:00–17:00，周日休息', '8 hours a day, 8:00–17:00, Sundays off'),
      },
    ],
    site: tx('回收站院内', 'recycling yard'),
    suitableFor: ['hearing', 'speech', 'physical'], stepFree: true, accessibleToilet: false, signLanguageLikely: true,
    siteNote: tx('院子地面平整，没有台阶；厕所是普通蹲厕。', 'The yard is level with no steps; the toilet is a standard squat toilet.'),
    requirements: tx('能分辨常见的可回收物；会用手机收付款更好。有人带着学。', 'Can tell common recyclables apart; using a phone for payments is a plus. Someone will show you how.'),
  },
  {
    category: 'recycling', workType: 'flexible', count: 5, sources: [S.hezeMicroJobs],
    employers: [
      tx('{district}{community}社区可回收物回收点', '{community} Community Recycling Point, {district}'),
      tx('{district}惠居物业服务中心', '{district} Huiju Property Services Centre'),
    ],
    variants: [
      {
        title: tx('社区回收点值守员（早晚班）', 'Part-time attendant at a community recycling point'),
        description: tx('在小区垃圾分类亭旁看守可回收物回收点，帮居民投放、登记积分。', "Look after the recycling point next to the estate's waste-sorting kiosk, help residents drop off items and log their reward points."),
        pay: day(100, 130, 4),
        hours: tx('每天早晚各2小时：7:00–9:00，18:00–20:00', 'Two hours morning and evening: 7:00–9:00 and 18:00–20:00'),
      },
    ],
    site: tx('小区垃圾分类亭旁', 'next to the waste-sorting kiosk on the estate'),
    suitableFor: ['physical', 'hearing', 'speech'], stepFree: true, accessibleToilet: false, signLanguageLikely: false,
    siteNote: tx('室外工作点，地面平整，有遮雨棚和座椅。', 'An outdoor post on level ground, with a rain shelter and a seat.'),
    requirements: tx('住在本小区或附近；会用手机扫码。', 'Live on or near the estate; can scan codes with a phone.'),
  },
  {
    category: 'group_buying', workType: 'flexible', count: 6, sources: [S.hezeMicroJobs],
    employers: [
      tx('{district}邻里优选团购自提点', '{district} Linli Youxuan Pickup Point'),
      tx('{district}惠邻生鲜团购站', '{district} Huilin Fresh Food Group-Buying Point'),
    ],
    variants: [
      {
        title: tx('社区团购自提点店员', 'Assistant at a community group-buying pickup point'),
        description: tx('每天到货后清点商品，按订单分好，等居民来取；在微信群里提醒大家取货。', 'Count the goods when they arrive each day, sort them by order and hand them to residents; remind people in the group chat to collect.'),
        pay: month(2400, 3000),
        hours: tx('每天6小时，9:00–15:00', '6 hours a day, 9:00–15:00'),
      },
      {
        title: tx('社区团购团长助理', "Community group-buying organiser's assistant"),
        description: tx('帮团长在群里发商品信息、统计订单、回答居民问题。底薪加提成，一部分工作可以在家用手机做。', "Help the organiser post products in the group chat, tally orders and answer residents' questions. Base pay plus commission; some of the work can be done at home on a phone."),
        pay: month(2400, 3600),
        hours: tx('每天约5小时，时间较灵活', 'About 5 hours a day, flexible times'),
      },
    ],
    site: tx('小区底商', 'ground-floor shop on the estate'),
    suitableFor: ['physical', 'hearing', 'speech'], stepFree: true, accessibleToilet: false, signLanguageLikely: false,
    siteNote: shopNote,
    requirements: tx('会用微信和手机表格；做事细心，会简单算账。', 'Can use WeChat and a phone spreadsheet; careful, with basic arithmetic.'),
  },
  {
    category: 'laundry', workType: 'flexible', count: 6, sources: [S.hezeMicroJobs],
    employers: [
      tx('{district}洁衣坊洗衣代收点', '{district} Jieyifang Laundry Drop-off Point'),
      tx('{city}净衣洗涤服务中心', '{city} Jingyi Laundry Services Centre'),
    ],
    variants: [
      {
        title: tx('洗衣代收代取员', 'Laundry drop-off and pickup attendant'),
        description: tx('在社区收衣点接收居民送洗的衣物，检查口袋和污渍，登记后交给洗衣厂；洗好后通知居民来取。', "Take in residents' laundry at the community drop-off point, check pockets and stains, log each item and pass it to the laundry; tell residents when it is ready."),
        pay: month(2400, 3000),
        hours: tx('每天7小时，9:00–12:00，14:00–18:00', '7 hours a day, 9:00–12:00 and 14:00–18:00'),
      },
      {
        title: tx('洗衣店熨烫整理员', 'Ironing and folding assistant at a laundry'),
        description: tx('把洗好的衣服熨平、叠好、套袋，挂到取衣架上。可以站着也可以坐着干。', 'Iron, fold and bag clean clothes and hang them on the pickup rail. You can work standing or seated.'),
        pay: day(170, 210, 7),
        hours: tx('每天7小时，一周上5天', '7 hours a day, 5 days a week'),
      },
    ],
    site: tx('社区便民服务中心一楼', 'ground floor of the community services centre'),
    suitableFor: ['hearing', 'speech', 'physical'], stepFree: true, accessibleToilet: true, signLanguageLikely: true,
    siteNote: tx('一楼无台阶，服务中心内有无障碍厕所。', 'Ground floor with no steps; the services centre has an accessible toilet.'),
    requirements: tx('做事细心，会用手机登记；不要求经验。', 'Careful; can log items on a phone. No experience needed.'),
  },
  {
    category: 'massage', workType: 'full_time', count: 9, sources: [S.hezeMicroJobs, S.qingdaoPlan, S.shandongFederation],
    employers: [
      tx('{district}明心盲人按摩中心', '{district} Mingxin Blind Massage Centre'),
      tx('{district}康乐盲人保健按摩店', '{district} Kangle Blind Health Massage Shop'),
    ],
    variants: [
      {
        title: tx('盲人保健按摩师', 'Health massage therapist (blind or low vision)'),
        description: tx('在“齐鲁手创”品牌盲人按摩店为顾客做保健按摩。店里按钟点派单，收入以提成为主。', "Give health massages to customers at a blind massage shop in the Qilu Shouchuang network. Customers are assigned by the hour and pay is mainly commission."),
        pay: month(3000, 6000),
        hours: tx('每天约9小时，10:00–22:00轮班，月休4天，管午饭', 'About 9 hours a day on rotating shifts between 10:00 and 22:00, 4 days off a month, lunch provided'),
      },
      {
        title: tx('盲人按摩店学徒按摩师', 'Apprentice massage therapist at a blind massage shop'),
        description: tx('有老师傅带着学按摩手法，边学边做。学满3个月可以独立接待顾客。', 'Learn massage techniques from an experienced therapist while you work. After 3 months you take customers on your own.'),
        pay: month(2500, 4000),
        hours: tx('每天8小时，月休4天，可提供住宿', '8 hours a day, 4 days off a month, accommodation available'),
        requirements: tx('持残疾人证（视力）；零基础可以学，有按摩培训经历优先。', 'Disability certificate (visual). Beginners welcome; massage training is a plus.'),
      },
      {
        title: tx('盲人医疗按摩师（中医门诊部）', 'Medical massage therapist (blind), Chinese-medicine clinic'),
        description: tx('在中医门诊部康复科做医疗按摩，按医生开的治疗单工作，签劳动合同，缴五险。', "Give medical massage in a Chinese-medicine clinic's rehabilitation department, following the doctor's treatment notes. Labour contract and social insurance."),
        pay: month(4000, 6500),
        hours: tx('每天8小时，8:00–17:00，周日休息', '8 hours a day, 8:00–17:00, Sundays off'),
        requirements: tx('持盲人医疗按摩人员资格证书；持残疾人证（视力）。', 'Blind medical massage practitioner qualification; disability certificate (visual).'),
        employers: [tx('{district}仁和中医门诊部', '{district} Renhe Chinese Medicine Clinic')],
        // 医疗按摩 is named by the Qingdao plan and, province-wide, by 鲁残联发〔2023〕6号 (not by the Heze plan).
        sources: [S.qingdaoPlan, S.shandongFederation],
      },
    ],
    site: tx('临街门店一楼', 'street-front premises, ground floor'),
    suitableFor: ['visual'], stepFree: true, accessibleToilet: true, signLanguageLikely: false,
    siteNote: tx('门口有盲道，店内过道不放杂物，按摩床位置固定不挪动。', 'Tactile paving leads to the door, aisles are kept clear and the massage tables are never moved.'),
    requirements: tx('持盲人保健按摩培训合格证明或有按摩经验；持残疾人证（视力）。', 'Blind health massage training certificate or massage experience; disability certificate (visual).'),
  },
  {
    category: 'housekeeping', workType: 'full_time', count: 8, sources: [S.hezeMicroJobs, S.shandongMicroJobs],
    employers: [
      tx('{district}巧手家政服务有限公司', '{district} Qiaoshou Housekeeping Services Co., Ltd.'),
      tx('{city}安心家政服务中心', '{city} Anxin Housekeeping Centre'),
      tx('{district}{community}社区家政服务网点', '{community} Community Housekeeping Point, {district}'),
    ],
    variants: [
      {
        title: tx('家政保洁员', 'Domestic cleaner'),
        description: tx('家政公司派单，上门给居民家做日常保洁和厨房、卫生间清洁。工具和清洁剂由公司提供。', "Go to residents' homes on jobs assigned by the company and do routine cleaning, including kitchens and bathrooms. The company provides tools and cleaning products."),
        pay: month(3000, 4500),
        hours: tx('每天8小时，8:30–17:30，轮休', '8 hours a day, 8:30–17:30, rotating days off'),
      },
      {
        title: tx('写字楼保洁员', 'Office building cleaner'),
        description: tx('负责写字楼一层的地面、卫生间和垃圾清理。区域固定，熟悉后很简单。', 'Keep one floor of an office building clean: floors, toilets and bins. You always work the same area, so it soon becomes routine.'),
        pay: month(2400, 3000),
        hours: tx('每天8小时，7:00–15:00', '8 hours a day, 7:00–15:00'),
        suitableFor: ['hearing', 'speech', 'intellectual'],
      },
      {
        title: tx('家政收纳整理师助理', 'Home organising assistant'),
        description: tx('跟着整理师上门，帮客户整理衣柜、厨房和储物间，学习分类收纳方法。', "Go with a professional organiser to clients' homes to sort wardrobes, kitchens and storerooms, and learn how to organise them."),
        pay: month(3200, 4500),
        hours: tx('每天8小时，按预约上门，周末可能加班', '8 hours a day by appointment; some weekend work'),
      },
    ],
    site: tx('家政服务网点', 'housekeeping service point'),
    // The work asks for long standing and walking (see requirements), so it is not offered for physical disabilities.
    suitableFor: ['hearing', 'speech'], stepFree: true, accessibleToilet: false, signLanguageLikely: true,
    siteNote: tx('上门服务地点不固定，公司优先安排有电梯的小区。', 'Job locations vary; the company gives priority to buildings with lifts.'),
    requirements: tx('身体健康，能较长时间站立和走动；公司提供岗前培训，欢迎残疾妇女报名。', 'In good health and able to stand and walk for long periods. Pre-job training provided; disabled women are especially welcome.'),
  },
  {
    category: 'housekeeping', workType: 'flexible', count: 6, sources: [S.hezeMicroJobs, S.shandongMicroJobs],
    employers: [
      tx('{district}{community}社区家政服务网点', '{community} Community Housekeeping Point, {district}'),
      tx('{city}安心家政服务中心', '{city} Anxin Housekeeping Centre'),
    ],
    variants: [
      {
        title: tx('钟点工保洁（按小时计）', 'Hourly home cleaner'),
        description: tx('通过社区家政网点接单，上门做2–4小时的保洁，接单时间自己选。', 'Take cleaning jobs of 2–4 hours through the community housekeeping point and choose when you work.'),
        pay: hour(30, 40),
        hours: tx('时间自选，每单2–4小时', 'Your choice of times, 2–4 hours per job'),
      },
      {
        title: tx('家电清洗保洁员', 'Appliance cleaning technician'),
        description: tx('上门清洗油烟机、空调、洗衣机。先带薪培训一周，学会后独立接单。', 'Clean range hoods, air conditioners and washing machines in homes. One week of paid training, then you take jobs on your own.'),
        pay: day(200, 280, 8),
        hours: tx('按单上门，旺季每天6–8小时', 'Jobs by appointment, 6–8 hours a day in the busy season'),
      },
    ],
    site: tx('社区家政服务网点', 'community housekeeping point'),
    // Stairs and step ladders (see requirements) rule out listing it for physical disabilities.
    suitableFor: ['hearing', 'speech'], stepFree: true, accessibleToilet: false, signLanguageLikely: true,
    siteNote: tx('网点在一楼无台阶；上门地点不固定。', 'The service point is on the ground floor with no steps; job locations vary.'),
    requirements: tx('会用手机接单和导航；能爬楼梯、短时间登高。', 'Can take jobs and navigate with a phone; can climb stairs and use a step ladder briefly.'),
  },
  {
    category: 'data_labeling', workType: 'full_time', count: 9, sources: [S.cdpfBulletin], employers: dataEmployers,
    variants: [
      {
        title: tx('数据标注员', 'Data labeler'),
        description: tx('在电脑上给图片、语音或文字打标签，比如框出图里的车辆、核对文字是否正确。按规则做，不需要会编程。', 'Label images, audio or text on a computer, for example drawing boxes around cars in photos or checking that text is correct. You follow clear rules; no programming needed.'),
        pay: month(2600, 4000),
        hours: tx('每天8小时，9:00–17:30，双休', '8 hours a day, 9:00–17:30, weekends off'),
      },
      {
        title: tx('图像数据标注专员（培训上岗）', 'Image data labeling specialist (training provided)'),
        description: tx('先参加2周免费岗前培训，考核合格后上岗，按准确率和数量发绩效。', 'Start with two weeks of free training; after passing the test you start work and earn a bonus for accuracy and volume.'),
        pay: month(2800, 4500),
        hours: tx('每天8小时，9:00–17:30，月休6天', '8 hours a day, 9:00–17:30, 6 days off a month'),
      },
    ],
    site: tx('产业园办公楼3层（有电梯）', '3rd floor of an industrial-park office building (lift available)'),
    suitableFor: ['physical', 'hearing', 'speech'], stepFree: true, accessibleToilet: true, signLanguageLikely: true,
    siteNote: tx('电梯直达，工位桌子可调高低，有轮椅位。', 'Lift to the floor, height-adjustable desks and wheelchair-accessible workstations.'),
    requirements: tx('初中及以上文化；会用电脑打字；能较长时间看屏幕。', 'Junior secondary education or above; can type on a computer; comfortable looking at a screen for long periods.'),
  },
  {
    category: 'data_labeling', workType: 'home_based', count: 7, sources: [S.qingdaoPlan, S.cdpfBulletin], employers: dataEmployers,
    variants: [
      {
        title: tx('居家数据标注员', 'Home-based data labeler'),
        description: tx('在家用自己的电脑做数据标注，平台派单，按完成条数计酬，熟练后每月约2000–3500元。先在驿站参加免费培训。', 'Do data labeling at home on your own computer. The platform assigns tasks and pays per item; once experienced, people earn about 2,000–3,500 yuan a month. Free training at the station first.'),
        pay: piece(0.08, 0.3),
        hours: tx('时间自由，建议每天在线4小时以上', 'Flexible hours; at least 4 hours online a day is recommended'),
      },
      {
        title: tx('文本数据标注员（居家）', 'Text data labeler (home-based)'),
        description: tx('在家判断句子的类别和语气，给文字打标签，帮人工智能学习。按条计酬。', 'From home, decide the topic and tone of sentences and tag them, to help train AI systems. Paid per item.'),
        pay: piece(0.05, 0.2),
        hours: tx('时间自由，每周交一次结果', 'Flexible hours; results are submitted weekly'),
      },
    ],
    site: homeSite,
    suitableFor: ['physical', 'hearing', 'speech'], stepFree: true, accessibleToilet: true, signLanguageLikely: true,
    siteNote: homeNote,
    requirements: tx('家里有电脑和宽带；会拼音或五笔打字；每天能在线4小时以上。', 'A computer and broadband at home; can type Chinese; online at least 4 hours a day.'),
  },
  {
    category: 'customer_service', workType: 'full_time', count: 9, sources: [S.cdpfBulletin],
    employers: [
      tx('{city}畅联呼叫中心', '{city} Changlian Call Centre'),
      tx('{city}和声客户服务有限公司', '{city} Hesheng Customer Service Co., Ltd.'),
      tx('{district}残疾人培训就业基地', '{district} Training and Employment Base for Disabled People'),
    ],
    variants: [
      {
        title: tx('电话客服专员', 'Telephone customer service agent'),
        description: tx('接听客户来电，回答套餐、账单等常见问题，把问题记到系统里。电脑装有读屏软件，视力障碍者也能做。', 'Answer customer calls about plans and bills and log each case in the system. Computers have screen-reader software, so blind and low-vision staff can do the job.'),
        pay: month(2800, 4200),
        hours: tx('每天8小时，排班制，有夜班补贴', '8-hour shifts on a rota, with a night-shift allowance'),
      },
      {
        title: tx('呼叫专员（客服热线回访）', 'Call centre agent (customer service follow-up calls)'),
        description: tx('按名单给客户打回访电话，照着话术问几个问题，记下回答。', 'Call customers from a list, ask a few questions from a script and record the answers.'),
        pay: month(2500, 3800),
        hours: tx('每天7.5小时，9:00–17:30，双休', '7.5 hours a day, 9:00–17:30, weekends off'),
      },
    ],
    site: tx('写字楼5层（有电梯）', '5th floor of an office building (lift available)'),
    suitableFor: ['visual', 'physical'], stepFree: true, accessibleToilet: true, signLanguageLikely: false,
    siteNote: tx('电梯有盲文按键和语音报层；从电梯到工位铺了盲道。', 'The lift has Braille buttons and announces floors; tactile paving runs from the lift to the desks.'),
    requirements: tx('普通话清楚，听力正常；会用电脑或读屏软件；高中或中专以上文化优先。', 'Clear Mandarin and normal hearing; can use a computer or screen reader; senior secondary or vocational school education preferred.'),
  },
  {
    category: 'customer_service', workType: 'home_based', count: 7, sources: [S.cdpfBulletin],
    employers: [
      tx('{city}云帆电子商务有限公司', '{city} Yunfan E-commerce Co., Ltd.'),
      tx('{city}悦声在线服务有限公司', '{city} Yuesheng Online Services Co., Ltd.'),
    ],
    variants: [
      {
        title: tx('在线文字客服（居家）', 'Online text customer service (home-based)'),
        description: tx('在家用电脑回复网店顾客的文字咨询：查物流、介绍商品、办退换货。不用打电话。', "Reply to online shoppers' text messages from home: track deliveries, explain products and handle returns. No phone calls."),
        pay: month(2400, 3500),
        hours: tx('每天8小时，早班8:00–16:00或晚班16:00–24:00', '8 hours a day, early shift 8:00–16:00 or late shift 16:00–24:00'),
      },
      {
        title: tx('售后客服（居家兼职）', 'After-sales customer service (home-based, part-time)'),
        description: tx('在家处理网店的售后留言：核对订单、登记退款，复杂问题转给组长。', "Handle an online shop's after-sales messages from home: check orders, log refunds and pass difficult cases to the team leader."),
        pay: hour(24, 28),
        hours: tx('每天4小时，可选时段', '4 hours a day at times you choose'),
      },
    ],
    site: homeSite,
    suitableFor: ['hearing', 'speech', 'physical'], stepFree: true, accessibleToilet: true, signLanguageLikely: true,
    siteNote: homeNote,
    requirements: tx('每分钟能打40字以上；家里有电脑和稳定网络；有耐心。', 'Type at least 40 Chinese characters a minute; a computer and stable internet at home; patience.'),
  },
  {
    category: 'ecommerce', workType: 'full_time', count: 6, sources: [S.qingdaoPlan, S.shandongFederation],
    employers: [
      tx('{district}农特产电商服务中心', '{district} Farm Produce E-commerce Centre'),
      tx('{city}优品电子商务有限公司', '{city} Youpin E-commerce Co., Ltd.'),
    ],
    variants: [
      {
        title: tx('电商运营助理', 'E-commerce operations assistant'),
        description: tx('帮网店上架商品、改价格、整理订单和库存表格，学着做简单的图片处理。', 'Help an online shop list products, update prices, keep order and stock spreadsheets, and learn simple photo editing.'),
        pay: month(2800, 4000),
        hours: tx('每天8小时，9:00–18:00，月休6天', '8 hours a day, 9:00–18:00, 6 days off a month'),
      },
      {
        title: tx('农产品网店打包发货员', 'Packing and shipping clerk for an online farm-produce shop'),
        description: tx('按订单挑选、称重、打包农产品，贴快递单。', 'Pick, weigh and pack farm produce for each order and stick on the shipping label.'),
        pay: month(2400, 3200),
        hours: tx('每天8小时，促销季会加班（有加班费）', '8 hours a day; paid overtime during sales seasons'),
      },
    ],
    site: tx('电商产业园1层', 'ground floor, e-commerce park'),
    suitableFor: ['physical', 'hearing', 'speech'], stepFree: true, accessibleToilet: true, signLanguageLikely: true,
    siteNote: tx('园区入口有坡道，一楼有无障碍厕所。', 'Ramped entrance to the park and an accessible toilet on the ground floor.'),
    requirements: tx('会用电脑和手机；初中以上文化。', 'Can use a computer and a smartphone; junior secondary education or above.'),
  },
  {
    category: 'ecommerce', workType: 'flexible', count: 6, sources: [S.qingdaoPlan, S.shandongFederation],
    employers: [
      tx('{city}星光助残直播基地', '{city} Xingguang Livestream Base for Disabled People'),
      tx('{district}乡村振兴直播间', '{district} Rural Revitalisation Livestream Studio'),
    ],
    variants: [
      {
        title: tx('直播助理（场控）', 'Livestream assistant (studio support)'),
        description: tx('在直播间帮主播递样品、改价格、回复评论区的问题。', 'Help the host during live-streamed sales: hand over samples, change prices and answer questions in the comments.'),
        pay: day(100, 150, 4),
        hours: tx('每场3–4小时，多在19:00–23:00', '3–4 hours per stream, mostly 19:00–23:00'),
      },
      {
        title: tx('直播带货主播（新手可培训）', 'Live-commerce host (training for beginners)'),
        description: tx('在直播间介绍本地农产品和手工艺品。底薪加提成，基地免费教拍摄和话术。', 'Present local farm products and handicrafts in live streams. Base pay plus commission; the base teaches filming and presenting for free.'),
        pay: month(2500, 5000),
        hours: tx('每天直播2场，每场2–3小时', 'Two streams a day, 2–3 hours each'),
        suitableFor: ['physical', 'visual'],
        requirements: tx('普通话较好，愿意上镜；肢体和视力残疾人均可。', 'Good Mandarin and happy to be on camera; people with physical or visual disabilities are welcome.'),
      },
    ],
    site: tx('直播基地2层（有电梯）', '2nd floor of the livestream base (lift available)'),
    suitableFor: ['physical', 'hearing', 'speech'], stepFree: true, accessibleToilet: true, signLanguageLikely: true,
    siteNote: tx('电梯直达，直播间门宽90厘米，轮椅可进。', 'Lift to the floor; studio doors are 90 cm wide for wheelchairs.'),
    requirements: tx('会用智能手机，反应快；打字快更好。', 'Comfortable with a smartphone and quick to respond; fast typing is a plus.'),
  },
  {
    category: 'content_review', workType: 'home_based', count: 7, sources: [S.qingdaoPlan, S.cdpfBulletin],
    employers: [
      tx('{city}清朗网络信息服务有限公司', '{city} Qinglang Online Information Services Co., Ltd.'),
      tx('{city}云帆人工智能数据中心', '{city} Yunfan AI Data Centre'),
    ],
    variants: [
      {
        title: tx('云审核员（居家）', 'Online content reviewer (home-based)'),
        description: tx('在家用电脑查看网上的图片、视频和评论，按规则判断是否违规，点“通过”或“不通过”。', "From home, look at online images, videos and comments, decide against a rule book whether they break the rules, and click 'pass' or 'reject'."),
        pay: month(2500, 3800),
        hours: tx('每天8小时，三个班次可选', '8 hours a day, choice of three shifts'),
      },
      {
        title: tx('商品信息审核员（居家兼职）', 'Product listing checker (home-based, part-time)'),
        description: tx('核对网店商品的标题、图片和价格是否一致、是否合规。', "Check that online shop listings' titles, photos and prices match and follow the rules."),
        pay: hour(24, 26),
        hours: tx('每天4小时，时段可选', '4 hours a day at times you choose'),
      },
    ],
    site: homeSite,
    suitableFor: ['physical', 'hearing', 'speech'], stepFree: true, accessibleToilet: true, signLanguageLikely: true,
    siteNote: homeNote,
    requirements: tx('高中或中专以上文化；家有电脑和宽带；能按规则判断；可能看到不良内容，需要有一定心理承受力。', 'Senior secondary or vocational school education; a computer and broadband at home; able to apply rules consistently and cope with occasionally seeing unpleasant content.'),
  },
  {
    category: 'audiobook', workType: 'home_based', count: 6, sources: [S.qingdaoPlan],
    employers: [
      tx('{city}声动文化传媒有限公司', '{city} Shengdong Culture Media Co., Ltd.'),
      tx('{city}听书坊有声工作室', '{city} Tingshufang Audio Studio'),
    ],
    variants: [
      {
        title: tx('有声书主播（居家录音）', 'Audiobook narrator (recording at home)'),
        description: tx('在家朗读小说或科普书，录成有声书。平台提供读屏软件能读的文稿，并负责后期剪辑。每集约20分钟，按集计酬。', 'Read novels or popular-science books aloud at home to make audiobooks. The platform supplies scripts a screen reader can read and does the editing. Each episode is about 20 minutes and paid per episode.'),
        pay: piece(30, 80),
        hours: tx('时间自由，每周交稿3–5集', 'Flexible hours; 3–5 episodes a week'),
      },
      {
        title: tx('有声书后期剪辑员（居家）', 'Audiobook audio editor (home-based)'),
        description: tx('在家用电脑剪掉录音里的杂音和口误，调整音量。工作室免费教剪辑软件。', 'From home, cut noise and slips from recordings and even out the volume. The studio teaches the editing software for free.'),
        pay: month(2400, 3500),
        hours: tx('每天约6小时，时间自由', 'About 6 hours a day, flexible'),
        requirements: tx('听力正常，会用电脑或读屏软件；家里有电脑和耳机；工作室免费培训。', 'Normal hearing; can use a computer or screen reader; a computer and headphones at home; free training from the studio.'),
      },
    ],
    site: homeSite,
    suitableFor: ['visual', 'physical'], stepFree: true, accessibleToilet: true, signLanguageLikely: false,
    siteNote: homeNote,
    requirements: tx('发音清楚（普通话二级乙等以上优先）；家里有安静的房间和电脑或手机；平台免费试音和培训。', 'Clear pronunciation (Putonghua level 2B or above preferred); a quiet room and a computer or phone at home; free voice test and training.'),
  },
  {
    category: 'handicraft', workType: 'assisted', count: 11, sources: [S.shandongFederation],
    employers: [tx('{district}如康家园', '{district} Rukang Home'), tx('{district}阳光如康家园', '{district} Sunshine Rukang Home')],
    variants: [
      {
        title: tx('如康家园手工编织', 'Hand weaving at a Rukang Home'),
        description: tx('在如康家园和大家一起编杯垫、挂件等小物件。就业辅导员手把手教，做得慢也没关系，中午可以休息。', 'Weave small items such as coasters and hanging ornaments with others at the Rukang Home. A job coach shows you every step; working slowly is fine and there is a rest at lunchtime.'),
        pay: piece(10, 25),
        hours: tx('周一至周五 9:00–15:30，可以只来半天', 'Monday to Friday 9:00–15:30; half days are fine'),
        sources: [S.cdpfBulletin],
      },
      {
        title: tx('如康家园网袋封口（手工）', 'Sealing mesh bags by hand at a Rukang Home'),
        description: tx('把装好的网袋扎口、封好，点数装箱。动作简单，一直重复。', 'Tie and seal filled mesh bags, then count them into boxes. The same simple steps, repeated.'),
        pay: piece(0.03, 0.06),
        hours: tx('周一至周五 9:00–15:30，可以只来半天', 'Monday to Friday 9:00–15:30; half days are fine'),
        sources: [S.cdpfBulletin],
      },
      {
        title: tx('如康家园手工拉花制作', 'Making paper garlands by hand at a Rukang Home'),
        description: tx('按样品折纸、粘贴，做节日用的拉花。有人检查质量，做错了可以重做。', 'Fold and glue paper into festive garlands following a sample. Someone checks the work and mistakes can be redone.'),
        pay: piece(0.1, 0.3),
        hours: tx('周一至周五 9:00–15:00', 'Monday to Friday 9:00–15:00'),
        sources: [S.cdpfBulletin],
      },
      {
        title: tx('如康家园来料加工（手套、发制品）', 'Outsourced handwork at a Rukang Home (gloves, hair goods)'),
        description: tx('给工厂送来的手套翻面、剪线头，或给发制品梳理分股，按件计酬。', 'Turn gloves right side out and trim threads, or comb and divide hair pieces for a local factory, paid per piece.'),
        // Per piece, as the other 如康家园 work: a monthly base would have to reach the minimum wage.
        pay: piece(0.05, 0.1),
        hours: tx('周一至周五 8:30–15:30，中午午休', 'Monday to Friday 8:30–15:30 with a lunch rest'),
        sources: [S.shandongMicroJobs],
      },
    ],
    site: tx('社区综合服务中心一楼', 'ground floor of the community service centre'),
    suitableFor: ['intellectual', 'mental', 'physical'], stepFree: true, accessibleToilet: true, signLanguageLikely: false,
    siteNote: tx('一楼无台阶，有无障碍厕所和休息室；就业辅导员全天在场。', 'Ground floor with no steps, an accessible toilet and a rest room; a job coach is there all day.'),
    requirements: rukangRequirements,
  },
  {
    category: 'handicraft', workType: 'home_based', count: 6, sources: [S.shandongMicroJobs],
    employers: [
      tx('{district}{community}社区微工厂', '{community} Community Micro-Factory, {district}'),
      tx('{city}巧手工艺品有限公司', '{city} Qiaoshou Crafts Co., Ltd.'),
      tx('{district}美丽工坊', '{district} Beautiful Workshop'),
    ],
    variants: [
      {
        title: tx('居家手工来料加工（串珠、贴标）', 'Home handwork (beading, labelling)'),
        description: tx('社区微工厂把材料送到家，在家串珠子、贴标签、装小配件，做好后统一收回，按件计酬。', 'The community micro-factory brings materials to your home. You thread beads, stick on labels or bag small parts; finished work is collected and paid per piece.'),
        pay: piece(0.05, 0.2),
        hours: tx('时间自由，每周收货两次', 'Flexible hours; finished work is collected twice a week'),
      },
      {
        title: tx('居家手工编织（草柳编）', 'Home hand weaving (straw and willow)'),
        description: tx('在家用草和柳条编篮子、收纳筐，按样品做，按件计酬。第一次到工坊学几天。', 'Weave baskets and storage boxes from straw and willow at home following a sample, paid per piece. Spend a few days learning at the workshop first.'),
        pay: piece(15, 40),
        hours: tx('时间自由，按订单交货', 'Flexible hours; deliver by the order deadline'),
        sources: [S.cdpfBulletin],
      },
    ],
    site: homeSite,
    suitableFor: ['physical', 'hearing', 'speech'], stepFree: true, accessibleToilet: true, signLanguageLikely: true,
    siteNote: homeNote,
    requirements: tx('手指灵活，能看清小零件；先到微工厂学1–2天。', 'Nimble fingers and good enough sight for small parts; spend 1–2 days learning at the micro-factory first.'),
  },
  {
    category: 'public_welfare', workType: 'public_welfare', count: 8, sources: [S.shandongMicroJobs],
    employers: [
      tx('{district}{community}社区居民委员会', "{community} Community Residents' Committee, {district}"),
      tx('{district}人力资源和社会保障局', '{district} Human Resources and Social Security Bureau'),
    ],
    variants: [
      {
        title: tx('社区保洁公益性岗位', 'Community cleaning (public-welfare post)'),
        description: tx('政府开发的公益性岗位：打扫小区公共区域、楼道和垃圾分类点。签劳动合同，单位缴社保。', "A government-funded public-welfare post: clean the estate's public areas, stairwells and waste-sorting points. Labour contract and social insurance provided."),
        pay: month(2400, 2600),
        hours: tx('每天6小时，7:00–10:00，15:00–18:00', '6 hours a day, 7:00–10:00 and 15:00–18:00'),
      },
      {
        title: tx('乡村保洁公益性岗位', 'Village cleaning (rural public-welfare post)'),
        description: tx('打扫村里的主干道和公共场所，按实际工作小时计酬，每月发放。', 'Clean the main roads and public spaces of the village, paid for the hours worked, monthly.'),
        // About 3 hours a day is part-time (非全日制) work: paid by the hour, at least the hourly minimum wage.
        pay: hour(24, 26),
        hours: tx('每天约3小时，时间灵活', 'About 3 hours a day, flexible times'),
        ruralOnly: true,
      },
      {
        title: tx('社区绿化保洁员（公益性岗位）', 'Community greenery and cleaning worker (public-welfare post)'),
        description: tx('给小区花坛浇水、拔草，捡拾垃圾。有组长带班。', 'Water flower beds, pull weeds and pick up litter on the estate, working with a team leader.'),
        pay: month(2400, 2600),
        hours: tx('每天6小时，夏季早晚错峰', '6 hours a day; early and late shifts in summer'),
      },
    ],
    site: tx('社区党群服务中心', 'community service centre'),
    suitableFor: ['physical', 'hearing', 'speech', 'intellectual'], stepFree: true, accessibleToilet: true, signLanguageLikely: false,
    siteNote: tx('报到地点在服务中心一楼，无台阶；工作在户外。', 'You report to the ground floor of the centre, with no steps; the work is outdoors.'),
    requirements: tx('本地户籍，已登记失业的就业困难人员（含持证残疾人），由社区就业驿站认定。', 'Local household registration; registered as unemployed with employment difficulties (certified disabled residents included), as confirmed by the community employment station.'),
  },
  {
    category: 'public_welfare', workType: 'public_welfare', count: 7, sources: [S.hezeMicroJobs, S.shandongMicroJobs],
    employers: [
      tx('{district}{community}社区居民委员会', "{community} Community Residents' Committee, {district}"),
      tx('{district}残疾人联合会', "{district} Disabled Persons' Federation"),
    ],
    variants: [
      {
        title: tx('社区就业服务专员（公益性岗位）', 'Community employment service assistant (public-welfare post)'),
        description: tx('在社区就业驿站接待居民，登记求职需求，推送岗位，讲解补贴政策。欢迎残疾人高校毕业生报名。', 'Welcome residents at the community employment station, record what work they want, pass on job openings and explain subsidies. Disabled graduates are encouraged to apply.'),
        pay: month(2400, 2800),
        hours: tx('周一至周五 8:30–17:00', 'Monday to Friday 8:30–17:00'),
        sources: [S.shandongMicroJobs],
      },
      {
        title: tx('助残联络员（公益性岗位）', 'Disability liaison worker (public-welfare post)'),
        description: tx('定期走访社区残疾人家庭，了解就业和康复需求，帮忙在“爱山东”上办事。', 'Visit disabled residents regularly to find out what they need for work and rehabilitation, and help them use the Aishandong government services app.'),
        pay: month(2400, 2700),
        hours: tx('周一至周五，每天6小时', 'Monday to Friday, 6 hours a day'),
      },
      {
        title: tx('社区图书室管理员（公益性岗位）', 'Community library attendant (public-welfare post)'),
        description: tx('管理社区图书室：借还书登记、整理书架、保持安静整洁。', 'Run the community library: log loans and returns, tidy the shelves and keep the room quiet and clean.'),
        pay: month(2400, 2600),
        hours: tx('周二至周六 9:00–16:00', 'Tuesday to Saturday 9:00–16:00'),
        suitableFor: ['physical', 'hearing', 'speech'],
      },
    ],
    site: tx('社区党群服务中心', 'community service centre'),
    suitableFor: ['physical', 'visual'], stepFree: true, accessibleToilet: true, signLanguageLikely: true,
    siteNote: tx('服务中心一楼，无台阶，有无障碍厕所，电脑装有读屏软件。', 'Ground floor of the centre with no steps and an accessible toilet; computers have screen-reader software.'),
    requirements: tx('本地户籍，登记失业的残疾人或离校未就业的残疾人高校毕业生；会用电脑。', 'Local household registration; a registered unemployed disabled resident or a disabled graduate without a job; can use a computer.'),
  },
  {
    category: 'community_service', workType: 'flexible', count: 6, sources: [S.hezeMicroJobs, S.shandongMicroJobs],
    employers: [
      tx('{district}便民理发室', '{district} Community Barbershop'),
      tx('{district}{community}社区便民爱心小屋', '{community} Community Caring Hut, {district}'),
    ],
    variants: [
      {
        title: tx('社区便民理发师', 'Community barber'),
        description: tx('在社区便民理发点给居民理发，以老人和孩子为主；每周一次上门给行动不便的老人理发。', 'Cut hair at the community barber point, mostly for older people and children; once a week, visit older residents who cannot get out.'),
        pay: day(200, 280, 8),
        hours: tx('每天6–8小时，9:00–17:00', '6–8 hours a day, 9:00–17:00'),
      },
      {
        title: tx('理发店助理（洗头、清扫）', 'Barbershop assistant (hair washing, sweeping)'),
        description: tx('给顾客洗头、递工具、打扫碎发，有机会跟师傅学理发。', "Wash customers' hair, hand tools to the barber and sweep up; you can learn to cut hair from the barber."),
        pay: month(2400, 3000),
        hours: tx('每天8小时，周一休息', '8 hours a day, Mondays off'),
      },
    ],
    site: tx('社区便民服务点', 'community service point'),
    suitableFor: ['hearing', 'speech', 'physical'], stepFree: true, accessibleToilet: false, signLanguageLikely: true,
    siteNote: shopNote,
    requirements: tx('会理常见发型，有美发证书优先；没经验的可以先当学徒。', 'Can do common haircuts (a hairdressing certificate is a plus); beginners can start as apprentices.'),
  },
  {
    category: 'community_service', workType: 'flexible', count: 6, sources: [S.hezeMicroJobs],
    employers: [
      tx('{district}{community}社区便民爱心小屋', '{community} Community Caring Hut, {district}'),
      tx('{district}便民修配服务点', '{district} Community Repair Point'),
    ],
    variants: [
      {
        title: tx('修鞋配钥匙摊位经营者', 'Shoe repair and key cutting stall keeper'),
        description: tx('在社区免费提供的10–20平方米小屋里修鞋、修伞、配钥匙，收入归自己，可以申请一次性创业补贴。', 'Run a shoe repair, umbrella repair and key-cutting stall in a free 10–20 m² room provided by the community. You keep what you earn and can apply for the one-off start-up subsidy.'),
        pay: day(80, 160, null),
        hours: tx('自己定，一般8:00–18:00', 'You decide; usually 8:00–18:00'),
      },
      {
        title: tx('修锁开锁师傅（需公安备案）', 'Locksmith (police registration required)'),
        description: tx('在社区服务点修锁、换锁芯；居民的开锁求助由服务点用手机文字派单，您看到后上门。不用接打电话。', 'Repair locks and replace lock cylinders at the community service point. Call-outs from residents who are locked out come as text orders on your phone, and you go to them. No phone calls.'),
        pay: day(200, 280, 8),
        hours: tx('白天在店，每天约8小时；夜间文字派单值班可选', 'About 8 hours a day in the shop; optional night call-outs by text order'),
        suitableFor: ['hearing', 'speech'],
        requirements: tx('有修锁手艺，能按规定到公安机关备案；会骑电动车。', 'Locksmith skills and able to register with the police as required; can ride an e-bike.'),
      },
    ],
    site: tx('社区便民爱心小屋（10–20平方米）', 'community Caring Hut (10–20 m²)'),
    suitableFor: ['physical', 'hearing', 'speech'], stepFree: true, accessibleToilet: false, signLanguageLikely: false,
    siteNote: tx('小屋临街，门口无台阶，轮椅可进；附近公厕有无障碍厕位。', 'The hut faces the street with a step-free door for wheelchairs; the nearby public toilet has an accessible cubicle.'),
    requirements: tx('有修鞋或配钥匙手艺；没手艺的可以先参加驿站推荐的培训。', 'Shoe repair or key-cutting skills; without them, take a training course the station recommends first.'),
  },
  {
    category: 'community_service', workType: 'full_time', count: 5, sources: [S.shandongFederation],
    employers: [tx('{district}便民报刊亭', '{district} Community Newsstand'), tx('{city}书香报刊发行站', '{city} Shuxiang Newspaper Distribution Point')],
    variants: [
      {
        title: tx('报刊亭值守员', 'Newsstand attendant'),
        description: tx('看管路边报刊亭，卖报纸、杂志和饮料，办理报刊订阅。坐着工作。', 'Run a roadside newsstand: sell newspapers, magazines and drinks, and take newspaper subscriptions. Seated work.'),
        pay: month(2400, 3000),
        hours: tx('7:00–18:00，两人轮班，每人每天约6小时', '7:00–18:00 shared by two people, about 6 hours each a day'),
      },
      {
        title: tx('报刊订阅投递员（社区）', 'Newspaper subscription and delivery worker (community)'),
        description: tx('每天早上把订阅的报纸送到居民家信箱，年底上门办理续订。', "Deliver subscribed newspapers to residents' letterboxes each morning and take renewals door to door at the end of the year."),
        pay: month(2400, 3000),
        hours: tx('每天6:00–10:00，下午整理订单', '6:00–10:00 every day, sorting orders in the afternoon'),
        // Only the Heze plan names 报刊订阅; 鲁残联发〔2023〕6号 names the 报刊零售亭 itself.
        sources: [S.hezeMicroJobs],
      },
    ],
    site: tx('路边报刊亭', 'roadside newsstand'),
    // The newsstand has a step at the door, so it is not listed as suitable for physical disabilities (issue #13).
    suitableFor: ['hearing', 'speech'], stepFree: false, accessibleToilet: false, signLanguageLikely: false,
    siteNote: tx('报刊亭门口有一级约10厘米的台阶，可以加装移动坡道。', 'The newsstand has a single step of about 10 cm at the door; a portable ramp can be added.'),
    requirements: tx('会用手机收款，会简单算账。', 'Can take payments on a phone and do simple sums.'),
  },
];
