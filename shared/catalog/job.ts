import { z } from 'zod';
import { LocalizedTextSchema } from './localizedText.js';
import { DisabilityCategorySchema } from './disability.js';
import { SiteAccessibilitySchema } from './accessibility.js';
import { DistrictCodeSchema } from '../geo/districts.js';

// One job listing. The same schema is used for the shipped seed and for catalogs pulled
// from the central API, so a refreshed catalog simply replaces the seed.
export const workTypes = ['full_time', 'flexible', 'home_based', 'assisted', 'public_welfare'] as const;
export const WorkTypeSchema = z.enum(workTypes);
export type WorkType = z.infer<typeof WorkTypeSchema>;

export const jobCategories = [
  'express', // 快递分拣/驿站
  'recycling', // 废旧物资回收
  'group_buying', // 社区团购
  'laundry', // 洗衣代收代取
  'massage', // 盲人保健按摩
  'housekeeping', // 家政
  'data_labeling', // 数据标注
  'customer_service', // 客服/呼叫专员
  'ecommerce', // 电商/直播助理
  'content_review', // 云审核
  'audiobook', // 有声书
  'handicraft', // 来料加工/手工编织
  'public_welfare', // 公益性岗位
  'community_service', // 理发, 修锁, 修鞋, 报刊 and other 社区微业 services
] as const;
export const JobCategorySchema = z.enum(jobCategories);
export type JobCategory = z.infer<typeof JobCategorySchema>;

export const payUnits = ['month', 'day', 'hour', 'piece'] as const;
export const PayUnitSchema = z.enum(payUnits);

export const PayRangeSchema = z
  .object({
    minYuan: z.number().nonnegative(),
    maxYuan: z.number().nonnegative(),
    unit: PayUnitSchema,
  })
  .refine((pay) => pay.maxYuan >= pay.minYuan, { message: 'maxYuan must be >= minYuan' });

const isoDate = z.iso.date();

/**
 * How to reach the employer, exactly as the central catalog gives it ('phone', 'online'), or 'station': go
 * through the community employment station (register interest; staff follow up), with the station as the value.
 * The kiosk never makes a number up: the seed, which has no real employers, uses 'station' only (issue #13).
 */
export const ContactSchema = z.object({
  method: z.enum(['phone', 'station', 'online']),
  value: z.string().min(1).max(200),
});

export const JobSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{3,64}$/),
  category: JobCategorySchema,
  title: LocalizedTextSchema,
  employer: LocalizedTextSchema,
  districtCode: DistrictCodeSchema,
  address: LocalizedTextSchema,
  pay: PayRangeSchema,
  hours: LocalizedTextSchema,
  workType: WorkTypeSchema,
  homeBased: z.boolean(),
  suitableFor: z.array(DisabilityCategorySchema),
  accessibility: SiteAccessibilitySchema,
  description: LocalizedTextSchema,
  requirements: LocalizedTextSchema,
  contact: ContactSchema,
  postedAt: isoDate,
  expiresAt: isoDate,
  /** Policy document the kind of work comes from, e.g. 菏残联发〔2024〕18号. */
  source: z.string().min(1).max(100),
  /**
   * True for the demonstration records shipped in assets/catalog (issue #13): the screens then say that this is
   * example data, not a real opening. Optional, so the central catalog need not send it.
   */
  demonstration: z.boolean().optional(),
}).refine((job) => job.expiresAt >= job.postedAt, { message: 'expiresAt must not be before postedAt', path: ['expiresAt'] });
export type Job = z.infer<typeof JobSchema>;
