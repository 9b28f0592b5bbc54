import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { deleteActivity, restoreActivity } from '../../lib/store/activities';
import { getDb } from '../../lib/store/db';
import type { TabReply } from '../../lib/background/messages';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/styles.css';
import { startOpening } from './opening';
import { optionsUrl } from '../../lib/routes';

const db = getDb();
const root = createRoot(document.getElementById('root')!);

/** "Capture this page": the generic extractor, injected into the tab (activeTab + scripting); the popup checks its answer. */
async function runCaptureScript(tabId: number | undefined): Promise<unknown> {
  if (tabId === undefined) throw new Error('there is no current tab');
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/capture.js'] });
  return frame?.result;
}

function render(reply: TabReply | undefined, tabId: number | undefined) {
  const refresh = (capturedActivityId?: string) =>
    tabId === undefined
      ? Promise.resolve()
      : browser.runtime.sendMessage({ type: 'refresh-tab', tabId, capturedActivityId });
  root.render(
    <StrictMode>
      <PopupApp
        db={db}
        reply={reply}
        openLog={() => void browser.runtime.openOptionsPage()}
        addCertification={() =>
          void browser.tabs.create({ url: browser.runtime.getURL(optionsUrl.addCertification()) })
        }
        openPacket={(id) => void browser.tabs.create({ url: browser.runtime.getURL(optionsUrl.packet(id)) })}
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
          openEditor: (id) => void browser.tabs.create({ url: browser.runtime.getURL(optionsUrl.edit(id)) }),
          capture: () => runCaptureScript(tabId),
          refreshTab: refresh,
        }}
      />
    </StrictMode>,
  );
}

// popup-start.ts has already asked the background to save what the tab shows (see opening.ts).
render(undefined, undefined);
void startOpening().then(({ reply, tabId }) => render(reply, tabId));
