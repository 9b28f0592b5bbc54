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
import { cycleCounting, renewalProgress, type NotCountedReason, type RenewalProgress } from '../tally/renewal';
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
  /** The requirement's category it counts in; null until the certification has categories. */
  category: string | null;
  /** Counted by the body's CPR/AED rule, not by its stated credits. */
  cprRule: boolean;
}

export interface NotCountedLine extends PacketLine {
  /** The credits as recorded ("0.2 ACE CECs, 2 contact hours"), or "none". */
  credits: string;
  reason: string;
}

/** One line of "how the requirement is met": the total, or one per category where the body has them. */
export interface RequirementLine {
  label: string;
  required: number;
  earned: number;
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
    case 'participation':
      return `Plain CEUs record participation; no body accredits them, so ${body} does not count them.`;
    case 'other-body':
      return `Accredited by ${reason.bodies.map((b) => BODIES[b].label).join(' and ')}, not by ${body}.`;
    case 'cpr-once':
      return `${body} counts one CPR/AED course a cycle: the course of ${reason.countedOn} is counted.`;
  }
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
  const counting = cycleCounting(asOfCycle, ordered);
  const { scale } = progress;
  const bodyLabel = certification.body === 'other' ? undefined : certification.body;

  const counted: CountedLine[] = counting.counted.map(({ activity, units, cprRule }) => ({
    ...line(activity, hasCertificate),
    units,
    counted: `${formatAmount(units, units === 1 ? scale.unit : scale.unitPlural, bodyLabel)}${cprRule ? ' (CPR/AED rule)' : ''}`,
    hours: Math.round(units * scale.hoursPerUnit * 100) / 100,
    category: null,
    cprRule,
  }));
  const notCounted: NotCountedLine[] = counting.notCounted.map(({ activity, reason }) => ({
    ...line(activity, hasCertificate),
    credits: creditsText(activity),
    reason: reasonText(reason, certification),
  }));
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
        label: 'Total',
        required: certification.requirement,
        earned: progress.earned,
        met: progress.stillNeeded === 0,
      },
    ],
    cpr: cprText(progress),
    counted,
    notCounted,
    missingCertificates: counted.filter((c) => !c.certificate),
    madeOn: today,
  };
}

/** "0.6 of 2 NASM CEUs (6 of 20 contact hours)": the popup's figures in one line. */
export function earnedText(summary: PacketSummary): string {
  const { progress, certification } = summary;
  const body = certification.body === 'other' ? '' : `${BODIES[certification.body].label} `;
  return `${formatNumber(progress.earned)} of ${formatNumber(certification.requirement)} ${body}${summary.unitPlural} (${formatNumber(progress.earnedHours)} of ${formatHours(progress.requirementHours)})`;
}
