import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween } from '../../lib/model/calendar';
import { renewalOverview } from '../../lib/tally/renewal';
import { activitySchema, certificationSchema } from '../../lib/model/schema';
import { sampleLog } from '../../scripts/sample-data';
import { testDb } from '../support/helpers';

describe('the sample log for screenshots', () => {
  const today = '2026-11-28';
  const { certifications, activities } = sampleLog(today);

  it('holds only records the schemas accept, and the store takes them all', async () => {
    for (const activity of activities) expect(activitySchema.parse(activity)).toEqual(activity);
    for (const certification of certifications) expect(certificationSchema.parse(certification)).toEqual(certification);
    const db = testDb();
    await db.activities.bulkAdd(activities);
    await db.certifications.bulkAdd(certifications);
    expect(await db.activities.count()).toBe(activities.length);
  });

  it('has two certifications from two bodies, and CECs and CEUs over two years', () => {
    expect(new Set(certifications.map((c) => c.body)).size).toBe(2);
    const credits = activities.flatMap((a) => a.credits);
    expect(credits.some((c) => c.kind === 'CEC')).toBe(true);
    expect(credits.some((c) => c.kind === 'CEU' && c.body === undefined)).toBe(true);
    const dates = activities.map((a) => a.completedOn).sort();
    expect(dates[0] < addMonths(today, -18)).toBe(true);
    expect(daysBetween(dates[dates.length - 1], today)).toBeLessThan(30);
  });

  it('shows one renewal on track and one due within 90 days, whatever the date', () => {
    for (const day of [today, '2027-02-28', '2028-07-31']) {
      const sample = sampleLog(day);
      const states = renewalOverview(sample.certifications, sample.activities, day).map((p) => [
        p.certification.name,
        p.state,
        p.share > 0 && p.share < 1,
      ]);
      expect(states).toEqual([
        ['ACSM-CPT', 'due-soon', true],
        ['NASM-CPT', 'in-progress', true],
      ]);
    }
  });
});
