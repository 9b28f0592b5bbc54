/**
 * What a renewal packet's summary says, computed from the counting the popup shows (lib/tally/renewal.ts):
 * its totals are the popup's renewal figures, and each counted activity is one the popup counted.
 * Pure: the summary page (summary.html) and summary.pdf both lay out this.
 */
import { BODIES } from '../model/bodies';
import { formatAmount, formatHours, formatNumber } from '../model/format';
import type { Activity, Certification } from '../model/schema';
import { PROVIDER_NAMES } from '../detect/registry';
import { sortByDate } from '../store/activities';
import {
  renewalProgress,
  type CountedActivity,
  type NotCountedReason,
  type OverLimitReason,
  type RenewalProgress,
} from '../tally/renewal';
import { shortCategoryLabel, stillNeededText } from '../tally/still-needed';
import { inCycle, type PacketCycle } from './cycles';

export interface PacketLine {
  activity: Activity;
  completedOn: string;
  title: string;
  /** The provider's name, or the organizer as entered; '' when neither is known. */
  provider: string;
  /** The course or approval number, '' when none was recorded. */
  courseCode: string;
  /** Whether a certificate file is attached (and so in the packet's certificates/ folder). */
  certificate: boolean;
}

export interface CountedLine extends PacketLine {
  /** Units counted, in the certification's unit. */
  units: number;
  /** "0.2 NASM CEUs": the body and the amount counted in its unit. */
  counted: string;
  hours: number;
  /** The requirement's categories it counts in ("Category A", "Ethics 1, Self-care 2"); null for the total only. */
  category: string | null;
  /** "Recorded by NASM": the body lists this course in the member's account itself; not to submit again. */
  recordedBy: string | null;
  /** Counted by the body's CPR/AED rule, not by its stated credits. */
  cprRule: boolean;
}

export interface NotCountedLine extends PacketLine {
  /** The credits as recorded ("0.2 ACE CECs, 2 contact hours"), or "none"; for a part over a maximum, that part ("0.5 NSCA CEUs earned, not counted"). */
  credits: string;
  reason: string;
}

/** One line of "how the requirement is met": the total, or one per category where the body has them. */
export interface RequirementLine {
  label: string;
  /** The minimum (or the total) asked; null for a category with a maximum only. */
  required: number | null;
  /** Counted toward it. */
  earned: number;
  /** Earned in it before its maximum. */
  earnedBeforeMax: number;
  max: number | null;
  met: boolean;
}

export interface PacketSummary {
  certification: Certification;
  /** The body's name, or "" for a body CE Tally does not know. */
  bodyName: string;
  cycle: PacketCycle;
  /** The popup's figures for this cycle. */
  progress: RenewalProgress;
  /** "CEUs", the certification's unit. */
  unitPlural: string;
  requirement: RequirementLine[];
  cpr: string | null;
  /** In date order (then by id, as the log reads them). */
  counted: CountedLine[];
  notCounted: NotCountedLine[];
  /** The counted activities with no certificate on file: to fetch before submitting. */
  missingCertificates: CountedLine[];
  madeOn: string;
}

const byDate = (a: PacketLine, b: PacketLine) =>
  a.completedOn < b.completedOn ? -1 : a.completedOn > b.completedOn ? 1 : 0;

function line(activity: Activity, hasCertificate: (activity: Activity) => boolean): PacketLine {
  return {
    activity,
    completedOn: activity.completedOn,
    title: activity.title,
    provider: (activity.provider && PROVIDER_NAMES[activity.provider]) || activity.organizer || '',
    courseCode: activity.courseCode ?? '',
    certificate: hasCertificate(activity),
  };
}

function creditsText(activity: Activity): string {
  if (activity.credits.length === 0) return 'none';
  return activity.credits.map((c) => `${formatAmount(c.amount, c.unit, c.body)}, ${formatHours(c.hours)}`).join('; ');
}

function reasonText(reason: NotCountedReason, certification: Certification): string {
  const body = certification.body === 'other' ? certification.name : BODIES[certification.body].label;
  switch (reason.kind) {
    case 'no-credit':
      return 'No credit recorded for it.';
    case 'body-unknown':
      return 'CE Tally counts credits only for the bodies it knows; this certification tracks the deadline.';
    case 'no-own-category':
      return `Assigned to none of ${certification.name}'s categories.`;
    case 'participation':
      return `Plain CEUs record participation; no body accredits them, so ${body} does not count them.`;
    case 'other-body':
      return `Accredited by ${reason.bodies.map((b) => BODIES[b].label).join(' and ')}, not by ${body}.`;
    case 'cpr-once':
      return `${body} counts one CPR/AED course a cycle: the course of ${reason.countedOn} is counted.`;
  }
}

function overLimitText(reason: OverLimitReason, certification: Certification, unitPlural: string): string {
  const body = certification.body === 'other' ? certification.name : BODIES[certification.body].label;
  switch (reason.kind) {
    case 'event-max':
      return `${body} counts at most ${formatNumber(reason.max)} ${unitPlural} from one event.`;
    case 'category-max':
      return `${shortCategoryLabel(reason.category)} counts at most ${formatNumber(reason.max)} ${unitPlural}: the credits before this one reached it.`;
  }
}

