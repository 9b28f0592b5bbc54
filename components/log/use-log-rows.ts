import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useEffect, useMemo } from 'react';
import { sortByDate, type DateOrder } from '../../lib/store/activities';
import { creditRows } from '../../lib/store/credit-rows';
import type { CeTallyDb } from '../../lib/store/db';
import { PERF_MARKS } from '../../lib/perf-marks';
import { filterActivities, matchingCredits, type LogFilter } from '../../lib/tally/log-filter';
import { creditTotals } from '../../lib/tally/totals';

export const PAGE_SIZE = 50;

/**
 * The log's rows on their way to the screen: every row -> in the chosen order -> those the filter shows
 * -> their totals -> the activities of the page on screen. Filters, order, counts and totals work on the
 * credit summary (32 records, lib/store/credit-summary.ts); only the page on screen reads its activities.
 */
export function useLogRows(db: CeTallyDb, filter: LogFilter, order: DateOrder, page: number) {
  const certifications = useLiveQuery(() => db.certifications.orderBy('cycleEnd').toArray(), [db]);
  const rows = useLiveQuery(() => creditRows(db), [db]);
  const oldestFirst = useMemo(() => rows && sortByDate(rows, 'oldest'), [rows]);
  const ordered = useMemo(
    () => oldestFirst && (order === 'oldest' ? oldestFirst : sortByDate(oldestFirst, order)),
    [oldestFirst, order],
  );
  // Typing stays responsive with a large log: the filtering runs in a deferred render.
  const deferredFilter = useDeferredValue(filter);
  const shown = useMemo(
    () => (ordered && certifications ? filterActivities(ordered, deferredFilter, certifications) : undefined),
    [ordered, certifications, deferredFilter],
  );
  const totals = useMemo(
    () =>
      shown && creditTotals(shown.map((row) => ({ credits: matchingCredits(row, deferredFilter, certifications) }))),
    [shown, deferredFilter, certifications],
  );

  const pageCount = Math.max(1, Math.ceil((shown?.length ?? 0) / PAGE_SIZE));
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
  const pageItems = useMemo(() => {
    if (!loaded || !pageIds) return undefined;
    const items = pageIds.flatMap((id) => loaded.get(id) ?? []);
    return items.length === pageIds.length ? items : [...loaded.values()];
  }, [loaded, pageIds]);
  // The first screen of the log is on screen, for `npm run bench`.
  const ready = shown !== undefined && pageItems !== undefined;
  useEffect(() => {
    if (ready && performance.getEntriesByName(PERF_MARKS.logReady).length === 0) performance.mark(PERF_MARKS.logReady);
  }, [ready]);

  return {
    certifications,
    rows,
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
