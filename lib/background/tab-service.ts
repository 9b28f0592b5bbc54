import { browser, type Browser } from 'wxt/browser';
import { isCprAedCourse } from '../model/cpr-aed';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { findByDedupKey, saveActivity } from '../store/activities';
import type { CeTallyDb } from '../store/db';
import { providerForUrl } from '../detect/registry';
import { describeStorageError, isDatabaseClosed } from '../errors';
import { contentMessageSchema, pageMessageSchema, type TabReply } from './messages';
import type { ActivityDraft, Detection } from '../model/schema';
import { badgeFor, type BadgeStatus, type TabState } from './tab-state';
import { extensionButton } from './toolbar-button';
import { runReminders } from './reminder-service';

/**
 * The background's work: per-tab detections, the badge, saving on the popup's request.
 * State lives in storage.session, not in variables: the MV3 worker sleeps whenever it likes.
 */

const stateKey = (tabId: number) => `tab:${tabId}`;
/** A page captured and saved in this tab (nothing detected there): the activity's id, until the tab moves on. */
const capturedKey = (tabId: number) => `captured:${tabId}`;

async function capturedActivityId(tabId: number): Promise<string | undefined> {
  const key = capturedKey(tabId);
  const value = (await browser.storage.session.get(key))[key];
  return typeof value === 'string' ? value : undefined;
}

export async function getTabState(tabId: number): Promise<TabState | undefined> {
  const key = stateKey(tabId);
  return (await browser.storage.session.get(key))[key] as TabState | undefined;
}

async function setTabState(tabId: number, state: TabState | undefined): Promise<void> {
  if (state) await browser.storage.session.set({ [stateKey(tabId)]: state });
  else await browser.storage.session.remove(stateKey(tabId));
}

function showBadge(tabId: number, status: BadgeStatus, detection?: Detection): Promise<void> {
  return extensionButton.show(tabId, badgeFor(status, detection));
}

export function detectionDraft(detection: Detection): ActivityDraft {
  const draft: ActivityDraft = { ...detection.activity, provider: detection.provider, format: 'online' };
  // A CPR/AED course is marked as one: renewals ask for the card, and some bodies count the course.
  return isCprAedCourse(draft.title) ? { ...draft, cprAed: true } : draft;
}

const tabQueues = new Map<number, Promise<unknown>>();

/**
 * Runs a tab's events one after another. A navigation's "forget" and the new page's report both read and
 * write the tab's state; interleaved (one reading before the other wrote), the forget erased the report.
 */
function inTabOrder<T>(tabId: number, work: () => Promise<T>): Promise<T> {
  const next = (tabQueues.get(tabId) ?? Promise.resolve()).catch(() => undefined).then(work);
  tabQueues.set(tabId, next);
  next.finally(() => tabQueues.get(tabId) === next && tabQueues.delete(tabId)).catch(() => undefined);
  return next;
}

/** The tab's state with whether its completion is in the log now, and the badge to match. */
async function recordAndShow(
  db: CeTallyDb,
  tabId: number,
  url: string,
  detection: Detection | null,
): Promise<TabState | undefined> {
  if (!detection) {
    await setTabState(tabId, undefined);
    await showBadge(tabId, 'none');
    return undefined;
  }
  const saved = await findByDedupKey(db, detectionDraft(detection));
  const state: TabState = { url, detection, activityId: saved?.id };
  await setTabState(tabId, state);
  await showBadge(tabId, saved ? 'saved' : 'detected', detection);
  return state;
}

/** Only the extension's own content scripts, on a provider's page, reporting that provider. */
function contentScriptTab(sender: Browser.runtime.MessageSender): { tabId: number; url: URL } | undefined {
  if (sender.id !== browser.runtime.id || sender.tab?.id === undefined || !sender.url) return undefined;
  let url: URL;
  try {
    // sender.url stays the URL the document loaded at; after a client-side navigation (pushState) the
    // tab's URL is the page's own. Both are the same site, or the message comes from a page now gone.
    url = new URL(sender.tab.url ?? sender.url);
    if (url.origin !== new URL(sender.url).origin) return undefined;
  } catch {
    return undefined;
  }
  return providerForUrl(url) ? { tabId: sender.tab.id, url } : undefined;
}

function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

export type Refusal = { refused: string };
type Reply = TabReply | Refusal | { ok: true };

/**
 * Every message the background hears. A refusal writes nothing. A database closed under us (an upgrade
 * from another page, the browser reclaiming it) is reopened once; any other storage failure becomes a
 * message the popup shows, and what was saved before stays.
 */
