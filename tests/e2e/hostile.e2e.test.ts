import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../lib/export/csv';
import { LIMITS } from '../../lib/model/limits';
import { activitySchema } from '../../lib/model/schema';
import {
  launchExtension,
  openPopup,
  routeFixtures,
  storedActivities,
  tabIdOf,
  waitForBadge,
  type Extension,
} from '../support/browser/extension';

/**
 * A hostile ACE certificate: a megabyte-long course title that starts with a spreadsheet formula, an
 * <img onerror> and a <script> (as text), and certificate links to javascript: and data: addresses.
 * The page's own scripts and handlers run (they set pageScriptsRan, pageHandlersRan); the payloads in its
 * text would set ceTallyPwned and open a dialog, wherever they were turned into markup.
 */
const HOSTILE = 'https://www.acefitness.org/myace/certificates/CEP250912/';
const FIXTURE = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/providers/ace/hostile-long-title.json'), 'utf8'),
);
const TITLE: string = FIXTURE.expected.activity.title;
const NOTE = `The page’s title was 1,048,576 characters long; it was shortened to ${TITLE.length}.`;

let ext: Extension;
const dialogs: string[] = [];

beforeAll(async () => {
  ext = await launchExtension();
  await routeFixtures(ext.context, 'https://www.acefitness.org/**', { [HOSTILE]: 'ace/hostile-long-title.html' });
  ext.context.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});
afterAll(() => ext?.close());

/** What a payload would have left in a page: its flag, and elements made from the title. Evaluated in the page. */
function traces() {
  const flags = window as unknown as Record<string, unknown>;
  return {
    pwned: flags.ceTallyPwned ?? null,
    madeElements: document.querySelectorAll(
      'body img, body script, body iframe, body svg, body [onerror], body [onload]:not(body)',
    ).length,
  };
}

it(
  'saves a hostile page as text within the limits, shows it as text with the note, runs nothing, exports neutralized cells',
  { timeout: 180_000 },
  async () => {
    const page = await ext.context.newPage();
    await page.goto(HOSTILE);
    const tabId = await tabIdOf(ext, HOSTILE);
    const detected = await waitForBadge(ext, tabId, '0.2', 30_000);
    expect(detected.title).toContain('completed “=HYPERLINK(');

    // The click on the toolbar icon: the real popup saves it.
    const popup = await openPopup(ext, page);
    await popup.waitFor(() => document.querySelector('.current .status')?.textContent === 'Saved', undefined, 20_000);
    const [stored, ...others] = await storedActivities(popup);
    expect(others).toEqual([]);
    // Within every limit of the schema, the title cut at a word, the page's length of it kept.
    const activity = activitySchema.parse(stored);
    expect(activity).toMatchObject({
      title: TITLE,
      shortened: { title: 1_048_576 },
      certificateUrl: null,
      courseCode: 'CEP250912',
    });
    expect(activity.title.length).toBeLessThanOrEqual(LIMITS.title);

    // The popup shows the title as one text, and says it was shortened.
    const shown = await popup.evaluate(() => {
      const title = document.querySelector('.current-title');
      return {
        text: title?.textContent,
        children: title?.childElementCount,
        note: document.querySelector('[role="note"]')?.textContent,
      };
    });
    expect(shown).toEqual({ text: TITLE, children: 0, note: `${NOTE} Edit it in the log.` });
    await popup.waitFor(
      (title) =>
        [...document.querySelectorAll('.recent-title')].some(
          (el) => el.textContent === title && el.childElementCount === 0,
        ),
      TITLE,
    );
    expect(await popup.evaluate(traces)).toEqual({ pwned: null, madeElements: 0 });
    await popup.close();

    // The log's form (the popup's Edit opens it at #edit=<id>) says so too; the table shows the title as text.
    const log = await ext.context.newPage();
    await log.goto(`chrome-extension://${ext.id}/options.html#edit=${activity.id}`);
    const form = log.getByRole('form', { name: 'Edit activity' });
    await expect.poll(() => form.getByLabel('Title').inputValue(), { timeout: 20_000 }).toBe(TITLE);
    expect(await form.getByRole('note').textContent()).toBe(
      `${NOTE} Check the title above and complete it if you need to.`,
    );
    const cell = log.locator('.log-table th.title');
    expect(await cell.evaluate((th) => ({ text: th.firstChild?.textContent, children: th.childElementCount }))).toEqual(
      { text: TITLE, children: 1 },
    );
    // No link to the page's javascript: or data: certificate addresses.
    expect(await log.locator('a[href^="javascript:"], a[href^="data:"], .log-table a').count()).toBe(0);
    expect(await log.evaluate(traces)).toEqual({ pwned: null, madeElements: 0 });

    // The edit dialog holds the focus until it is closed.
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => form.count()).toBe(0);

    // Export CSV: cells a spreadsheet would run are neutralized; the file reads back as stored.
    const csv = await download(log, () => log.getByRole('button', { name: 'Export CSV' }).click());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const { data, meta, errors } = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([...CSV_COLUMNS]);
    expect(data).toEqual([
      expect.objectContaining({
        title: `'${TITLE}`,
        course_code: 'CEP250912',
        certificate_url: '',
        source_url: HOSTILE,
      }),
    ]);

    // The page's own scripts and handlers ran; nothing of its text did, there or in the extension.
    expect(
      await page.evaluate(() => {
        const flags = window as unknown as Record<string, unknown>;
        return { scripts: flags.pageScriptsRan, handlers: flags.pageHandlersRan, pwned: flags.ceTallyPwned ?? null };
      }),
    ).toEqual({ scripts: true, handlers: true, pwned: null });
    expect(dialogs).toEqual([]);
    await Promise.all([page.close(), log.close()]);
  },
);

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync(await file.path()).toString('utf8');
}
