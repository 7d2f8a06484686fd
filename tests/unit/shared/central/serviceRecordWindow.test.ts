import { describe, expect, it } from 'vitest';
import { serviceRecordWindowStart } from '../../../../shared/central/serviceRecord.js';

// "1年内" (鲁就办〔2023〕13号 item 16): a service counts for one year after it happened, not per calendar year.
describe('the 12333 window', () => {
  it('starts the same moment one year before, across the turn of the year', () => {
    expect(serviceRecordWindowStart(new Date('2027-01-10T03:04:05.678Z')).toISOString()).toBe('2026-01-10T03:04:05.678Z');
    expect(serviceRecordWindowStart(new Date('2026-12-31T23:59:59.999Z')).toISOString()).toBe('2025-12-31T23:59:59.999Z');
  });

  it('is 365 days long, or 366 when it spans a 29 February', () => {
    const days = (now: string): number => (Date.parse(now) - serviceRecordWindowStart(new Date(now)).getTime()) / 86_400_000;
    expect(days('2027-06-01T00:00:00Z')).toBe(365);
    expect(days('2028-06-01T00:00:00Z')).toBe(366);
  });

  it('on 29 February starts on 1 March of the year before, so it is never longer than a year', () => {
    expect(serviceRecordWindowStart(new Date('2028-02-29T10:00:00Z')).toISOString()).toBe('2027-03-01T10:00:00.000Z');
  });

  it('is the same instant whatever offset the time was written with', () => {
    expect(serviceRecordWindowStart(new Date('2027-01-01T07:00:00+08:00')).toISOString()).toBe('2025-12-31T23:00:00.000Z');
  });
});
