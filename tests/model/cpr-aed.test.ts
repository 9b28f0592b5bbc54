import { describe, expect, it } from 'vitest';
import { isCprAedCourse } from '../../lib/model/cpr-aed';

describe('CPR/AED courses, from their titles', () => {
  it.each([
    'Adult First Aid/CPR/AED',
    'Adult CPR/AED (hands-on)',
    'BLS Provider',
    'Basic Life Support (BLS) for Healthcare Providers',
    'Heartsaver First Aid CPR AED Online',
    'Pediatric First Aid CPR AED',
    'First-Aid Essentials',
    'Cardiopulmonary Resuscitation and AED Use',
    'cpr recertification',
    'CPR Instructor Course',
  ])('recognizes “%s”', (title) => {
    expect(isCprAedCourse(title)).toBe(true);
  });

  it.each([
    'CPRA Compliance for Trainers',
    'Mental Health First Aid',
    'Psychological First Aid for Disaster Responders',
    'Pricing Personal Training in Dubai: AED 500 packages',
    'Reading BLS data on fitness careers',
    'Bureau of Labor Statistics (BLS) outlook for trainers',
    'Corrective Exercise Strategies for the Lower Body',
    'Functional Training for Older Adults',
    '',
  ])('leaves “%s” alone', (title) => {
    expect(isCprAedCourse(title)).toBe(false);
  });

  it('answers false without a title', () => {
    expect(isCprAedCourse(undefined)).toBe(false);
    expect(isCprAedCourse(null)).toBe(false);
  });
});

describe('a detected completion', () => {
  it('is marked CPR/AED when its title says so, and only then', async () => {
    const { detectionDraft } = await import('../../lib/background/tab-service');
    const activity = {
      title: 'BLS Provider',
      completedOn: '2026-09-14',
      courseCode: null,
      credits: [],
      sourceUrl: 'https://www.nasm.org/x',
      certificateUrl: null,
    };
    expect(detectionDraft({ provider: 'nasm', activity })).toMatchObject({ cprAed: true });
    expect(detectionDraft({ provider: 'nasm', activity: { ...activity, title: 'Golf Fitness' } })).not.toHaveProperty(
      'cprAed',
    );
  });
});
