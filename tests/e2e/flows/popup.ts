import type { ExtensionView } from '../../support/browser/extension-view';

/** The popup's words for what the click did to the current page. */
export const waitForStatus = (popup: ExtensionView, status: 'Saved' | 'Already saved') =>
  popup.waitFor((s) => document.querySelector('.current .status strong')?.textContent === s, status, 20_000);

/** Whether the popup's recent activities list the title. */
export const recentListShows = (popup: ExtensionView, title: string) =>
  popup.evaluate((t) => document.querySelector('.recent-list')?.textContent?.includes(t) ?? false, title);

/** The form's code loads on demand: wait for the form itself, not for the note above it. */
export const waitForForm = (popup: ExtensionView, heading: string) =>
  popup.waitFor(
    (h) =>
      document.querySelector('.activity-form h2')?.textContent === h &&
      document.querySelector('.activity-form input') !== null,
    heading,
    20_000,
  );

/** The titles in the log's table, one per row (each row's header cell is its title). */
export const logTitles = (log: ExtensionView) =>
  log.evaluate(() =>
    [...document.querySelectorAll('.log-table th.title')].map((th) => th.firstChild?.textContent ?? ''),
  );

/** Whether anything in the popup is wider than the popup (it would scroll sideways). */
export const overflowsSideways = (popup: ExtensionView) =>
  popup.evaluate(() => {
    const main = document.querySelector('main.popup')!;
    return (
      main.scrollWidth > main.clientWidth || document.documentElement.scrollWidth > document.documentElement.clientWidth
    );
  });
