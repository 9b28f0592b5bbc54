import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportPanel } from '../../../../components/log/import/ImportPanel';
import { saveActivity } from '../../../../lib/store/activities';
import { certification, draft, testDb } from '../../../support/helpers';
import { fixtureFile, NODE_ENGINES } from '../../../support/import-files';

afterEach(() => localStorage.clear());

// No PDF here: the spreadsheet and badge readers need no engine.
const engines = async () => ({ pdf: () => Promise.reject(new Error('no PDFs in this test')) });

async function importFiles(files: File[]) {
  const user = userEvent.setup();
  await user.upload(screen.getByLabelText('Import files'), files);
  return user;
}

describe('the import review', () => {
  it('maps a hand-kept sheet with a preview, remembers the mapping, and saves only what is checked', async () => {
    const db = testDb();
    render(<ImportPanel db={db} engines={engines} />);
    expect(screen.getByRole('button', { name: 'Import' })).toBeTruthy();
    const user = await importFiles([fixtureFile('kept-by-hand.csv')]);
    const mapping = await screen.findByRole('region', { name: 'Columns of kept-by-hand.csv' });
    // The preview shows the first rows as they are in the file.
    expect(within(mapping).getByText('Functional Training in Water')).toBeTruthy();
    expect((within(mapping).getByLabelText('Column “Course”') as HTMLSelectElement).value).toBe('title');
    // The user says the notes column is not to be imported.
    await user.selectOptions(within(mapping).getByLabelText('Column “Notes”'), 'ignore');
    await user.click(within(mapping).getByRole('button', { name: 'Read these rows' }));
    await screen.findByRole('checkbox', { name: 'Import “Mobility for Golfers”' });
    expect(screen.getAllByRole('checkbox', { checked: true })).toHaveLength(4);
    expect(await db.activities.count()).toBe(0);

    await user.click(screen.getByRole('checkbox', { name: 'Import “CPR/AED recertification”' }));
    await user.click(screen.getByRole('button', { name: 'Save checked' }));
    await screen.findByText('Saved 3 activities.');
    const saved = await db.activities.toArray();
    expect(saved.map((a) => a.title).sort()).toEqual([
      'Functional Training in Water',
      'Kettlebells, Level 2',
      'Mobility for Golfers',
    ]);
    expect(saved.every((a) => a.capturedBy === 'imported' && a.notes === undefined)).toBe(true);

    // The next file with these columns opens with the user's mapping.
    await importFiles([fixtureFile('kept-by-hand.csv', 'again.csv')]);
    const again = await screen.findByRole('region', { name: 'Columns of again.csv' });
    expect((within(again).getByLabelText('Column “Notes”') as HTMLSelectElement).value).toBe('ignore');
  });

  it('offers the user\'s own categories ("other" certifications\') when a draft is edited, and saves the one chosen', async () => {
    const db = testDb();
    const board = certification({
      body: 'other',
      name: 'State license',
      unit: 'CE credits',
      hoursPerUnit: 1,
      rules: { categories: [{ id: 'state-law', label: 'State law', min: 2 }] },
    });
    render(<ImportPanel db={db} certifications={[board]} engines={engines} />);
    const user = await importFiles([fixtureFile('kept-by-hand.csv')]);
    const mapping = await screen.findByRole('region', { name: 'Columns of kept-by-hand.csv' });
    await user.click(within(mapping).getByRole('button', { name: 'Read these rows' }));
    const row = await screen.findByRole('listitem', { name: 'Draft “Kettlebells, Level 2”' });
    await user.click(within(row).getByRole('button', { name: 'Edit' }));
    const credit = within(within(row).getByRole('group', { name: 'Credit 1' }));
    await user.selectOptions(credit.getByLabelText('Requirement category'), 'state-law');
    await user.click(within(row).getByRole('button', { name: 'Use these details' }));
    for (const other of ['Functional Training in Water', 'CPR/AED recertification', 'Mobility for Golfers'])
      await user.click(screen.getByRole('checkbox', { name: `Import “${other}”` }));
    await user.click(screen.getByRole('button', { name: 'Save checked' }));
    await screen.findByText('Saved 1 activity.');
    const [saved] = await db.activities.toArray();
    expect(saved.credits[0].categories).toEqual([{ id: 'state-law', amount: 1.5 }]);
  });

  it('flags a duplicate of the log and leaves it unchecked; a draft without a date cannot be checked until edited', async () => {
    const db = testDb();
    await saveActivity(
      db,
      draft({ title: 'Kettlebell Foundations', completedOn: '2026-06-18', provider: 'nasm' }),
      'manual',
    );
    render(<ImportPanel db={db} engines={engines} />);
    const user = await importFiles([
      fixtureFile('ob2-assertion.json'),
      fixtureFile('ob2-linked.json'),
      fixtureFile('no-dates.csv'),
    ]);
    const duplicate = await screen.findByRole('listitem', { name: 'Draft “Kettlebell Foundations”' });
    expect(within(duplicate).getByText(/Already in your log: “Kettlebell Foundations” \(2026-06-18\)/)).toBeTruthy();
    expect((within(duplicate).getByRole('checkbox') as HTMLInputElement).checked).toBe(false);

    const linked = await screen.findByRole('listitem', { name: 'Draft “ob2-linked.json”' });
    expect(within(linked).getByText(/badge class is only linked/)).toBeTruthy();
    expect(within(linked).getByText('No title was read: enter it.')).toBeTruthy();
    expect((within(linked).getByRole('checkbox') as HTMLInputElement).disabled).toBe(true);
    await user.click(within(linked).getByRole('button', { name: 'Edit' }));
    await user.type(within(linked).getByLabelText('Title'), 'Credly Badge');
    await user.click(within(linked).getByRole('button', { name: 'Use these details' }));
    const edited = await screen.findByRole('checkbox', { name: 'Import “Credly Badge”' });
    expect((edited as HTMLInputElement).checked).toBe(true);

    // The sheet without dates: one line once its columns are confirmed.
    const mapping = await screen.findByRole('region', { name: 'Columns of no-dates.csv' });
    await user.click(within(mapping).getByRole('button', { name: 'Read these rows' }));
    await screen.findByText(/“no-dates.csv” has no date this can read/);

    await user.click(screen.getByRole('button', { name: 'Save checked' }));
    await screen.findByText('Saved 1 activity.');
    await waitFor(async () =>
      expect((await db.activities.toArray()).map((a) => a.title).sort()).toEqual([
        'Credly Badge',
        'Kettlebell Foundations',
      ]),
    );
  });

  it('Cancel stops the files not yet read, drops what those being read would give, and the next import works', async () => {
    const db = testDb();
    // pdf.js is held back until the test lets it go, so the files are still being read when Cancel is clicked.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const slowEngines = async () => ({
      pdf: async () => {
        await held;
        return NODE_ENGINES.pdf();
      },
    });
    render(<ImportPanel db={db} engines={slowEngines} />);
    const names = ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => `${n}.pdf`);
    const user = await importFiles(names.map((name) => fixtureFile('ace-certificate.pdf', name)));
    await screen.findByText('Reading files: 0 of 6');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    const notRead = await screen.findByRole('list', { name: 'Files not read' });
    for (const name of names)
      expect(within(notRead).getByText(`“${name}” was not read: the import was cancelled.`)).toBeTruthy();
    expect(screen.queryByText(/Reading files/)).toBeNull();
    // The four being read finish after the cancel: their drafts never show, and nothing is saved.
    release();
    await expect(
      waitFor(() => expect(screen.queryAllByRole('listitem', { name: /^Draft / }).length).toBeGreaterThan(0), {
        timeout: 3000,
      }),
    ).rejects.toThrow();
    expect(await db.activities.count()).toBe(0);

    await importFiles([fixtureFile('ob2-assertion.json')]);
    await screen.findByRole('listitem', { name: 'Draft “Kettlebell Foundations”' });
  });
});
