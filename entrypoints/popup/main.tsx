import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { deleteActivity, restoreActivity } from '../../lib/activities';
import { getDb } from '../../lib/db';
import type { TabReply } from '../../lib/messages';
import { PopupApp } from '../../components/PopupApp';
import '../../components/styles.css';

const db = getDb();
const root = createRoot(document.getElementById('root')!);

async function currentTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** "Capture this page": the generic extractor, injected into the tab (activeTab + scripting); the popup checks its answer. */
async function runCaptureScript(tabId: number | undefined): Promise<unknown> {
  if (tabId === undefined) throw new Error('there is no current tab');
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/capture.js'] });
  return frame?.result;
}

function render(reply: TabReply | undefined, tabId: number | undefined) {
  const refresh = () => (tabId === undefined ? Promise.resolve() : browser.runtime.sendMessage({ type: 'refresh-tab', tabId }));
  root.render(
    <StrictMode>
      <PopupApp
        db={db}
        reply={reply}
        openLog={() => void browser.runtime.openOptionsPage()}
        addCertification={() => void browser.tabs.create({ url: browser.runtime.getURL('/options.html#add-certification') })}
        actions={{
          undo: async (id) => {
            const removed = await deleteActivity(db, id);
            await refresh();
            return removed;
          },
          saveAgain: async (removed) => {
            await restoreActivity(db, removed);
            await refresh();
          },
          openEditor: (id) => void browser.tabs.create({ url: browser.runtime.getURL(`/options.html#edit=${id}`) }),
          capture: () => runCaptureScript(tabId),
          refreshTab: refresh,
        }}
      />
    </StrictMode>,
  );
}

// Opening the popup on a detected page is the save: ask the background to save what the tab shows.
render(undefined, undefined);
void (async () => {
  const tabId = await currentTabId();
  let reply: TabReply;
  try {
    reply = tabId === undefined ? { status: 'none' } : await browser.runtime.sendMessage({ type: 'popup-opened', tabId });
  } catch (error) {
    reply = { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  render(reply, tabId);
})();
