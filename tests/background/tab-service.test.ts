import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveActivity } from '../../lib/store/activities';
import { forgetMovedTab, getTabState, handleMessage, saveTabDetection } from '../../lib/background/tab-service';
import { draft, testDb } from '../support/helpers';

const PAGE = 'https://www.acefitness.org/myace/certificates/CEP251107/';
const TAB = 7;
const { provider: _provider, ...activity } = draft();
const detection = { provider: 'ace', activity };

function fromContentScript(url = PAGE): Browser.runtime.MessageSender {
  return { id: fakeBrowser.runtime.id, url, tab: { id: TAB } as Browser.tabs.Tab };
}
const fromPopup: Browser.runtime.MessageSender = {
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/popup.html'),
};

async function badge() {
  return {
    text: await fakeBrowser.action.getBadgeText({ tabId: TAB }),
    title: await fakeBrowser.action.getTitle({ tabId: TAB }),
  };
}

describe('a detection from a content script', () => {
  it('is kept per tab and shown as a badge with its credits', async () => {
    const db = testDb();
    expect(await handleMessage(db, { type: 'detection', detection }, fromContentScript())).toEqual({ ok: true });
    expect(await getTabState(TAB)).toMatchObject({ url: PAGE, detection: { provider: 'ace' } });
    const shown = await badge();
    expect(shown.text).toBe('0.2');
    expect(shown.title).toContain('Functional Training for Older Adults');
    expect(shown.title).toContain('0.2 ACE CECs (2 contact hours)');
  });

  it('shows "already saved" when the completion is in the log', async () => {
    const db = testDb();
    await saveActivity(db, draft(), 'detected');
    await handleMessage(db, { type: 'detection', detection }, fromContentScript());
    expect((await badge()).text).toBe('✓');
  });

  it.each([
    [
      'a malformed payload',
      { type: 'detection', detection: { provider: 'ace', activity: { title: 42 } } },
      fromContentScript(),
    ],
    [
      'a javascript: certificate link',
      {
        type: 'detection',
        detection: { ...detection, activity: { ...activity, certificateUrl: 'javascript:alert(1)' } },
      },
      fromContentScript(),
    ],
    [
      'a provider that is not the page’s',
      { type: 'detection', detection: { ...detection, provider: 'nasm' } },
      fromContentScript(),
    ],
    [
      'a page that is not a provider’s',
      { type: 'detection', detection },
      fromContentScript('https://evil.example/ace'),
    ],
    ['another extension', { type: 'detection', detection }, { ...fromContentScript(), id: 'other-extension' }],
    [
      'a web page asking to save',
      { type: 'popup-opened', tabId: TAB },
      { url: 'https://evil.example/', tab: { id: 3 } as Browser.tabs.Tab },
    ],
    ['a content script asking to save', { type: 'popup-opened', tabId: TAB }, fromContentScript()],
    ['an unknown message', { type: 'wipe-everything' }, fromPopup],
  ])('refuses %s and writes nothing', async (_, message, sender) => {
    const db = testDb();
    const reply = await handleMessage(db, message, sender);
    expect(reply).toHaveProperty('refused');
    expect(await getTabState(TAB)).toBeUndefined();
    expect(await db.activities.count()).toBe(0);
    expect((await badge()).text).toBe('');
  });
});

describe('the click on the toolbar icon', () => {
  it('saves the tab’s completion once, then says it is already saved', async () => {
    const db = testDb();
    await handleMessage(db, { type: 'detection', detection }, fromContentScript());
    const first = await handleMessage(db, { type: 'popup-opened', tabId: TAB }, fromPopup);
    expect(first).toMatchObject({
      status: 'saved',
      activity: { title: 'Functional Training for Older Adults', provider: 'ace', format: 'online' },
    });
    expect((await badge()).text).toBe('✓');
    const second = await saveTabDetection(db, TAB);
    expect(second.status).toBe('already');
    expect(await db.activities.count()).toBe(1);
  });

  it('says there is nothing on a tab without a detection', async () => {
    expect(await handleMessage(testDb(), { type: 'popup-opened', tabId: 99 }, fromPopup)).toEqual({ status: 'none' });
  });

  it('shows the detected state again after the activity is removed and the popup asks for a refresh', async () => {
    const db = testDb();
    await handleMessage(db, { type: 'detection', detection }, fromContentScript());
    const saved = await saveTabDetection(db, TAB);
    await db.activities.delete(saved.status === 'none' || saved.status === 'error' ? '' : saved.activity.id);
    await handleMessage(db, { type: 'refresh-tab', tabId: TAB }, fromPopup);
    expect((await badge()).text).toBe('0.2');
  });
});

