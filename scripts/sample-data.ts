import { addDays, addMonths, todayIso } from '../lib/model/calendar';
import { dedupKey } from '../lib/model/dedup';
import type { Activity, ActivityDraft, Certification, Credit } from '../lib/model/schema';
import { creditHours } from '../lib/model/units';

/**
 * A realistic log for screenshots and demos: a personal trainer with a NASM-CPT and an ACSM-CPT,
 * two years of courses with CECs from both bodies (one course approved by both), an ACE course that
 * counts toward neither, a CPR/AED course, and plain CEUs from workshops. Dates are relative to
 * `today`, so the picture is the same whenever it is made: NASM on track, ACSM due within 90 days.
 */
export function sampleLog(today: string = todayIso()): { certifications: Certification[]; activities: Activity[] } {
  const stamp = Date.parse(`${today}T12:00:00Z`);
  const certifications: Certification[] = [
    {
      id: 'sample-nasm-cpt',
      body: 'nasm',
      name: 'NASM-CPT',
      cycleEnd: endOfMonth(addMonths(today, 7)),
      cycleMonths: 24,
      requirement: 2,
      cprRequired: true,
      cprExpires: addMonths(today, 14),
      createdAt: stamp,
      updatedAt: stamp,
    },
    {
      id: 'sample-acsm-cpt',
      body: 'acsm',
      name: 'ACSM-CPT',
      cycleEnd: endOfMonth(addDays(today, 60)),
      cycleMonths: 36,
      requirement: 45,
      cprRequired: true,
      createdAt: stamp,
      updatedAt: stamp,
    },
  ];

  const cec = (body: 'nasm' | 'acsm' | 'ace', amount: number, unit: string): Credit => ({
    kind: 'CEC',
    amount,
    unit,
    body,
    hours: creditHours({ amount, unit, body }),
  });
  const ceu = (amount: number): Credit => ({
    kind: 'CEU',
    amount,
    unit: 'CEU',
    hours: creditHours({ amount, unit: 'CEU' }),
  });
  const ago = (days: number) => addDays(today, -days);

  const drafts: ActivityDraft[] = [
    {
      title: 'Corrective Exercise Strategies for the Lower Body',
      provider: 'nasm',
      completedOn: ago(12),
      credits: [cec('nasm', 0.4, 'CEU')],
      courseCode: null,
      format: 'online',
      sourceUrl: 'https://www.nasm.org/continuing-education/corrective-exercise-lower-body',
      certificateUrl: null,
    },
    {
      title: 'Resistance Training for Older Adults',
      provider: 'acsm',
      completedOn: ago(34),
      credits: [cec('acsm', 8, 'CEC')],
      courseCode: null,
      format: 'webinar',
      sourceUrl: 'https://www.acsm.org/education-resources/online-courses',
      certificateUrl: null,
    },
    {
      title: 'Workplace Safety and Ergonomics Workshop',
      organizer: 'Riverside Community College',
      completedOn: ago(51),
      credits: [ceu(0.6)],
      courseCode: null,
      format: 'workshop',
      sourceUrl: null,
      certificateUrl: null,
    },
    {
      title: 'Functional Training for Older Adults',
      provider: 'ace',
      completedOn: ago(77),
      credits: [cec('ace', 0.2, 'CEC')],
      courseCode: 'CEP251107',
      format: 'online',
      sourceUrl: 'https://www.acefitness.org/myace/certificates/CEP251107/',
      certificateUrl: null,
    },
    {
      title: 'Adult CPR/AED (hands-on)',
      organizer: 'American Red Cross',
      completedOn: ago(130),
      credits: [],
      courseCode: null,
      format: 'live',
      sourceUrl: null,
      certificateUrl: null,
      cprAed: true,
    },
    {
      title: 'Exercise Is Medicine: Prescribing for Chronic Disease',
      provider: 'human-kinetics',
      completedOn: ago(190),
      credits: [cec('nasm', 0.5, 'CEU'), cec('acsm', 5, 'CEC')],
      courseCode: null,
      format: 'online',
      sourceUrl: 'https://www.humankinetics.com/continuing-education/exercise-is-medicine',
      certificateUrl: null,
    },
    {
      title: 'Nutrition Coaching Fundamentals',
      provider: 'nasm',
      completedOn: ago(260),
      credits: [cec('nasm', 0.3, 'CEU')],
      courseCode: null,
      format: 'online',
      sourceUrl: 'https://www.nasm.org/continuing-education/nutrition-coaching-fundamentals',
      certificateUrl: null,
    },
    {
      title: 'ACSM Health & Fitness Summit',
      provider: 'acsm',
      completedOn: ago(330),
      credits: [cec('acsm', 12, 'CEC')],
      courseCode: null,
      format: 'conference',
      sourceUrl: 'https://www.acsm.org/summit',
      certificateUrl: null,
    },
    {
      title: 'Leadership for Fitness Managers',
      organizer: 'State University Extension',
      completedOn: ago(400),
      credits: [ceu(1.5)],
      courseCode: null,
      format: 'seminar',
      sourceUrl: null,
      certificateUrl: null,
    },
    {
      title: 'Foundations of Strength Programming',
      provider: 'coursera',
      completedOn: ago(450),
      credits: [],
      courseCode: null,
      format: 'online',
      sourceUrl: 'https://www.coursera.org/account/accomplishments/verify/SAMPLE7QX2',
      certificateUrl: null,
    },
    {
      title: 'Sleep, Stress and Recovery',
      provider: 'acsm',
      completedOn: ago(560),
      credits: [cec('acsm', 4, 'CEC')],
      courseCode: null,
      format: 'home study',
      sourceUrl: 'https://www.acsm.org/education-resources/online-courses',
      certificateUrl: null,
    },
    {
      title: 'Youth Strength Training',
      provider: 'nasm',
      completedOn: ago(700),
      credits: [cec('nasm', 0.2, 'CEU')],
      courseCode: null,
      format: 'online',
      sourceUrl: 'https://www.nasm.org/continuing-education/youth-strength-training',
      certificateUrl: null,
    },
  ];
  const activities = drafts.map((draft, i): Activity => ({
    ...draft,
    id: `sample-activity-${String(i + 1).padStart(2, '0')}`,
    capturedBy: draft.provider ? 'detected' : 'manual',
    createdAt: Date.parse(`${draft.completedOn}T18:00:00Z`),
    updatedAt: Date.parse(`${draft.completedOn}T18:00:00Z`),
    dedupKey: dedupKey(draft),
  }));
  return { certifications, activities };
}

function endOfMonth(iso: string): string {
  return addDays(addMonths(`${iso.slice(0, 7)}-01`, 1), -1);
}