export async function handleMessage(
  db: CeTallyDb,
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<Reply> {
  try {
    return await dispatch(db, message, sender);
  } catch (error) {
    if (isDatabaseClosed(error)) {
      try {
        await db.open();
        return await dispatch(db, message, sender);
      } catch (again) {
        return { status: 'error', message: describeStorageError(again) };
      }
    }
    return { status: 'error', message: describeStorageError(error) };
  }
}

async function dispatch(db: CeTallyDb, message: unknown, sender: Browser.runtime.MessageSender): Promise<Reply> {
  const fromContent = contentScriptTab(sender);
  if (fromContent) {
    const parsed = contentMessageSchema.safeParse(message);
    if (!parsed.success) return { refused: 'malformed detection' };
    const { detection } = parsed.data;
    if (detection && detection.provider !== providerForUrl(fromContent.url)?.id)
      return { refused: 'provider does not match the page' };
    await inTabOrder(fromContent.tabId, () => recordAndShow(db, fromContent.tabId, fromContent.url.href, detection));
    return { ok: true };
  }
  if (!isExtensionPage(sender)) return { refused: 'unknown sender' };
  const parsed = pageMessageSchema.safeParse(message);
  if (!parsed.success) return { refused: 'malformed message' };
  if (parsed.data.type === 'certifications-changed') {
    await runReminders(db);
    return { ok: true };
  }
  const { tabId } = parsed.data;
  if (parsed.data.type === 'popup-opened') return saveTabDetection(db, tabId);
  const captured = parsed.data.capturedActivityId;
  await inTabOrder(tabId, async () => {
    const state = await getTabState(tabId);
    if (state) await recordAndShow(db, tabId, state.url, state.detection);
    else if (captured) await browser.storage.session.set({ [capturedKey(tabId)]: captured });
  });
  return { ok: true };
}

/** The click on the toolbar icon: save what the tab shows (once), and say what happened. */
export function saveTabDetection(db: CeTallyDb, tabId: number): Promise<TabReply> {
  return inTabOrder(tabId, () => saveShownDetection(db, tabId));
}

async function saveShownDetection(db: CeTallyDb, tabId: number): Promise<TabReply> {
  const state = await getTabState(tabId);
  if (!state) return capturedHere(db, tabId);
  const result = await saveActivity(db, detectionDraft(state.detection), 'detected');
  // The reply waits for both: the popup is told "saved" once the badge says so too.
  await Promise.all([
    setTabState(tabId, { ...state, activityId: result.activity.id }),
    showBadge(tabId, 'saved', state.detection),
  ]);
  return result;
}

/** Nothing detected here: a page captured and saved in this tab, still in the log, is "already saved". */
async function capturedHere(db: CeTallyDb, tabId: number): Promise<TabReply> {
  const id = await capturedActivityId(tabId);
  const activity = id && (await db.activities.get(id));
  return activity ? { status: 'already', activity } : { status: 'none' };
}

/**
 * A tab that moved to another page (url unknown: a site we may not see) forgets what the old page showed.
 * A captured page is forgotten on any move: its address may be one the background is not told.
 */
export function forgetMovedTab(tabId: number, url: string | undefined): Promise<void> {
  return inTabOrder(tabId, async () => {
    const captured = await capturedActivityId(tabId);
    if (captured) await browser.storage.session.remove(capturedKey(tabId));
    const state = await getTabState(tabId);
    if (state && state.url !== url) {
      await setTabState(tabId, undefined);
      await showBadge(tabId, 'none');
    }
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return inTabOrder(tabId, async () => {
    await setTabState(tabId, undefined);
    await browser.storage.session.remove(capturedKey(tabId));
  });
}

/**
 * Chrome runs content scripts only in pages loaded after the extension was installed or updated: a
 * certificate already open would go unnoticed until reloaded. Run them in the open provider tabs now.
 * (The script that an update left behind stops itself; see entrypoints/providers.content.ts.)
 */
export async function runContentScriptsInOpenTabs(): Promise<void> {
  for (const script of browser.runtime.getManifest().content_scripts ?? []) {
    // The manifest names the built files, which are the extension's own scripts.
    const files = (script.js ?? []) as ScriptPublicPath[];
    if (files.length === 0) continue;
    // A discarded tab runs the content scripts itself when it is opened again.
    const tabs = await browser.tabs.query({ url: script.matches, discarded: false });
    await Promise.all(
      tabs.map(async ({ id }) => {
        if (id === undefined) return;
        // An error page, or a tab closed meanwhile, cannot take a script: nothing to do there.
        await browser.scripting.executeScript({ target: { tabId: id }, files }).catch(() => undefined);
      }),
    );
  }
}
