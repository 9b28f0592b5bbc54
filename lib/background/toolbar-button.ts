import { browser } from 'wxt/browser';
import type { Badge } from './tab-state';

/**
 * The calls the badge needs, which Chrome's `action` and Firefox's MV2 `browserAction` both have. Both return
 * promises here; Chrome's types know `browserAction` only from callback days (void).
 */
export interface ButtonApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void> | void;
  setTitle(details: { tabId: number; title: string }): Promise<void> | void;
}

/** What the toolbar button is reached through: the browser's namespace, or a test's stand-in for it. */
export interface ToolbarBrowser {
  action?: ButtonApi;
  browserAction?: ButtonApi;
  tabs: { get(tabId: number): Promise<unknown> };
}

export interface ToolbarButton {
  /** Shows the badge on the tab's button. A tab closed meanwhile is no error: there is nothing to show. */
  show(tabId: number, badge: Badge): Promise<void>;
}

/**
 * The toolbar button, whichever manifest the build has: Chrome MV3 calls it `action`, Firefox's MV2 build
 * `browserAction` (it has no `action`). Any other failure is logged, once per distinct message: the badge is
 * set on every page load, and a broken badge must show in the console without flooding it.
 */
export function toolbarButton(
  api: ToolbarBrowser,
  logError: (message: string, error: unknown) => void = console.error,
): ToolbarButton {
  const logged = new Set<string>();
  const logOnce = (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    if (logged.has(message)) return;
    logged.add(message);
    logError('CE Tally could not set the toolbar badge:', error);
  };
  return {
    async show(tabId, badge) {
      try {
        const button = api.action ?? api.browserAction;
        if (!button) throw new Error('this browser has neither action nor browserAction');
        await Promise.all([
          button.setBadgeText({ tabId, text: badge.text }),
          button.setBadgeBackgroundColor({ tabId, color: badge.color }),
          button.setTitle({ tabId, title: badge.title }),
        ]);
      } catch (error) {
        // Asked rather than read from the error's wording, which differs between browsers.
        const tabOpen = await api.tabs.get(tabId).then(
          () => true,
          () => false,
        );
        if (tabOpen) logOnce(error);
      }
    },
  };
}

/** The extension's own toolbar button. */
export const extensionButton: ToolbarButton = toolbarButton(browser);
