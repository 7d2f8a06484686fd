import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { JobSchema } from '../../../shared/catalog/job.js';
import { minimumWageFor, shandongMinimumWageClasses } from '../../../shared/catalog/minimumWage.js';
import { districts } from '../../../shared/geo/districts.js';
import { jobKinds } from '../../../scripts/seed/jobTemplates.js';

// Issue #13: no seed listing offers less than Shandong's minimum wage (鲁政字〔2025〕140号), month and hour
// rates in jobs.json directly, day rates through the hours each template says a day has.

const jobs = z.array(JobSchema).parse(JSON.parse(readFileSync(fileURLToPath(new URL('../../../assets/catalog/jobs.json', import.meta.url)), 'utf8')));

describe('the minimum wage data', () => {
  it('holds the three classes of 鲁政字〔2025〕140号, highest first, monthly and hourly', () => {
    expect(shandongMinimumWageClasses).toEqual({
      first: { monthlyYuan: 2400, hourlyYuan: 24 },
      second: { monthlyYuan: 2210, hourlyYuan: 22 },
      third: { monthlyYuan: 2020, hourlyYuan: 20 },
    });
  });

  it('holds every district to a class, the highest until the annex gives each its own', () => {
    for (const district of districts) expect(minimumWageFor(district.code)).toEqual(shandongMinimumWageClasses.first);
  });
});

describe('seed pay', () => {
  it('pays every monthly listing at least the monthly minimum wage of its district', () => {
    const below = jobs.filter((job) => job.pay.unit === 'month' && job.pay.minYuan < minimumWageFor(job.districtCode).monthlyYuan);
    expect(below.map((job) => `${job.id} ${job.title['zh-CN']} ${job.pay.minYuan}`)).toEqual([]);
    expect(jobs.some((job) => job.pay.unit === 'month')).toBe(true);
  });

  it('pays every hourly listing at least the hourly minimum wage of its district', () => {
    const below = jobs.filter((job) => job.pay.unit === 'hour' && job.pay.minYuan < minimumWageFor(job.districtCode).hourlyYuan);
    expect(below.map((job) => `${job.id} ${job.title['zh-CN']} ${job.pay.minYuan}`)).toEqual([]);
    expect(jobs.some((job) => job.pay.unit === 'hour')).toBe(true);
  });

  it('states the hours of every day rate, which then pay at least the hourly minimum for each hour', () => {
    const hourly = shandongMinimumWageClasses.first.hourlyYuan;
    const dayVariants = jobKinds.flatMap((kind) => kind.variants).filter((variant) => variant.pay.unit === 'day');
    expect(dayVariants.length).toBeGreaterThan(0);
    const problems = dayVariants.flatMap((variant) => {
      const hours = variant.pay.hoursPerDay;
      if (hours === undefined) return [`${variant.title['zh-CN']}: no hoursPerDay`];
      // null: the resident keeps the takings of their own stall, which no minimum wage governs; the listing must say so.
      if (hours === null) return variant.description['zh-CN'].includes('收入归自己') ? [] : [`${variant.title['zh-CN']}: not self-employed`];
      return variant.pay.minYuan >= hours * hourly ? [] : [`${variant.title['zh-CN']}: ${variant.pay.minYuan} for ${hours} h`];
    });
    expect(problems).toEqual([]);
  });
});