function categoriesText(entry: CountedActivity<Activity>, progress: RenewalProgress<Activity>): string | null {
  if (entry.categories.length === 0) return null;
  const label = (id: string) => {
    const rule = progress.rules.categories.find((c) => c.id === id);
    return rule ? shortCategoryLabel(rule) : id;
  };
  if (entry.categories.length === 1) return label(entry.categories[0].id);
  return entry.categories.map((c) => `${label(c.id)} ${formatNumber(c.counted)}`).join(', ');
}

function cprText(progress: RenewalProgress): string | null {
  const { cpr } = progress;
  if (!cpr.required) return null;
  if (cpr.expires) return cpr.met ? `CPR/AED current until ${cpr.expires}.` : `CPR/AED expired ${cpr.expires}.`;
  if (cpr.courseOn) return `CPR/AED course on ${cpr.courseOn} (card expiry not entered).`;
  return 'A current CPR/AED is required: none recorded in this cycle.';
}

/**
 * The summary of a certification's cycle. `activities` may hold any activities (those outside the
 * cycle are left out); `hasCertificate` says which have their certificate file on record.
 */
export function packetSummary(
  certification: Certification,
  cycle: PacketCycle,
  activities: readonly Activity[],
  hasCertificate: (activity: Activity) => boolean,
  today: string,
): PacketSummary {
  const asOfCycle = inCycle(certification, cycle.end);
  const ordered = sortByDate(activities, 'oldest');
  const progress = renewalProgress(asOfCycle, ordered, today);
  const { counting, scale } = progress;
  const bodyLabel = certification.body === 'other' ? undefined : certification.body;
  const unitsText = (units: number) => formatAmount(units, units === 1 ? scale.unit : scale.unitPlural, bodyLabel);

  const counted: CountedLine[] = counting.counted.map((entry) => ({
    ...line(entry.activity, hasCertificate),
    units: entry.units,
    counted: `${unitsText(entry.units)}${entry.cprRule ? ' (CPR/AED rule)' : ''}`,
    hours: Math.round(entry.units * scale.hoursPerUnit * 100) / 100,
    category: categoriesText(entry, progress),
    recordedBy: entry.recordedBy ? `recorded by ${BODIES[entry.recordedBy].label}` : null,
    cprRule: entry.cprRule,
  }));
  const notCounted: NotCountedLine[] = [
    ...counting.notCounted.map(({ activity, reason }) => ({
      ...line(activity, hasCertificate),
      credits: creditsText(activity),
      reason: reasonText(reason, certification),
    })),
    // Earned but not counted: the part over an event's or a category's maximum.
    ...counting.overLimit.map(({ activity, units, reason }) => ({
      ...line(activity, hasCertificate),
      credits: `${unitsText(units)} earned, not counted`,
      reason: overLimitText(reason, certification, scale.unitPlural),
    })),
  ];
  // The counting takes the activities in date order but puts the CPR/AED courses last: back in their place.
  counted.sort(byDate);
  notCounted.sort(byDate);

  return {
    certification,
    bodyName:
      certification.body === 'other' ? '' : `${BODIES[certification.body].name} (${BODIES[certification.body].label})`,
    cycle,
    progress,
    unitPlural: scale.unitPlural,
    requirement: [
      {
        label: progress.required.prorated
          ? `Total (prorated from ${formatNumber(progress.required.prorated.full)})`
          : 'Total',
        required: progress.required.amount,
        earned: progress.counted,
        earnedBeforeMax: progress.earned,
        max: null,
        met: progress.counted >= progress.required.amount,
      },
      ...progress.categories.map((c) => ({
        label: c.rule.label,
        required: c.min ?? null,
        earned: c.counted,
        earnedBeforeMax: c.earned,
        max: c.max ?? null,
        met: c.missing === 0,
      })),
    ],
    cpr: cprText(progress),
    counted,
    notCounted,
    missingCertificates: counted.filter((c) => !c.certificate),
    madeOn: today,
  };
}

/** "Category A: Attendance: 4.5, at most 4.5 (6 earned)", "Ethics: 1 of at least 3 (not met)", "Total: 6 of 6 (6.9 earned; met)". */
export function requirementLineText(line: RequirementLine): string {
  const isTotal = line.max === null && line.label.startsWith('Total');
  let text = `${line.label}: ${formatNumber(line.earned)}`;
  if (line.required !== null) text += ` of ${isTotal ? '' : 'at least '}${formatNumber(line.required)}`;
  if (line.max !== null) text += `, at most ${formatNumber(line.max)}`;
  const notes: string[] = [];
  if (line.earnedBeforeMax > line.earned) notes.push(`${formatNumber(line.earnedBeforeMax)} earned`);
  if (line.required !== null) notes.push(line.met ? 'met' : 'not met');
  if (notes.length > 0) text += ` (${notes.join('; ')})`;
  return text;
}

/** "Still needed: 0.6 CEUs, 0.3 of them in Category D." or "The requirement is met." */
export function stillNeededSentence(summary: PacketSummary): string {
  const text = stillNeededText(summary.progress);
  return text ? `Still needed: ${text}.` : 'The requirement is met.';
}

/** "0.6 of 2 NASM CEUs (6 of 20 contact hours)": the popup's figures in one line. */
export function earnedText(summary: PacketSummary): string {
  const { progress, certification } = summary;
  const body = certification.body === 'other' ? '' : `${BODIES[certification.body].label} `;
  return `${formatNumber(progress.counted)} of ${formatNumber(progress.required.amount)} ${body}${summary.unitPlural} (${formatNumber(progress.countedHours)} of ${formatHours(progress.requirementHours)})`;
}
