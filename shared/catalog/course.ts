import { z } from 'zod';
import { LocalizedTextSchema } from './localizedText.js';
import { DisabilityCategorySchema } from './disability.js';
import { SiteAccessibilitySchema } from './accessibility.js';
import { DistrictCodeSchema } from '../geo/districts.js';

export const courseCategories = [
  'massage', // 盲人保健按摩 (齐鲁手创)
  'livestream_sales', // 直播销售
  'housekeeping', // 家政服务
  'express', // 快递服务
  'ride_delivery', // 网约配送
  'health_care', // 健康照护
  'handicraft', // 手工艺 (文创工坊/美丽工坊)
  'shandong_craft', // 山东手造
  'lu_cuisine', // 鲁菜师傅
  'data_labeling', // 数据标注
  'ai_trainer', // 人工智能训练师
  'ecommerce_service', // 电商客服
  'entrepreneurship', // 创业培训
] as const;
export const CourseCategorySchema = z.enum(courseCategories);
export type CourseCategory = z.infer<typeof CourseCategorySchema>;

export const courseFormats = ['in_person', 'at_station', 'online'] as const;
export const CourseFormatSchema = z.enum(courseFormats);

const isoDate = z.iso.date();

export const CourseSessionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{3,64}$/),
  startDate: isoDate,
  endDate: isoDate,
  /** Days and times in words, e.g. 周一至周五 9:00–11:30. */
  schedule: LocalizedTextSchema,
  seatsTotal: z.number().int().positive(),
  seatsTaken: z.number().int().nonnegative(),
  /** When the central API last confirmed the seat count; the kiosk shows this freshness. */
  seatsUpdatedAt: z.iso.datetime({ offset: true }),
})
  // A catalog from the central API is checked as strictly as the seed: impossible records are refused.
  .refine((session) => session.seatsTaken <= session.seatsTotal, { message: 'seatsTaken must not exceed seatsTotal', path: ['seatsTaken'] })
  .refine((session) => session.endDate >= session.startDate, { message: 'endDate must not be before startDate', path: ['endDate'] });
export type CourseSession = z.infer<typeof CourseSessionSchema>;

export const CourseSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{3,64}$/),
  category: CourseCategorySchema,
  title: LocalizedTextSchema,
  provider: LocalizedTextSchema,
  venue: LocalizedTextSchema,
  districtCode: DistrictCodeSchema,
  format: CourseFormatSchema,
  venueAccessibility: SiteAccessibilitySchema,
  description: LocalizedTextSchema,
  suits: LocalizedTextSchema,
  suitableFor: z.array(DisabilityCategorySchema),
  minAge: z.number().int().min(0).max(120),
  maxAge: z.number().int().min(0).max(120).nullable(),
  cost: z.object({
    freeForCertifiedDisabled: z.boolean(),
    feeYuan: z.number().nonnegative(),
  }),
  certificate: LocalizedTextSchema.nullable(),
  /** The subsidy the course unlocks, by policy id in the policy catalog (职业技能提升补贴 where the seeds say so). */
  subsidyPolicyId: z.string().nullable(),
  whatToBring: LocalizedTextSchema,
  sessions: z.array(CourseSessionSchema).min(1),
  source: z.string().min(1).max(100),
  /**
   * True for the demonstration records shipped in assets/catalog (issue #13): the screens then say that this is
   * example data, not a real opening. Optional, so the central catalog need not send it.
   */
  demonstration: z.boolean().optional(),
}).refine((course) => course.maxAge === null || course.maxAge >= course.minAge, { message: 'maxAge must not be below minAge', path: ['maxAge'] });
export type Course = z.infer<typeof CourseSchema>;
