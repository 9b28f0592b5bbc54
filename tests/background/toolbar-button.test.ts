import { describe, expect, it } from 'vitest';
import { toolbarButton, type ButtonApi, type ToolbarBrowser } from '../../lib/background/toolbar-button';
import type { Badge } from '../../lib/background/tab-state';

const BADGE: Badge = { text: '0.2', color: '#1a56db', title: 'CE Tally: completed “Course”' };

/** A button that keeps what it was told per tab, as the browser's does; `failWith` makes every call fail. */
function button(failWith?: Error): ButtonApi & { shown: Map<number, Partial<Badge>> } {
  const shown = new Map<number, Partial<Badge>>();
  const set = (tabId: number, part: Partial<Badge>) => {
    if (failWith) return Promise.reject(failWith);
    shown.set(tabId, { ...shown.get(tabId), ...part });
    return Promise.resolve();
  };
  return {
    shown,
    setBadgeText: ({ tabId, text }) => set(tabId, { text }),
    setBadgeBackgroundColor: ({ tabId, color }) => set(tabId, { color }),
    setTitle: ({ tabId, title }) => set(tabId, { title }),
  };
}

function browserWith(parts: Partial<ToolbarBrowser>, openTabs = [7]): ToolbarBrowser {
  return {
    tabs: { get: (tabId) => (openTabs.includes(tabId) ? Promise.resolve({ id: tabId }) : Promise.reject(new Error())) },
    ...parts,
  };
}

function recorder() {
  const logged: unknown[][] = [];
  return { logged, log: (...args: unknown[]) => void logged.push(args) };
}

describe('the toolbar button', () => {
  it('sets badge, colour and title through action (Chrome MV3)', async () => {
    const action = button();
    await toolbarButton(browserWith({ action })).show(7, BADGE);
    expect(action.shown.get(7)).toEqual(BADGE);
  });

  it('sets them through browserAction where there is no action (Firefox MV2)', async () => {
    const browserAction = button();
    await toolbarButton(browserWith({ browserAction })).show(7, BADGE);
    expect(browserAction.shown.get(7)).toEqual(BADGE);
  });

  it('prefers action when a browser has both', async () => {
    const action = button();
    const browserAction = button();
    await toolbarButton(browserWith({ action, browserAction })).show(7, BADGE);
    expect(action.shown.get(7)).toEqual(BADGE);
    expect(browserAction.shown.size).toBe(0);
  });

  it('stays quiet when the tab closed before the badge was set', async () => {
    const { logged, log } = recorder();
    const closed = button(new Error('Invalid tab ID: 9'));
    await toolbarButton(browserWith({ browserAction: closed }), log).show(9, BADGE);
    expect(logged).toEqual([]);
  });

  it('logs a failure on an open tab once, however often it repeats, and each new failure once', async () => {
    const { logged, log } = recorder();
    const broken = new Error('setBadgeText is not allowed here');
    const shown = toolbarButton(browserWith({ action: button(broken) }), log);
    for (let i = 0; i < 5; i++) await shown.show(7, BADGE);
    expect(logged).toEqual([['CE Tally could not set the toolbar badge:', broken]]);

    const other = toolbarButton(browserWith({ action: button(new Error('quota')) }), log);
    await other.show(7, BADGE);
    expect(logged).toHaveLength(2);
  });

  it('logs once when the browser has no toolbar button API at all', async () => {
    const { logged, log } = recorder();
    const none = toolbarButton(browserWith({}), log);
    await none.show(7, BADGE);
    await none.show(7, BADGE);
    expect(logged).toHaveLength(1);
    expect(String(logged[0][1])).toContain('neither action nor browserAction');
  });
});
