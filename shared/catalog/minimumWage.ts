// Shandong's statutory minimum wage, so that no listing the kiosk ships offers less than the law allows.
//
// Source: 山东省人民政府《关于调整全省最低工资标准的通知》鲁政字〔2025〕140号, dated 2025-09-24, in force from
// 2025-10-01 (it repealed 鲁政字〔2023〕172号). Three classes (档) by county: 2400 / 2210 / 2020 元 a month for
// full-time work and 24 / 22 / 20 元 an hour for part-time (非全日制) work; which county is in which class is in
// the notice's annex. Text of the notice as reproduced at https://www.sogongzi.com/minimum/19.html (retrieved
// for issue #13); the official annex was not available to us.
//
// Rule used: because each district's class could not be established from the annex, every district is held to
// the highest class (一档). That is conservative: a listing that passes here passes in every Shandong county.
// When the annex is at hand, replace minimumWageFor with a lookup by district code.

export interface MinimumWage {
  /** 月最低工资标准, for full-time employees. */
  readonly monthlyYuan: number;
  /** 小时最低工资标准, for part-time (非全日制) employees. */
  readonly hourlyYuan: number;
}

export const minimumWageDocument = '鲁政字〔2025〕140号';
export const minimumWageEffectiveFrom = '2025-10-01';

export const shandongMinimumWageClasses = {
  first: { monthlyYuan: 2400, hourlyYuan: 24 },
  second: { monthlyYuan: 2210, hourlyYuan: 22 },
  third: { monthlyYuan: 2020, hourlyYuan: 20 },
} as const satisfies Record<string, MinimumWage>;

/** The minimum a listing in this district must offer; the highest class everywhere (see above). */
// The district stays in the signature so callers need not change once each district's class is known.
export function minimumWageFor(_districtCode: string): MinimumWage {
  return shandongMinimumWageClasses.first;
}
