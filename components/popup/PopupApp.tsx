import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { batchesFor, recentActivities, sortByDate } from '../../lib/store/activities';
import { todayIso } from '../../lib/model/calendar';
import {
  activitiesInRange,
  creditTotals,
  defaultPeriod,
  periodRange,
  type CreditTotals,
  type Period,
} from '../../lib/tally/totals';
import { type CeTallyDb } from '../../lib/store/db';
import { creditRows, stampedCreditRows } from '../../lib/store/credit-rows';
import { keepFigures, readKeptFigures } from '../../lib/store/figures-cache';
import type { TabReply } from '../../lib/background/messages';
import { markWhenPainted, PERF_MARKS } from '../../lib/perf-marks';
import { errorMessage } from '../../lib/errors';
import { renewalFigures, renewalOverview, type RenewalFigures } from '../../lib/tally/renewal';
import type { Certification } from '../../lib/model/schema';
import { RenewalSummary } from './RenewalSummary';
import { CurrentTabPanel, type CurrentTabActions } from './CurrentTabPanel';
import { exportActivitiesCsv } from '../../lib/export/download';
import { PeriodSelect } from './PeriodSelect';
import { RecentActivities } from './RecentActivities';
import { TotalsPanel } from '../TotalsPanel';
import { formatDateRange } from '../../lib/model/format';

export interface PopupProps {
  db: CeTallyDb;
  /** What the click on the toolbar icon did to the current tab (saved, already saved, nothing). */
  reply: TabReply | undefined;
  actions: CurrentTabActions;
  openLog: () => void;
  /** Opens the options page at the certification form. */
  addCertification: () => void;
  /** Opens the options page making the certification's renewal packet (its current cycle). */
  openPacket?: (certificationId: string) => void;
}

/** The figures of the popup's first screen: the renewals, the totals of the default period, the log's size. */
interface PopupFigures {
  renewals: RenewalFigures[];
  totals: CreditTotals;
  activityCount: number;
}

/** What the kept figures were counted from besides the summary: the day and the certifications. */
const figuresBasis = (today: string, certifications: readonly Certification[]) =>
  JSON.stringify([today, certifications]);

export function PopupApp({ db, reply, actions, openLog, addCertification, openPacket }: PopupProps) {
  const certifications = useLiveQuery(() => db.certifications.toArray(), [db]);
  const recent = useLiveQuery(() => recentActivities(db, 5), [db]);
  const [chosenPeriod, setChosenPeriod] = useState<Period | undefined>();
  const today = todayIso();
  const basis = certifications && figuresBasis(today, certifications);
  // The figures as last counted, when nothing they were counted from has changed since: a long log's popup
  // then opens without reading and counting its whole summary (lib/store/figures-cache.ts).
  const kept = useLiveQuery(
    () => (basis === undefined ? undefined : readKeptFigures<PopupFigures>(db, 'popup', basis)),
    [db, basis],
  );
  // Once the kept figures will not do (a change since, or another period), the popup counts from the credit
  // summary, not the activities (32 records to read, however long the log: lib/store/credit-summary.ts), and
  // goes on counting while open; the kept figures stay on screen until the first count is done.
  const [counting, setCounting] = useState(false);
  if (!counting && kept && (kept.figures === undefined || chosenPeriod !== undefined)) setCounting(true);
  const [lastKept, setLastKept] = useState<PopupFigures | undefined>();
  if (kept?.figures && kept.figures !== lastKept) setLastKept(kept.figures);
  const summary = useLiveQuery(() => (counting ? stampedCreditRows(db) : undefined), [db, counting]);
  const rows = summary?.rows;

  // Counted once per change of the rows, the certifications or the period: the popup renders again as each
  // query and the tab's reply arrive, and counting 10,000 rows again each time delayed the figures.
  const renewals: RenewalFigures[] | undefined = useMemo(
    () =>
      rows && certifications ? renewalOverview(certifications, rows, today).map(renewalFigures) : lastKept?.renewals,
    [rows, certifications, today, lastKept],
  );
  // Until the user picks one, the totals follow the cycle that ends next (all time without a certification).
  const period = chosenPeriod ?? (certifications ? defaultPeriod(certifications, today) : { kind: 'all' as const });
  const range = periodRange(period, today, certifications ?? []);
  const totals = useMemo(
    () =>
      rows && certifications
        ? creditTotals(activitiesInRange(rows, range))
        : chosenPeriod === undefined
          ? lastKept?.totals
          : undefined,
    // The range's dates, not the object made anew at each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rows, certifications, range.from, range.to, lastKept, chosenPeriod],
  );
  // Figures counted for the first screen are kept for the next opening.
  useEffect(() => {
    if (!summary || !rows || !basis || !renewals || !totals || chosenPeriod !== undefined || kept?.figures) return;
    const figures = { renewals, totals, activityCount: rows.length };
    void keepFigures<PopupFigures>(db, 'popup', summary.stamp, basis, figures).catch(() => undefined);
  }, [db, rows, basis, renewals, totals, chosenPeriod, kept, summary]);
  const activityCount = rows?.length ?? lastKept?.activityCount;
  const [exportError, setExportError] = useState<string | undefined>();
  const ready = totals !== undefined && renewals !== undefined;
  // The moment the popup's figures are on screen, for `npm run bench`.
  useEffect(() => {
    if (ready) markWhenPainted(PERF_MARKS.popupReady);
  }, [ready]);

  const exportCsv = async () => {
    setExportError(undefined);
    try {
      await exportActivitiesCsv(await batchesFor(db, sortByDate(await creditRows(db), 'oldest')));
    } catch (e) {
      setExportError(`Export failed: ${errorMessage(e)}`);
    }
  };

  return (
    <main className="popup">
      <header className="popup-header">
        <h1 className="brand">CE Tally</h1>
        <div className="popup-tools">
          <button type="button" onClick={() => void exportCsv()} disabled={activityCount === 0}>
            Export CSV
          </button>
          <button type="button" onClick={openLog}>
            Open log
          </button>
        </div>
      </header>
      {exportError && (
        <p role="alert" className="error">
          {exportError}
        </p>
      )}
      <CurrentTabPanel db={db} reply={reply} actions={actions} />
      <RenewalSummary progress={renewals} addCertification={addCertification} openPacket={openPacket} />
      <TotalsPanel totals={totals} compact>
        <PeriodSelect
          period={range.fellBack ? { kind: 'all' } : period}
          certifications={certifications ?? []}
          onChange={setChosenPeriod}
        />
        <p className="muted period-range">
          {range.from && range.to ? formatDateRange(range.from, range.to) : 'Every saved activity'}
          {range.fellBack && ' (that certification was removed)'}
        </p>
      </TotalsPanel>
      <RecentActivities activities={recent} />
    </main>
  );
}
