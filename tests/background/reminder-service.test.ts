import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tellBackgroundOfCertificationChanges } from '../../lib/background/certification-changes';
import type { PageMessage } from '../../lib/background/messages';
import {
  REMINDER_ALARM,
  SENT_KEY,
  alarmTime,
  ensureReminderAlarm,
  listenForReminders,
  runReminders,
  sentReminders,
} from '../../lib/background/reminder-service';
import { handleMessage } from '../../lib/background/tab-service';
import { addDays, todayIso } from '../../lib/model/calendar';
import type { CeTallyDb } from '../../lib/store/db';
import { activity, certification, testDb } from '../support/helpers';

/** NSCA-CSCS with 5.4 of its 6.0 CEUs logged: 0.6 still needed. */
async function nscaWithCeusMissing(db: CeTallyDb, cycleEnd: string, extra = {}) {
  const cert = certification({
    id: 'cert-nsca',
    body: 'nsca',
    name: 'NSCA-CSCS',
    cycleEnd,
    cycleMonths: 36,
    requirement: 6,
    cprRequired: false,
    ...extra,
  });
  await db.certifications.add(cert);
  // Three events in three categories, as NSCA counts them (at most 2.0 CEUs an event, two categories at least).
  await db.activities.bulkAdd(
    (
      [
        ['A', 2],
        ['C', 2],
        ['D', 1.4],
      ] as const
    ).map(([category, amount], i) =>
      activity({
        provider: 'nsca',
        title: `Strength Coaching Quiz Series, part ${i + 1}`,
        completedOn: addDays(cycleEnd, -200 + i),
        credits: [
          {
            kind: 'CEC',
            amount,
            unit: 'CEUs',
            body: 'nsca',
            hours: amount * 10,
            categories: [{ id: category, amount }],
          },
        ],
      }),
    ),
  );
  return cert;
}

/** Noon of a local date: the reminder's day is the user's day. */
const localNoon = (day: string) => new Date(`${day}T12:00:00`);
const shown = () => fakeBrowser.notifications.getAllCreateOptions();

describe('a reminder check', () => {
  it('shows the due step as a notification naming what is missing, with the icon, and records it as sent', async () => {
    const db = testDb();
    await nscaWithCeusMissing(db, '2027-12-31');
    const reminders = await runReminders(db, localNoon('2027-12-01'));
    expect(reminders.map((r) => r.key)).toEqual(['reminder:cert-nsca:cycle:2027-12-31:30']);
    expect(shown()).toEqual({
      'reminder:cert-nsca:cycle:2027-12-31:30': {
        type: 'basic',
        iconUrl: fakeBrowser.runtime.getURL('/icon/128.png'),
        title: 'NSCA-CSCS renews in 30 days',
        message: '0.6 CEUs still needed by 2027-12-31.',
      },
    });
    expect(await sentReminders()).toEqual({
      'reminder:cert-nsca:cycle:2027-12-31:30': {
        certificationId: 'cert-nsca',
        ends: '2027-12-31',
        sentOn: '2027-12-01',
        title: 'NSCA-CSCS renews in 30 days',
      },
    });
  });

  it('sets the alarm for the next reminder day at 9 in the morning, and clears it when none is left', async () => {
    const db = testDb();
    await nscaWithCeusMissing(db, '2027-12-31');
    await runReminders(db, localNoon('2027-12-01'));
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(alarmTime('2027-12-24'));
    expect(new Date(alarmTime('2027-12-24')).getHours()).toBe(9);
    await runReminders(db, localNoon('2027-12-24'));
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });

  it('never shows a step twice: not on a second run, not after the worker slept (sent steps are in storage)', async () => {
    const db = testDb();
    await nscaWithCeusMissing(db, '2027-12-31');
    await runReminders(db, localNoon('2027-12-01'));
    await fakeBrowser.notifications.clear('reminder:cert-nsca:cycle:2027-12-31:30');
    expect(await runReminders(db, localNoon('2027-12-01'))).toEqual([]);
    expect(await runReminders(db, localNoon('2027-12-15'))).toEqual([]);
    expect(shown()).toEqual({});
    expect(Object.keys((await fakeBrowser.storage.local.get(SENT_KEY))[SENT_KEY] as object)).toHaveLength(1);
  });

  it('does not show two notifications when two checks run at once (an alarm and the browser starting)', async () => {
    const db = testDb();
    await nscaWithCeusMissing(db, '2027-12-31');
    const both = await Promise.all([
      runReminders(db, localNoon('2027-12-01')),
      runReminders(db, localNoon('2027-12-01')),
    ]);
    expect(both.flat()).toHaveLength(1);
  });

  it('shows nothing once nothing is missing, and nothing when reminders are off for the certification', async () => {
    const db = testDb();
    await nscaWithCeusMissing(db, '2027-12-31', { reminders: false });
    expect(await runReminders(db, localNoon('2027-12-01'))).toEqual([]);
    await db.certifications.update('cert-nsca', { reminders: true, requirement: 5 });
    expect(await runReminders(db, localNoon('2027-12-01'))).toEqual([]);
    expect(shown()).toEqual({});
  });

  it('forgets the steps of a cycle that has ended, and of a certification removed', async () => {
    const db = testDb();
    await nscaWithCeusMissing(db, '2027-12-31');
    await runReminders(db, localNoon('2027-12-01'));
    await db.certifications.update('cert-nsca', { cycleEnd: '2030-12-31' });
    await runReminders(db, localNoon('2028-01-02'));
    expect(await sentReminders()).toEqual({});
    await db.certifications.update('cert-nsca', { cycleEnd: '2028-01-30' });
    await runReminders(db, localNoon('2028-01-02'));
    expect(Object.keys(await sentReminders())).toEqual(['reminder:cert-nsca:cycle:2028-01-30:30']);
    await db.certifications.delete('cert-nsca');
    await runReminders(db, localNoon('2028-01-03'));
    expect(await sentReminders()).toEqual({});
  });

  it('reads no record it cannot trust: a malformed "sent" in storage is a fresh start', async () => {
    await fakeBrowser.storage.local.set({ [SENT_KEY]: { 'reminder:x:cycle:2027-12-31:30': 'yes' } });
    expect(await sentReminders()).toEqual({});
  });
});

