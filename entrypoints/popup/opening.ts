import { browser } from 'wxt/browser';
import type { TabReply } from '../../lib/background/messages';
import { PERF_MARKS } from '../../lib/perf-marks';
import { errorMessage } from '../../lib/errors';

/** What opening the popup did to the current tab. */
export interface Opening {
  tabId: number | undefined;
  reply: TabReply;
}

const KEY = '__ceTallyOpening';
type WithOpening = typeof globalThis & { [KEY]?: Promise<Opening> };

/**
 * Opening the popup on a detected page is the save. It is asked for by a tiny script of its own
 * (entrypoints/popup-start.ts) that runs before the popup's React and Dexie have loaded (docs/architecture.md).
 */
export function startOpening(): Promise<Opening> {
  const scope = globalThis as WithOpening;
  scope[KEY] ??= (async () => {
    let tabId: number | undefined;
    let reply: TabReply;
    try {
      [{ id: tabId } = { id: undefined }] = await browser.tabs.query({ active: true, currentWindow: true });
      reply =
        tabId === undefined ? { status: 'none' } : await browser.runtime.sendMessage({ type: 'popup-opened', tabId });
    } catch (error) {
      reply = { status: 'error', message: errorMessage(error) };
    }
    if (reply.status === 'saved') performance.mark(PERF_MARKS.saved);
    return { tabId, reply };
  })();
  return scope[KEY];
}
