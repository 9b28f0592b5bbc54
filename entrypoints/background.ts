import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDb } from '../lib/store/db';
import { forgetKeptFigures } from '../lib/store/figures-cache';
import { forgetMovedTab, forgetTab, handleMessage, runContentScriptsInOpenTabs } from '../lib/background/tab-service';
import { listenForReminders } from '../lib/background/reminder-service';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void handleMessage(getDb(), message, sender).then(sendResponse);
    return true; // the answer comes asynchronously
  });
  // Without the tabs permission the new URL is visible only on provider hosts; a load elsewhere has none.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url || change.status === 'loading') void forgetMovedTab(tabId, change.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // Firefox runs content scripts in the open tabs by itself on install and update; Chrome does not.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (!import.meta.env.FIREFOX && (reason === 'install' || reason === 'update')) void runContentScriptsInOpenTabs();
    // A new release may count differently: the popup counts its figures again rather than show kept ones.
    if (reason === 'update') void forgetKeptFigures(getDb()).catch(() => undefined);
  });
  // Renewal reminders: the alarm, the click, the browser's start (lib/background/reminder-service.ts).
  listenForReminders(getDb);
});