describe('the background’s listeners', () => {
  const today = () => todayIso();

  it('an alarm that rings shows the due reminder; a second ring of the same step shows nothing new', async () => {
    const db = testDb();
    await nscaWithCeusMissing(db, addDays(today(), 30));
    await fakeBrowser.alarms.create(REMINDER_ALARM, { when: Date.now() }); // set earlier: no look on wake
    listenForReminders(() => db);
    await fakeBrowser.alarms.onAlarm.trigger({
      name: REMINDER_ALARM,
      scheduledTime: Date.now(),
      persistAcrossSessions: true,
    });
    await vi.waitFor(() => expect(Object.keys(shown())).toHaveLength(1));
    const [id] = Object.keys(shown());
    await fakeBrowser.notifications.clear(id);
    await fakeBrowser.alarms.onAlarm.trigger({
      name: REMINDER_ALARM,
      scheduledTime: Date.now(),
      persistAcrossSessions: true,
    });
    await runReminders(db); // queued behind the ring's own run
    expect(shown()).toEqual({});
  });

  it('the browser starting shows a step passed while it was closed once, the latest one only', async () => {
    const db = testDb();
    await nscaWithCeusMissing(db, addDays(today(), 5));
    await fakeBrowser.alarms.create(REMINDER_ALARM, { when: Date.now() + 86_400_000 }); // no look on wake
    listenForReminders(() => db);
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(Object.keys(shown())).toEqual([`reminder:cert-nsca:cycle:${addDays(today(), 5)}:7`]));
  });

  it('a wake without the alarm (cleared on restart) looks again and sets it', async () => {
    const db = testDb();
    await nscaWithCeusMissing(db, addDays(today(), 100));
    await ensureReminderAlarm(db);
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(alarmTime(addDays(today(), 10)));
  });

  it('a click on the reminder opens the log on its certification and closes the notification', async () => {
    const db = testDb();
    await nscaWithCeusMissing(db, addDays(today(), 30));
    listenForReminders(() => db);
    await vi.waitFor(() => expect(Object.keys(shown())).toHaveLength(1));
    const [id] = Object.keys(shown());
    await fakeBrowser.notifications.onClicked.trigger(id);
    await vi.waitFor(async () =>
      expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain(
        fakeBrowser.runtime.getURL('/options.html#certification=cert-nsca'),
      ),
    );
    await vi.waitFor(() => expect(shown()).toEqual({}));
  });

  it('a click on a notification that is not a reminder opens nothing', async () => {
    listenForReminders(() => testDb());
    const before = (await fakeBrowser.tabs.query({})).length;
    await fakeBrowser.notifications.onClicked.trigger('something-else');
    expect(await fakeBrowser.tabs.query({})).toHaveLength(before);
  });
});

describe('a certification changed on the options page', () => {
  const fromOptions: Browser.runtime.MessageSender = {
    id: fakeBrowser.runtime.id,
    url: fakeBrowser.runtime.getURL('/options.html'),
  };

  it('is told to the background, which looks again', async () => {
    const db = testDb();
    const sent: PageMessage[] = [];
    const { stop, read } = tellBackgroundOfCertificationChanges(db, async (message) => {
      sent.push(message);
      return handleMessage(db, message, fromOptions);
    });
    await read;
    await nscaWithCeusMissing(db, addDays(todayIso(), 30));
    await vi.waitFor(() => expect(Object.keys(shown())).toHaveLength(1));
    // One message: what the page first read was no change.
    expect(sent).toEqual([{ type: 'certifications-changed' }]);
    stop();
  });

  it('is refused from anyone but the extension’s own pages', async () => {
    const db = testDb();
    await nscaWithCeusMissing(db, addDays(todayIso(), 30));
    const fromPage = { url: 'https://www.nsca.com/', tab: { id: 3 } as Browser.tabs.Tab };
    expect(await handleMessage(db, { type: 'certifications-changed' }, fromPage)).toEqual({
      refused: 'unknown sender',
    });
    expect(shown()).toEqual({});
  });
});
