import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays } from '../../lib/model/calendar';
import { launchExtension, type Extension } from '../support/browser/extension';
import { seedDatabase } from '../support/browser/seed';
import { stopServiceWorker, wakeServiceWorker } from '../support/browser/worker';
import { activity, certification } from '../support/helpers';

const ALARM = 'renewal-reminders';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(() => ext?.close());

const notificationIds = async (worker: Worker) =>
  Object.keys(await worker.evaluate(() => chrome.notifications.getAll()));

/** Rings the reminders' alarm for real: the same alarm set to now, which Chrome fires at once for an unpacked extension. */
async function ringAlarm(worker: Worker): Promise<void> {
  await worker.evaluate(async (name) => {
    await chrome.alarms.clear(name);
    await chrome.alarms.create(name, { when: Date.now() });
  }, ALARM);
}

/** When the check the alarm started is done: it has set the alarm again, for a later reminder day. */
async function alarmSetAgain(worker: Worker): Promise<number> {
  let scheduled = 0;
  await expect
    .poll(async () => {
      scheduled = (await worker.evaluate((name) => chrome.alarms.get(name), ALARM))?.scheduledTime ?? 0;
      return scheduled > Date.now() + 3_600_000;
    })
    .toBe(true);
  return scheduled;
}

it(
  'an alarm rings: one notification says what NSCA-CSCS still needs; opening it opens the log on NSCA-CSCS; ' +
    'the same step after the worker slept shows nothing new',
  async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.id}/options.html`);
    // The user's today, from the browser's own clock and time zone.
    const today = await options.evaluate(() => new Date().toLocaleDateString('sv'));
    const cycleEnd = addDays(today, 30);
    const nsca = certification({
      id: 'cert-nsca',
      body: 'nsca',
      name: 'NSCA-CSCS',
      cycleEnd,
      cycleMonths: 36,
      requirement: 6,
      cprRequired: false,
    });
    // Nothing missing: no reminder. Reminders turned off: none either.
    const ace = certification({ id: 'cert-ace', cycleEnd, requirement: 2, cprRequired: false });
    const nasm = certification({ id: 'cert-nasm', body: 'nasm', name: 'NASM-CPT', cycleEnd, reminders: false });
    await seedDatabase(options, {
      certifications: [nsca, ace, nasm],
      activities: [
        // 5.4 CEUs as NSCA counts them: three events (at most 2.0 each), in at least two categories.
        ...(
          [
            ['A', 2],
            ['C', 2],
            ['D', 1.4],
          ] as const
        ).map(([category, amount], i) =>
          activity({
            provider: 'nsca',
            title: `Strength Coaching Quiz Series, part ${i + 1}`,
            completedOn: addDays(today, -100 + i),
            courseCode: `NSCA-Q-229${i + 1}`,
            credits: [
              {
                kind: 'CEC' as const,
                amount,
                unit: 'CEUs',
                body: 'nsca' as const,
                hours: amount * 10,
                categories: [{ id: category, amount }],
              },
            ],
          }),
        ),
        activity({ completedOn: addDays(today, -50), courseCode: 'CEP251188', credits: [] }),
        activity({
          completedOn: addDays(today, -40),
          courseCode: 'CEP251199',
          credits: [{ kind: 'CEC', amount: 2, unit: 'CEC', body: 'ace', hours: 20 }],
        }),
      ],
    });

    let worker = await ext.worker();
    expect(await notificationIds(worker)).toEqual([]);
    await ringAlarm(worker);
    await expect.poll(() => notificationIds(worker)).toEqual([`reminder:cert-nsca:cycle:${cycleEnd}:30`]);
    const sent = await worker.evaluate(async () => (await chrome.storage.local.get('remindersSent')).remindersSent);
    expect(sent).toEqual({
      [`reminder:cert-nsca:cycle:${cycleEnd}:30`]: {
        certificationId: 'cert-nsca',
        ends: cycleEnd,
        sentOn: today,
        title: 'NSCA-CSCS renews in 30 days',
      },
    });
    // Next: the 7-day step, at 9 in the morning.
    const next = new Date(await alarmSetAgain(worker));
    expect([next.toLocaleDateString('sv'), next.getHours()]).toEqual([addDays(cycleEnd, -7), 9]);

    // Headless Chromium draws no notification to click, and DevTools has no command that clicks one: the
    // click event is dispatched to the background's own onClicked listeners, as the browser does on a click.
    const opened = ext.context.waitForEvent('page');
    await worker.evaluate(
      (id) => (chrome.notifications.onClicked as unknown as { dispatch: (id: string) => void }).dispatch(id),
      `reminder:cert-nsca:cycle:${cycleEnd}:30`,
    );
    const log = await opened;
    await log.waitForLoadState();
    expect(log.url()).toBe(`chrome-extension://${ext.id}/options.html#certification=cert-nsca`);
    const heading = log.locator('#renewal-cert-nsca');
    await expect.poll(() => heading.textContent()).toBe('NSCA-CSCS');
    // The log opens with it on screen.
    await expect
      .poll(() =>
        heading.evaluate((el) => {
          const { top, bottom } = el.getBoundingClientRect();
          return top >= 0 && bottom <= innerHeight;
        }),
      )
      .toBe(true);
    // The log below is filtered to it: its three NSCA events of the cycle, not the two ACE courses.
    await log.getByText('Showing 3 of 5 activities').waitFor();
    expect(await log.getByLabel('Certification', { exact: true }).inputValue()).toBe('cert-nsca');
    await expect.poll(() => notificationIds(worker)).toEqual([]);

    // The worker sleeps and wakes; the same step rings again: nothing new is shown.
    await stopServiceWorker(ext, options);
    await wakeServiceWorker(ext);
    worker = await ext.worker();
    await ringAlarm(worker);
    await alarmSetAgain(worker);
    expect(await notificationIds(worker)).toEqual([]);
    await log.close();
    await options.close();
  },
);

