/**
 * Renewal reminders: which notification is due for a certification today, if any. Pure (no browser, no
 * clock): the background (lib/background/reminder-service.ts) reads the log, the date and what was already
 * sent, and shows what this returns.
 */
import { addDays, daysBetween } from '../model/calendar';
import { formatNumber } from '../model/format';
import type { Activity, Certification } from '../model/schema';
import { renewalProgress } from './renewal';
import { stillNeededText } from './still-needed';

/** Days before a cycle ends (or a CPR/AED card expires) on which a reminder is due. */
export const REMINDER_STEPS = [90, 30, 7] as const;
export type ReminderStep = (typeof REMINDER_STEPS)[number];

/** What a reminder is about: the certification's cycle, or its CPR/AED card. */
export type ReminderSubject = 'cycle' | 'cpr-card';

/** What a certification still needs to renew, as phrases a person reads ("0.6 CEUs", "a current CPR/AED card"). */
export interface StillMissing {
  /** Empty when nothing is missing. */
  items: string[];
}

/**
 * What is still missing for the renewal, in the words the popup and the packet use (stillNeededText, over
 * renewalProgress's one counting: categories, caps, CPR/AED). The one place reminders read the tally.
 */
export function stillMissing(
  certification: Certification,
  activities: Iterable<Pick<Activity, 'completedOn' | 'credits' | 'cprAed'>>,
  today: string,
): StillMissing {
  const progress = renewalProgress(certification, activities, today);
  const items: string[] = [];
  if (!progress.countsCredits)
    // "Other" bodies: no credit in the log names them, so CE Tally cannot tell; it says what the requirement is.
    items.push(
      `${formatNumber(certification.requirement)} ${progress.scale.unitPlural} (CE Tally cannot count this body's credits)`,
    );
  // For "other", only the CPR/AED card.
  const needed = stillNeededText(progress);
  if (needed) items.push(needed);
  return { items };
}

/** A reminder to show. `key` names the step (certification, subject, its date, step) and is never shown twice. */
export interface Reminder {
  key: string;
  certificationId: string;
  subject: ReminderSubject;
  /** The cycle end, or the card's expiry. */
  ends: string;
  step: ReminderStep;
  daysLeft: number;
  title: string;
  message: string;
}

/** The storage key of a step: a renewed cycle or a new card has another date, hence new steps. */
export function reminderKey(certificationId: string, subject: ReminderSubject, ends: string, step: ReminderStep) {
  return `reminder:${certificationId}:${subject}:${ends}:${step}`;
}

/** Whether the user left reminders on for this certification (on unless turned off). */
export function remindersOn(certification: Pick<Certification, 'reminders'>): boolean {
  return certification.reminders !== false;
}

/** The dates a certification's reminders fall on, with what each is about. */
export function reminderDays(
  certification: Certification,
): Array<{ subject: ReminderSubject; ends: string; step: ReminderStep; day: string }> {
  if (!remindersOn(certification)) return [];
  const subjects: Array<[ReminderSubject, string]> = [['cycle', certification.cycleEnd]];
  if (certification.cprRequired && certification.cprExpires) subjects.push(['cpr-card', certification.cprExpires]);
  return subjects.flatMap(([subject, ends]) =>
    REMINDER_STEPS.map((step) => ({ subject, ends, step, day: addDays(ends, -step) })),
  );
}

/**
 * The latest step whose day has come, while the date itself has not passed: a step missed while the
 * browser was closed is shown late, and only the latest of those (a 90-day reminder is not shown after
 * the 30-day one is due).
 */
function dueStep(ends: string, today: string): ReminderStep | undefined {
  const daysLeft = daysBetween(today, ends);
  if (daysLeft < 0) return undefined;
  return [...REMINDER_STEPS].reverse().find((step) => daysLeft <= step);
}

function inDays(daysLeft: number): string {
  if (daysLeft === 0) return 'today';
  if (daysLeft === 1) return 'tomorrow';
  return `in ${daysLeft} days`;
}

/**
 * The reminders due today for one certification: at most one for its cycle and one for its CPR/AED card,
 * only when something is still missing, only when reminders are on, never a step already sent.
 */
export function dueReminders(
  certification: Certification,
  missing: StillMissing,
  today: string,
  wasSent: (key: string) => boolean,
): Reminder[] {
  if (!remindersOn(certification)) return [];
  const reminders: Reminder[] = [];
  const { id, name } = certification;

  const cycleStep = dueStep(certification.cycleEnd, today);
  if (cycleStep !== undefined && missing.items.length > 0) {
    const daysLeft = daysBetween(today, certification.cycleEnd);
    reminders.push({
      key: reminderKey(id, 'cycle', certification.cycleEnd, cycleStep),
      certificationId: id,
      subject: 'cycle',
      ends: certification.cycleEnd,
      step: cycleStep,
      daysLeft,
      title: `${name} renews ${inDays(daysLeft)}`,
      message: `${missing.items.join('; ')} still needed by ${certification.cycleEnd}.`,
    });
  }

  const card = certification.cprRequired ? certification.cprExpires : undefined;
  const cardStep = card === undefined ? undefined : dueStep(card, today);
  if (card !== undefined && cardStep !== undefined) {
    // A card about to expire is itself what is missing: a new one, before the renewal asks for it.
    const daysLeft = daysBetween(today, card);
    reminders.push({
      key: reminderKey(id, 'cpr-card', card, cardStep),
      certificationId: id,
      subject: 'cpr-card',
      ends: card,
      step: cardStep,
      daysLeft,
      title: `Your CPR/AED card expires ${inDays(daysLeft)}`,
      message: `${name} needs a current CPR/AED card. When you have the new card, enter its expiry date in CE Tally.`,
    });
  }
  return reminders.filter((reminder) => !wasSent(reminder.key));
}

/** The first day after `today` on which any certification's reminder falls: when to look again. */
export function nextReminderDay(certifications: readonly Certification[], today: string): string | undefined {
  let next: string | undefined;
  for (const certification of certifications)
    for (const { day } of reminderDays(certification))
      if (day > today && (next === undefined || day < next)) next = day;
  return next;
}

/** The certification and step a reminder's key names (a notification's id is its key); undefined for another id. */
export function parseReminderKey(
  key: string,
): { certificationId: string; subject: ReminderSubject; ends: string; step: ReminderStep } | undefined {
  // Anchored at the end: an id may hold ':' itself (ids from a restored backup are anyone's strings).
  const match = /^reminder:(.+):(cycle|cpr-card):(\d{4}-\d{2}-\d{2}):(90|30|7)$/.exec(key);
  if (!match) return undefined;
  return {
    certificationId: match[1],
    subject: match[2] as ReminderSubject,
    ends: match[3],
    step: Number(match[4]) as ReminderStep,
  };
}
