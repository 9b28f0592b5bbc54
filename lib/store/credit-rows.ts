import { isBucket, parseSummary, stampOf, type CreditRow, type SummaryRecord } from './credit-summary';
import type { CeTallyDb } from './db';

/** The summary last read for each database: each bucket's text and rows, and all the rows in bucket order. */
const parsedSummaries = new WeakMap<
  CeTallyDb,
  { buckets: Map<string, { text: string; rows: readonly CreditRow[] }>; rows: readonly CreditRow[] }
>();

/**
 * Every activity's date, CPR/AED mark, credits and search text, from the summary records (fast at any
 * size). Views that read an unchanged summary (the log and the certifications, both on the options
 * page) share one parse and one copy of the rows: a second copy of a large log's rows doubled the pauses
 * of the garbage collector. Read-only, then. After a write, only
 * the buckets it changed are parsed again.
 */
export async function creditRows(db: CeTallyDb): Promise<readonly CreditRow[]> {
  return (await stampedCreditRows(db)).rows;
}

/** The rows and the summary's stamp, read together: figures counted from these rows are of that stamp. */
export async function stampedCreditRows(db: CeTallyDb): Promise<{ rows: readonly CreditRow[]; stamp: string }> {
  const all = await db.creditSummary.toArray();
  return { rows: rowsOf(db, all.filter(isBucket)), stamp: stampOf(all) };
}

function rowsOf(db: CeTallyDb, records: SummaryRecord[]): readonly CreditRow[] {
  const cached = parsedSummaries.get(db);
  if (
    cached &&
    cached.buckets.size === records.length &&
    records.every((r) => cached.buckets.get(r.key)?.text === r.rows)
  )
    return cached.rows;
  const buckets = new Map(
    records.map((r) => {
      const same = cached?.buckets.get(r.key);
      return [r.key, same?.text === r.rows ? same : { text: r.rows, rows: parseSummary(r) }] as const;
    }),
  );
  const rows = [...buckets.values()].flatMap((bucket) => bucket.rows);
  parsedSummaries.set(db, { buckets, rows });
  return rows;
}
