import { describe, expect, it } from 'vitest';
import { activityDraftSchema, certificationSchema, creditSchema, detectionSchema } from '../../lib/model/schema';
import { draft } from '../support/helpers';

describe('creditSchema', () => {
  it('accepts an accredited CEC and a plain CEU', () => {
    expect(creditSchema.parse({ kind: 'CEC', amount: 0.4, unit: 'CEU', body: 'nasm', hours: 4 })).toMatchObject({
      body: 'nasm',
    });
    expect(creditSchema.parse({ kind: 'CEU', amount: 1.5, unit: 'CEU', hours: 15 })).not.toHaveProperty('body');
  });

  it('refuses a CEC without a body, an unknown body, and amounts that are not positive numbers', () => {
    expect(creditSchema.safeParse({ kind: 'CEC', amount: 1, unit: 'CEC', hours: 1 }).success).toBe(false);
    expect(creditSchema.safeParse({ kind: 'CEC', amount: 1, unit: 'CEC', body: 'xyz', hours: 1 }).success).toBe(false);
    expect(creditSchema.safeParse({ kind: 'CEU', amount: 0, unit: 'CEU', hours: 0 }).success).toBe(false);
    expect(creditSchema.safeParse({ kind: 'CEU', amount: '1', unit: 'CEU', hours: 10 }).success).toBe(false);
    expect(creditSchema.safeParse({ kind: 'PDU', amount: 1, unit: 'PDU', hours: 1 }).success).toBe(false);
  });
});

describe('activityDraftSchema', () => {
  it('accepts a detected ACE course', () => {
    expect(activityDraftSchema.parse(draft())).toEqual(draft());
  });

  it.each([
    ['an empty title', { title: '   ' }],
    ['a title longer than 300 characters', { title: 'x'.repeat(301) }],
    ['a date that is not a calendar date', { completedOn: '2026-02-30' }],
    ['a timestamp instead of a date', { completedOn: '2026-09-14T10:00:00Z' }],
    ['a javascript: certificate link', { certificateUrl: 'javascript:alert(1)' }],
    ['a data: source URL', { sourceUrl: 'data:text/html,<script>alert(1)</script>' }],
    ['an unknown provider', { provider: 'evil' }],
  ])('refuses %s', (_, change) => {
    expect(activityDraftSchema.safeParse({ ...draft(), ...change }).success).toBe(false);
  });

  it('keeps markup in a title as plain text', () => {
    const title = '<img src=x onerror=alert(1)> Core Training';
    expect(activityDraftSchema.parse(draft({ title })).title).toBe(title);
  });

  it('removes control characters and bidi overrides from every text, whoever sends it, and keeps line breaks, tabs, RTL text and emoji', () => {
    const parsed = activityDraftSchema.parse(
      draft({
        title: '\u0007Core\u0000 Training \u202efdp.exe\u202c',
        organizer: 'City\u2066 Rec\u2069\u0085',
        courseCode: 'CEP\u001b251107',
        credits: [{ kind: 'CEU', amount: 1, unit: 'CEU\u007f', hours: 10 }],
        notes: 'Line 1\r\n\tLine 2\u0000\u202e',
      }),
    );
    expect(parsed).toMatchObject({
      title: 'Core Training fdp.exe',
      organizer: 'City Rec',
      courseCode: 'CEP251107',
      notes: 'Line 1\r\n\tLine 2',
    });
    expect(parsed.credits[0].unit).toBe('CEU');
    const rtl = 'تمارين المقاومة\u200f · אימון 💪🏽 🏋️‍♀️';
    expect(activityDraftSchema.parse(draft({ title: rtl })).title).toBe(rtl);
    // A title that is nothing but control characters is no title.
    expect(activityDraftSchema.safeParse(draft({ title: '\u202e\u0000' })).success).toBe(false);
  });

  it('keeps the length a shortened title had on its page, and refuses one that is not a count', () => {
    expect(activityDraftSchema.parse(draft({ shortened: { title: 1_048_576 } })).shortened).toEqual({
      title: 1_048_576,
    });
    for (const title of [0, -5, 1.5, '300'])
      expect(activityDraftSchema.safeParse({ ...draft(), shortened: { title } }).success).toBe(false);
  });
});

describe('certificationSchema', () => {
  const valid = {
    id: 'c1',
    body: 'nasm',
    name: 'NASM-CPT',
    cycleEnd: '2027-06-30',
    cycleMonths: 24,
    requirement: 2,
    cprRequired: true,
    createdAt: 1,
    updatedAt: 1,
  };
  it('accepts a certification and an "other" one with its own unit', () => {
    expect(certificationSchema.parse(valid)).toEqual(valid);
    expect(certificationSchema.parse({ ...valid, body: 'other', unit: 'credit', hoursPerUnit: 1 }).body).toBe('other');
  });
  it('refuses a missing cycle end and a zero requirement', () => {
    expect(certificationSchema.safeParse({ ...valid, cycleEnd: '' }).success).toBe(false);
    expect(certificationSchema.safeParse({ ...valid, requirement: 0 }).success).toBe(false);
  });
});

describe('detectionSchema', () => {
  it('refuses a detection for a provider that does not exist or with extra nesting', () => {
    expect(detectionSchema.safeParse({ provider: 'ace', activity: draft() }).success).toBe(true);
    expect(detectionSchema.safeParse({ provider: 'nope', activity: draft() }).success).toBe(false);
    expect(detectionSchema.safeParse({ provider: 'ace', activity: { title: 'x' } }).success).toBe(false);
  });
});
