// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../lib/import/draft';
import { readImportFile } from '../../lib/import/read-file';
import { fixtureFile, NODE_ENGINES } from '../support/import-files';

async function drafts(name: string) {
  const result = await readImportFile(fixtureFile(name), NODE_ENGINES);
  if (result.status !== 'drafts') throw new Error(JSON.stringify(result));
  return result.drafts;
}

describe('certificate PDFs printed by Chromium', () => {
  it('reads an ACE certificate: title, date, course number, ACE CECs, provider from its name and site', async () => {
    const [draft] = await drafts('ace-certificate.pdf');
    expect(draft.fields).toMatchObject({
      title: 'Functional Training in Water',
      completedOn: '2026-09-14',
      courseCode: 'CEP251107',
      provider: 'ace',
      credits: [{ kind: 'CEC', amount: 0.2, unit: 'CEC', body: 'ace', hours: 2 }],
    });
    expect(draft.unsure).toEqual([]);
    expect(draft.source?.type).toBe('application/pdf');
  });

  it('reads a NASM certificate with a US numeric date', async () => {
    const [draft] = await drafts('nasm-certificate.pdf');
    expect(draft.fields).toMatchObject({
      title: 'Corrective Exercise for Runners',
      completedOn: '2026-03-02',
      provider: 'nasm',
      credits: [{ kind: 'CEC', amount: 0.4, unit: 'CEU', body: 'nasm', hours: 4 }],
    });
  });

  it('reads every body of a course several bodies approve, and the provider that is no body', async () => {
    const [draft] = await drafts('human-kinetics-certificate.pdf');
    expect(draft.fields).toMatchObject({
      title: 'Youth Strength Training',
      completedOn: '2026-01-14',
      courseCode: 'HK-4521',
      provider: 'human-kinetics',
    });
    expect(draft.fields.credits?.map((c) => [c.body, c.amount, c.unit])).toEqual([
      ['nsca', 1, 'CEU'],
      ['acsm', 10, 'CEC'],
    ]);
  });

  it('names an issuer that is no known provider as the organizer', async () => {
    const [draft] = await drafts('coastal-certificate.pdf');
    expect(draft.fields).toMatchObject({
      title: 'Balance and Fall Prevention for Older Adults',
      completedOn: '2026-05-05',
      organizer: 'Coastal Fitness Institute',
      credits: [{ kind: 'CEU', amount: 3, unit: 'contact hour', hours: 3 }],
    });
    expect(draft.fields.provider).toBeUndefined();
  });

  it('gives one draft per certificate of a three-page PDF', async () => {
    const found = await drafts('three-certificates.pdf');
    expect(found.map((d) => [d.fields.title, d.fields.completedOn, d.fields.provider ?? d.fields.organizer])).toEqual([
      ['Trauma-Informed Care Essentials', '2026-02-20', 'pesi'],
      ['Pain Management in Older Adults', '2026-04-02', 'netce'],
      ['Balance and Fall Prevention for Older Adults', '2026-05-05', 'Coastal Fitness Institute'],
    ]);
    expect(found[0].fields.credits).toMatchObject([{ body: 'aswb', amount: 6, unit: 'CE hour' }]);
    expect(found[1].fields.credits).toMatchObject([{ body: 'ancc', amount: 5, unit: 'contact hour' }]);
    expect(found[1].fields.courseCode).toBe('94411');
  });

  it('reads a PDF by its bytes whatever its name says', async () => {
    const [draft] = await drafts('pdf-renamed.png');
    expect(draft.fields.title).toBe('Corrective Exercise for Runners');
  });
});

describe('PDFs that cannot be read', () => {
  it.each([
    ['encrypted.pdf', /password-protected/],
    ['truncated.pdf', /not a readable PDF/],
    ['empty.pdf', /empty/],
    ['nasm-scanned.pdf', /no text to read/],
  ])('%s gets one line saying why', async (name, message) => {
    const result = await readImportFile(fixtureFile(name), NODE_ENGINES);
    expect(result.status).toBe('error');
    if (result.status === 'error') expect(result.error).toMatch(message);
  });
});

describe("a certificate's text states its category", () => {
  it('reads the NSCA letter from the text a PDF gives, as detection reads it on the page', () => {
    const text = [
      'NSCA',
      'Certificate of Completion',
      'This certifies that Jordan Reyes has completed',
      'Program Design for Tactical Athletes',
      'Date completed: November 14, 2026',
      'CEUs: 0.5',
      'CEU Category: C',
      'nsca.com',
    ].join('\n');
    const draft = draftFromText('nsca.pdf', text);
    expect(draft.fields.credits).toEqual([
      { kind: 'CEC', amount: 0.5, unit: 'CEU', body: 'nsca', hours: 5, categories: [{ id: 'C', amount: 0.5 }] },
    ]);
  });
});