it('turning reminders off in the certification form silences them; turning them on again shows the due one at once', async () => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.id}/options.html`);
  const today = await options.evaluate(() => new Date().toLocaleDateString('sv'));
  const cycleEnd = addDays(today, 7);
  const acsm = certification({
    id: 'cert-acsm',
    body: 'acsm',
    name: 'ACSM-CPT',
    cycleEnd,
    cycleMonths: 36,
    requirement: 45,
    cprRequired: false,
  });
  await seedDatabase(options, { certifications: [acsm] });
  await options.reload();
  const worker = await ext.worker();

  await options.getByRole('button', { name: 'Edit ACSM-CPT' }).click();
  await options.getByRole('checkbox', { name: 'Remind me before this cycle ends' }).uncheck();
  await options.getByRole('button', { name: 'Save certification' }).click();
  await options.getByRole('button', { name: 'Edit ACSM-CPT' }).waitFor();
  await ringAlarm(worker);
  await alarmSetAgain(worker);
  expect(await notificationIds(worker)).toEqual([]);

  // Saving the form tells the background, which looks again: no alarm needed.
  await options.getByRole('button', { name: 'Edit ACSM-CPT' }).click();
  await options.getByRole('checkbox', { name: 'Remind me before this cycle ends' }).check();
  await options.getByRole('button', { name: 'Save certification' }).click();
  await expect.poll(() => notificationIds(worker)).toEqual([`reminder:cert-acsm:cycle:${cycleEnd}:7`]);
  const sent = (await worker.evaluate(
    async () => (await chrome.storage.local.get('remindersSent')).remindersSent,
  )) as Record<string, { title: string }>;
  expect(sent[`reminder:cert-acsm:cycle:${cycleEnd}:7`].title).toBe('ACSM-CPT renews in 7 days');
  await options.close();
});

it('a step due while the browser was closed is shown when it starts again, once: not at the next start', async () => {
  const first = await launchExtension();
  let restarted: Extension | undefined;
  try {
    const options = await first.context.newPage();
    await options.goto(`chrome-extension://${first.id}/options.html`);
    const today = await options.evaluate(() => new Date().toLocaleDateString('sv'));
    // Due since the 30-day step, 20 days ago; written straight to the database, so nothing looked yet.
    const cycleEnd = addDays(today, 10);
    const nasm = certification({ id: 'cert-nasm', body: 'nasm', name: 'NASM-CPT', cycleEnd, cprRequired: false });
    await seedDatabase(options, { certifications: [nasm] });
    expect(await notificationIds(await first.worker())).toEqual([]);
    await first.quit();

    restarted = await launchExtension({ profile: first.profile });
    let worker = await restarted.worker();
    await expect.poll(() => notificationIds(worker)).toEqual([`reminder:cert-nasm:cycle:${cycleEnd}:30`]);
    const next = new Date(await alarmSetAgain(worker));
    expect(next.toLocaleDateString('sv')).toBe(addDays(cycleEnd, -7));
    await restarted.quit();

    restarted = await launchExtension({ profile: first.profile });
    worker = await restarted.worker();
    // A ring after the start: its look runs after the start's, so both are done once the alarm is set again.
    await ringAlarm(worker);
    await alarmSetAgain(worker);
    const sent = (await worker.evaluate(
      async () => (await chrome.storage.local.get('remindersSent')).remindersSent,
    )) as Record<string, unknown>;
    expect(Object.keys(sent)).toEqual([`reminder:cert-nasm:cycle:${cycleEnd}:30`]);
    expect(await notificationIds(worker)).toEqual([]);
  } finally {
    await restarted?.close();
  }
});
