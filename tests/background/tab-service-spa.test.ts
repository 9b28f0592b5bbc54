import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import type { Detection } from '../../lib/model/schema';
import { forgetMovedTab, getTabState, handleMessage } from '../../lib/background/tab-service';
import { testDb } from '../support/helpers';

const COURSE = 'https://www.coursera.org/learn/project-initiation-google/home/module/2';
const CERTIFICATE = 'https://www.coursera.org/account/accomplishments/certificate/8ZLR4GEX2QJM';
const TAB = 7;

const detection: Detection = {
  provider: 'coursera',
  activity: {
    title: 'Foundations of Project Management',
    completedOn: '2026-09-14',
    courseCode: null,
    credits: [],
    sourceUrl: CERTIFICATE,
    certificateUrl: null,
  },
};

/** A content script's message: `url` is where its document loaded, `tabUrl` where the tab is now. */
function contentScript(url: string, tabUrl: string): Browser.runtime.MessageSender {
  return { id: fakeBrowser.runtime.id, url, tab: { id: TAB, url: tabUrl } as Browser.tabs.Tab };
}

describe('detections after a client-side navigation', () => {
  it("are kept for the tab's current URL, so the tab's own URL change does not forget them", async () => {
    const db = testDb();
    // The course page pushed the certificate's URL: the sender still names the course page.
    expect(await handleMessage(db, { type: 'detection', detection }, contentScript(COURSE, CERTIFICATE))).toEqual({
      ok: true,
    });
    expect((await getTabState(TAB))?.url).toBe(CERTIFICATE);
    await forgetMovedTab(TAB, CERTIFICATE);
    expect((await getTabState(TAB))?.detection).toEqual(detection);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('CE');
  });

  it('are refused from a page whose tab has since left for another site', async () => {
    const db = testDb();
    const reply = await handleMessage(
      db,
      { type: 'detection', detection },
      contentScript(CERTIFICATE, 'https://www.example.org/'),
    );
    expect(reply).toHaveProperty('refused');
    expect(await getTabState(TAB)).toBeUndefined();
  });

  it('survive the navigation\'s "forget" running at the same time as the new page\'s report', async () => {
    const db = testDb();
    await handleMessage(db, { type: 'detection', detection }, contentScript(COURSE, COURSE));
    // The forget reads the tab's state slowly (a busy worker): the report comes in meanwhile.
    const read = fakeBrowser.storage.session.get.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'get').mockImplementationOnce(async (keys) => {
      const state = await read(keys);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return state;
    });
    const moved = `${CERTIFICATE}#top`;
    await Promise.all([
      forgetMovedTab(TAB, moved),
      handleMessage(db, { type: 'detection', detection }, contentScript(COURSE, moved)),
    ]);
    expect((await getTabState(TAB))?.url).toBe(moved);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('CE');
  });
});