describe('navigation', () => {
  it('forgets a tab’s detection when the tab moves to another page, not when it stays', async () => {
    const db = testDb();
    await handleMessage(db, { type: 'detection', detection }, fromContentScript());
    await forgetMovedTab(TAB, PAGE);
    expect(await getTabState(TAB)).toBeDefined();
    await forgetMovedTab(TAB, undefined);
    expect(await getTabState(TAB)).toBeUndefined();
    expect((await badge()).text).toBe('');
  });

  it('forgets it when the content script reports nothing on the new page', async () => {
    const db = testDb();
    await handleMessage(db, { type: 'detection', detection }, fromContentScript());
    await handleMessage(db, { type: 'detection', detection: null }, fromContentScript(`${PAGE}other`));
    expect(await getTabState(TAB)).toBeUndefined();
  });
});

describe('storage failures', () => {
  it('reopens a database that was closed under it, and saves', async () => {
    const db = testDb();
    await handleMessage(db, { type: 'detection', detection }, fromContentScript());
    db.close();
    const reply = await handleMessage(db, { type: 'popup-opened', tabId: TAB }, fromPopup);
    expect(reply).toMatchObject({ status: 'saved' });
    expect(await db.activities.count()).toBe(1);
  });

  it('tells the user when the disk is full and keeps what was saved before', async () => {
    const db = testDb();
    await saveActivity(db, draft({ courseCode: 'CEP000001' }), 'detected');
    await handleMessage(db, { type: 'detection', detection }, fromContentScript());
    const full = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    db.activities.hook('creating', () => {
      throw full;
    });
    const reply = await handleMessage(db, { type: 'popup-opened', tabId: TAB }, fromPopup);
    expect(reply).toEqual({ status: 'error', message: expect.stringContaining('no room left') });
    expect((await db.activities.toArray()).map((a) => a.courseCode)).toEqual(['CEP000001']);
    expect((await badge()).text).toBe('0.2');
  });
});

describe('a page captured and saved (nothing detected there)', () => {
  const CAPTURED = draft({
    title: 'Kettlebell Basics',
    provider: undefined,
    organizer: 'Iron Gym',
    sourceUrl: 'https://gym.example/kb',
  });

  it('is "already saved" when the popup opens again over the same page, until the tab moves on', async () => {
    const db = testDb();
    const { activity } = await saveActivity(db, CAPTURED, 'captured');
    await handleMessage(db, { type: 'refresh-tab', tabId: TAB, capturedActivityId: activity.id }, fromPopup);
    const again = await handleMessage(db, { type: 'popup-opened', tabId: TAB }, fromPopup);
    expect(again).toMatchObject({ status: 'already', activity: { id: activity.id, title: 'Kettlebell Basics' } });
    expect(await db.activities.count()).toBe(1);
    await forgetMovedTab(TAB, undefined);
    expect(await handleMessage(db, { type: 'popup-opened', tabId: TAB }, fromPopup)).toEqual({ status: 'none' });
  });

  it('is nothing once its activity was removed from the log', async () => {
    const db = testDb();
    const { activity } = await saveActivity(db, CAPTURED, 'captured');
    await handleMessage(db, { type: 'refresh-tab', tabId: TAB, capturedActivityId: activity.id }, fromPopup);
    await db.activities.delete(activity.id);
    expect(await handleMessage(db, { type: 'popup-opened', tabId: TAB }, fromPopup)).toEqual({ status: 'none' });
  });

  it('refuses a refresh naming something that is no activity id, and writes nothing', async () => {
    const db = testDb();
    for (const capturedActivityId of ['', 42, 'x'.repeat(101), { id: 'a' }])
      expect(await handleMessage(db, { type: 'refresh-tab', tabId: TAB, capturedActivityId }, fromPopup)).toEqual({
        refused: 'malformed message',
      });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
