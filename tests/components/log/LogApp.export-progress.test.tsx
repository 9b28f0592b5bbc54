import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { LogApp } from '../../../components/log/LogApp';
import { activity, testDb } from '../../support/helpers';

// The export itself is tested elsewhere; here it is held open to see what the page shows meanwhile.
const exportControl = vi.hoisted(() => ({ progress: (_done: number) => {}, finish: () => {} }));
vi.mock('../../../lib/export/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/export/download')>()),
  exportActivitiesCsv: (_activities: unknown[], onProgress: (done: number) => void) =>
    new Promise<void>((resolve) => {
      exportControl.progress = onProgress;
      exportControl.finish = resolve;
    }),
}));

it('shows the export’s progress only once it has taken longer than a second, and keeps the page usable', async () => {
  const db = testDb();
  await db.activities.add(activity());
  render(<LogApp db={db} />);
  const user = userEvent.setup();
  await screen.findByText('1 activity');
  await user.click(screen.getByRole('button', { name: 'Export CSV' }));
  exportControl.progress(0.4);
  await new Promise((r) => setTimeout(r, 500));
  expect(screen.queryByText(/Exporting CSV/)).toBeNull();
  expect(screen.getByRole('button', { name: 'Export CSV' }).getAttribute('aria-disabled')).toBe('true');
  const status = await screen.findByText(/Exporting CSV/, {}, { timeout: 1500 });
  expect(status.closest('p')?.textContent).toContain('40%');
  expect((status.querySelector('progress') as HTMLProgressElement).value).toBe(0.4);
  // The page still answers while the export runs.
  await user.type(screen.getByLabelText('Search'), 'functional');
  exportControl.finish();
  await screen.findByText('Exported 1 activity to CSV.');
  expect(screen.queryByText(/Exporting CSV/)).toBeNull();
});
