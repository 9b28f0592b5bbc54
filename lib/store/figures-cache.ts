import { stampOf, SUMMARY_STAMP_KEY, type KeptFiguresRecord } from './credit-summary';
import type { CeTallyDb } from './db';

/**
 * Figures a view counted from the whole credit summary, kept so that it can show them again without reading
 * and counting the summary when nothing has changed: the popup of a log of 10,000 activities spent most of
 * its opening on that (docs/performance.md). Figures are current when they were counted at the summary's
 * present stamp (a new one with every write to the activities, in the same transaction) and from the same
 * basis (what else they depend on: today's date, the certifications), else they are counted again.
 */
export interface KeptFigures<T> {
  /** The summary's stamp now: figures counted from rows read with it may be kept under it. */
  stamp: string;
  /** The figures, if they are current for this basis. */
  figures: T | undefined;
}

const keyOf = (view: string): KeptFiguresRecord['key'] => `figures:${view}`;

export async function readKeptFigures<T>(db: CeTallyDb, view: string, basis: string): Promise<KeptFigures<T>> {
  const [stamp, kept] = await db.creditSummary.bulkGet([SUMMARY_STAMP_KEY, keyOf(view)]);
  const now = stampOf([stamp]);
  const record = kept && 'basis' in kept ? kept : undefined;
  const current = record?.stamp === now && record.basis === basis;
  return { stamp: now, figures: current ? (record.figures as T) : undefined };
}

/** Keeps figures counted from rows read at `stamp` (stampedCreditRows). */
export async function keepFigures<T>(
  db: CeTallyDb,
  view: string,
  stamp: string,
  basis: string,
  figures: T,
): Promise<void> {
  const record: KeptFiguresRecord = { key: keyOf(view), stamp, basis, figures };
  await db.creditSummary.put(record);
}

/** Forgets every view's kept figures: a new release may count differently (called when the extension updates). */
export async function forgetKeptFigures(db: CeTallyDb): Promise<void> {
  await db.creditSummary.where('key').startsWith(keyOf('')).delete();
}
