import { browser } from 'wxt/browser';
import { z } from 'zod';
import { parseIsoDate, todayIso } from '../model/calendar';
import { isDatabaseClosed } from '../errors';
import { optionsUrl } from '../routes';
import { creditRows } from '../store/credit-rows';
import type { CeTallyDb } from '../store/db';
import { dueReminders, nextReminderDay, parseReminderKey, stillMissing, type Reminder } from '../tally/reminders';

/**
 * Renewal reminders in the background: one alarm, set for the next day a reminder falls on; when it rings
 * (or the browser starts, CE Tally is installed or updated, or a certification changes) the due reminders
 * are shown and recorded as sent, and the alarm is set again. The decision is lib/tally/reminders.ts's.
 * What was sent lives in storage.local, never in a variable: the worker sleeps, the browser restarts.
 */

export const REMINDER_ALARM = 'renewal-reminders';
/** storage.local: the steps already shown, by reminder key (certification, cycle end or card expiry, step). */
export const SENT_KEY = 'remindersSent';
/** A reminder day's alarm rings at this local hour, not at midnight. */
const REMINDER_HOUR = 9;
const ICON = '/icon/128.png';

const sentSchema = z.record(
  z.string(),
  z.object({ certificationId: z.string(), ends: z.string(), sentOn: z.string(), title: z.string() }),
);
export type SentReminders = z.infer<typeof sentSchema>;

export async function sentReminders(): Promise<SentReminders> {
  const stored = (await browser.storage.local.get(SENT_KEY))[SENT_KEY];
  const parsed = sentSchema.safeParse(stored ?? {});
  // A record this version cannot read is dropped, not trusted: the worst case is one reminder again.
  return parsed.success ? parsed.data : {};
}

/** The moment the alarm for a reminder day rings, in the user's time zone. */
export function alarmTime(day: string): number {
  const { year, month, day: date } = parseIsoDate(day);
  return new Date(year, month - 1, date, REMINDER_HOUR).getTime();
}

let running: Promise<unknown> = Promise.resolve();

/**
 * Shows the reminders due now, records them, and sets the alarm for the next reminder day. One run at a
 * time (the alarm and a startup can come together): two runs reading the same "sent" would both show.
 */
export function runReminders(db: CeTallyDb, now = new Date()): Promise<Reminder[]> {
  const run = running.catch(() => undefined).then(() => withReopen(db, () => remind(db, now)));
  running = run;
  return run;
}

async function withReopen<T>(db: CeTallyDb, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isDatabaseClosed(error)) throw error;
    await db.open();
    return work();
  }
}

async function remind(db: CeTallyDb, now: Date): Promise<Reminder[]> {
  const today = todayIso(now);
  const certifications = await db.certifications.toArray();
  const sent = await sentReminders();
  const before = JSON.stringify(sent);
  const rows = certifications.length > 0 ? await creditRows(db) : [];
  const shown: Reminder[] = [];
  for (const certification of certifications) {
    const due = dueReminders(certification, stillMissing(certification, rows, today), today, (key) => key in sent);
    for (const reminder of due) {
      // The notification's id is the step's key: the click knows its certification, and a second create replaces.
      await browser.notifications.create(reminder.key, {
        type: 'basic',
        iconUrl: browser.runtime.getURL(ICON),
        title: reminder.title,
        message: reminder.message,
      });
      sent[reminder.key] = {
        certificationId: certification.id,
        ends: reminder.ends,
        sentOn: today,
        title: reminder.title,
      };
      shown.push(reminder);
    }
  }
  // Forget steps that can never be due again: their date has passed, or their certification is gone.
  const ids = new Set(certifications.map((c) => c.id));
  for (const [key, record] of Object.entries(sent))
    if (record.ends < today || !ids.has(record.certificationId)) delete sent[key];
  // Written only when it changed: most wakes of the worker show nothing.
  if (JSON.stringify(sent) !== before) await browser.storage.local.set({ [SENT_KEY]: sent });

  const next = nextReminderDay(certifications, today);
  if (next === undefined) await browser.alarms.clear(REMINDER_ALARM);
  else await browser.alarms.create(REMINDER_ALARM, { when: alarmTime(next) });
  return shown;
}

/** After the worker wakes: if the alarm is gone (Chrome may clear alarms on restart), look again and set it. */
export async function ensureReminderAlarm(db: CeTallyDb): Promise<void> {
  if (!(await browser.alarms.get(REMINDER_ALARM))) await runReminders(db);
}

/** A click on a reminder: the log opens on its certification, and the notification goes. */
export async function openReminder(notificationId: string): Promise<void> {
  const reminder = parseReminderKey(notificationId);
  if (!reminder) return;
  await browser.tabs.create({ url: browser.runtime.getURL(optionsUrl.certification(reminder.certificationId)) });
  await browser.notifications.clear(notificationId);
}

function reportFailure(error: unknown): void {
  console.error('CE Tally: renewal reminders', error);
}

/**
 * Registers the reminders' listeners. Called at the top of the background, synchronously: an alarm or a
 * click that wakes the worker is delivered only to listeners registered in its first turn. Chrome may
 * clear alarms when the browser restarts, so a start, an install or update, and a wake without the alarm
 * all look again and set it.
 */
export function listenForReminders(getDb: () => CeTallyDb): void {
  const run = () => void runReminders(getDb()).catch(reportFailure);
  browser.runtime.onStartup.addListener(run);
  browser.runtime.onInstalled.addListener(run);
  browser.alarms.onAlarm.addListener(({ name }) => {
    if (name === REMINDER_ALARM) run();
  });
  browser.notifications.onClicked.addListener((id) => void openReminder(id).catch(reportFailure));
  void ensureReminderAlarm(getDb()).catch(reportFailure);
}
