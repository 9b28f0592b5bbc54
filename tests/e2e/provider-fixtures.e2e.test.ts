/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TabState } from '../../lib/background/tab-state';
import { providerFixtures } from '../support/helpers';
import { badge, launchExtension, routeFixtures, tabIdOf, type Extension } from '../support/browser/extension';

/**
 * Every fixture page at its real URL in real Chromium, through the built content script and the background:
 * the page's own parser and DOM, not happy-dom's, must give the same detection as the detect CLI.
 */
const fixtures = providerFixtures();

/** What each URL serves now: read at request time, so two fixtures of one URL (a passed and a failed quiz) take turns. */
const serving: Record<string, string> = {};
const serve = (fixture: (typeof fixtures)[number]) =>
  (serving[fixture.url] = `${fixture.provider}/${fixture.name}.html`);

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
  for (const host of new Set(fixtures.map((f) => new URL(f.url).host)))
    await routeFixtures(ext.context, `https://${host}/**`, serving);
});
afterAll(() => ext?.close());

async function tabState(tabId: number): Promise<TabState | undefined> {
  const worker = await ext.worker();
  return worker.evaluate(
    async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as TabState | undefined,
    tabId,
  );
}

async function waitForState(tabId: number, timeoutMs = 15_000): Promise<TabState | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await tabState(tabId);
    if (state || Date.now() > deadline) return state;
    await new Promise((r) => setTimeout(r, 150));
  }
}

it('detects every completion page exactly as the detect CLI does', { timeout: 240_000 }, async () => {
  for (const fixture of fixtures.filter((f) => f.expected.detected)) {
    const { expected } = fixture;
    if (!expected.detected) continue;
    serve(fixture);
    const page = await ext.context.newPage();
    await page.goto(fixture.url);
    const state = await waitForState(await tabIdOf(ext, fixture.url));
    // The CLI's output, with what detection holds beyond it: a shortened title's length, the credits' categories
    // and the shares proposed for part of them.
    const credits = (expected.activity.credits as object[]).map((credit, i) => ({
      ...credit,
      ...(fixture.categories?.[i]?.length ? { categories: fixture.categories[i] } : {}),
      ...(fixture.statedShares?.[i]?.length ? { statedShares: fixture.statedShares[i] } : {}),
    }));
    const activity = {
      ...expected.activity,
      credits,
      ...(fixture.shortened ? { shortened: fixture.shortened } : {}),
    };
    expect(state?.detection, `${fixture.provider}/${fixture.name}`).toEqual({ provider: expected.provider, activity });
    await page.close();
  }
});

it(
  'leaves the badge empty on every near-miss, after the content script has looked again',
  { timeout: 240_000 },
  async () => {
    // An app shell is a completion once its script has run: providers-spa.e2e.test.ts covers those.
    let waiting = fixtures.filter((f) => !f.expected.detected && !f.rendersByScript);
    while (waiting.length > 0) {
      // Open at once every near-miss of a distinct URL; one that shares a URL waits for the next round.
      const round = waiting.filter((f, i) => waiting.findIndex((g) => g.url === f.url) === i);
      waiting = waiting.filter((f) => !round.includes(f));
      const tabs: Array<{ name: string; page: Page; url: string }> = [];
      for (const fixture of round) {
        serve(fixture);
        const page = await ext.context.newPage();
        await page.goto(fixture.url);
        tabs.push({ name: `${fixture.provider}/${fixture.name}`, page, url: fixture.url });
      }
      // The content script looks at once and again after 0.5 s and 1.5 s: wait past those.
      await new Promise((r) => setTimeout(r, 2500));
      for (const { name, page, url } of tabs) {
        const tabId = await tabIdOf(ext, url);
        expect((await badge(ext, tabId)).text, name).toBe('');
        expect(await tabState(tabId), name).toBeUndefined();
        await page.close();
      }
    }
  },
);
