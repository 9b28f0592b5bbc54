import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { firstByDate, sortByDate, type DateOrder } from '../../lib/store/activities';
import { creditRows } from '../../lib/store/credit-rows';
import type { CeTallyDb } from '../../lib/store/db';
import { markWhenPainted, PERF_MARKS } from '../../lib/perf-marks';
import { filterActivities, isFiltered, matchingCredits, type LogFilter } from '../../lib/tally/log-filter';
import { creditTotals } from '../../lib/tally/totals';

export const PAGE_SIZE = 50;

/**
 * Whether the log's first screen is painted. Until then the options page leaves the credit summary unread:
 * parsing every row of a large log held its first 50 back. True outside the log.
 */
export const FirstScreenPainted = createContext(true);

/**
 * The log's rows on their way to the screen: every row -> in the chosen order -> those the filter shows
 * -> their totals -> the activities of the page on screen. Filters, order, counts and totals work on the
 * credit summary (32 records, lib/store/credit-summary.ts); only the page on screen reads its activities.
 * The first screen of an unfiltered log comes sooner, through the date index with the count, and the
 * summary is read once it is painted.
 */
export function useLogRows(db: CeTallyDb, filter: LogFilter, order: DateOrder, page: number) {
  const certifications = useLiveQuery(() => db.certifications.orderBy('cycleEnd').toArray(), [db]);
  const [painted, setPainted] = useState(false);
  // A filter (a reminder's certification, from the start) or another page needs every row at once.
  const needsRows = painted || isFiltered(filter) || page > 0;
  const rows = useLiveQuery(() => (needsRows ? creditRows(db) : undefined), [db, needsRows]);
  const oldestFirst = useMemo(() => rows && sortByDate(rows, 'oldest'), [rows]);
  // Typing stays responsive with a large log: the filtering runs in a deferred render.
  const deferredFilter = useDeferredValue(filter);
  const ordered = useMemo(
    () => oldestFirst && (order === 'oldest' ? oldestFirst : sortByDate(oldestFirst, order)),
    [oldestFirst, order],
  );
  const shown = useMemo(
    () => (ordered && certifications ? filterActivities(ordered, deferredFilter, certifications) : undefined),
    [ordered, certifications, deferredFilter],
  );
  const totals = useMemo(
    () =>
      shown && creditTotals(shown.map((row) => ({ credits: matchingCredits(row, deferredFilter, certifications) }))),
    [shown, deferredFilter, certifications],
  );

  // Until the rows are read, the count stands for them (the first screen is unfiltered).
  const count = useLiveQuery(async () => (rows ? undefined : db.activities.count()), [db, rows === undefined]);
  const total = rows?.length ?? count;
  const shownCount = shown?.length ?? total ?? 0;
  const pageCount = Math.max(1, Math.ceil(shownCount / PAGE_SIZE));
  const currentPage = Math.min(page, pageCount - 1);
  const pageIds = useMemo(
    () => shown?.slice(currentPage * PAGE_SIZE, (currentPage + 1) * PAGE_SIZE).map((row) => row.id),
    [shown, currentPage],
  );
  const loaded = useLiveQuery(
    async () =>
      pageIds && new Map((await db.activities.bulkGet(pageIds)).flatMap((a) => (a ? [[a.id, a] as const] : []))),
    [db, pageIds],
  );
  // While a page is read, a filter that narrows what is on screen shows at once; anything else keeps
  // the previous page on screen for the moment the read takes.
  const summaryPage = useMemo(() => {
    if (!loaded || !pageIds) return undefined;
    const items = pageIds.flatMap((id) => loaded.get(id) ?? []);
    return items.length === pageIds.length ? items : [...loaded.values()];
  }, [loaded, pageIds]);
  // Until a page of the summary's is read: the unfiltered first page, through the index (kept on screen,
  // as any previous page is, while the next one is read).
  const early = summaryPage === undefined;
  const firstPage = useLiveQuery(() => (early ? firstByDate(db, order, PAGE_SIZE) : undefined), [db, order, early]);
  const pageItems = summaryPage ?? (isFiltered(deferredFilter) ? undefined : firstPage);
  // The first screen of the log is on screen, for `npm run bench`; then the summary is read.
  const ready = total !== undefined && pageItems !== undefined;
  useEffect(() => {
    if (!ready) return;
    markWhenPainted(PERF_MARKS.logReady);
    if (painted) return;
    // After the frame that draws the first screen and a task: its paint.
    const frame = requestAnimationFrame(() => setTimeout(() => setPainted(true)));
    return () => cancelAnimationFrame(frame);
  }, [ready, painted]);

  return {
    certifications,
    rows,
    /** Every activity, counted: known before the rows (the first screen's count). */
    total,
    painted,
    /** Every row, oldest first: what "Everything" exports. */
    oldestFirst,
    shown,
    deferredFilter,
    totals,
    pageItems,
    pageCount,
    currentPage,
    ready,
  };
}
