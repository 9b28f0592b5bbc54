import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { recentActivities } from '../lib/activities';
import { creditTotals } from '../lib/credits';
import type { CeTallyDb } from '../lib/db';
import type { TabReply } from '../lib/messages';
import { CurrentTabPanel, type CurrentTabActions } from './CurrentTabPanel';
import { exportActivitiesCsv } from './download';
import { RecentActivities } from './RecentActivities';
import { TotalsPanel } from './TotalsPanel';

export interface PopupProps {
  db: CeTallyDb;
  /** What the click on the toolbar icon did to the current tab (saved, already saved, nothing). */
  reply: TabReply | undefined;
  actions: CurrentTabActions;
  openLog: () => void;
}

export function PopupApp({ db, reply, actions, openLog }: PopupProps) {
  const totals = useLiveQuery(async () => creditTotals(await db.activities.toArray()), [db]);
  const recent = useLiveQuery(() => recentActivities(db, 5), [db]);
  const [exportError, setExportError] = useState<string | undefined>();

  const exportCsv = async () => {
    setExportError(undefined);
    try {
      await exportActivitiesCsv(await db.activities.orderBy('completedOn').toArray());
    } catch (e) {
      setExportError(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <main className="popup">
      <h1 className="brand">CE Tally</h1>
      <CurrentTabPanel reply={reply} actions={actions} />
      <TotalsPanel totals={totals} />
      <RecentActivities activities={recent} />
      <footer className="popup-footer">
        <button type="button" onClick={() => void exportCsv()}>Export CSV</button>
        <button type="button" onClick={openLog}>Open log</button>
        {exportError && <p role="alert" className="error">{exportError}</p>}
      </footer>
    </main>
  );
}
