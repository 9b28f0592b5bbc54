// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBadgeText, pngBadgeText, svgBadgeText } from '../../lib/import/badge';
import { readImportFile } from '../../lib/import/read-file';
import { fixtureBytes, fixtureFile, IMPORT_FIXTURES, NODE_ENGINES } from '../support/import-files';

async function draft(name: string) {
  const result = await readImportFile(fixtureFile(name), NODE_ENGINES);
  if (result.status !== 'drafts') throw new Error(JSON.stringify(result));
  expect(result.drafts).toHaveLength(1);
  return result.drafts[0];
}

const OB2 = {
  title: 'Kettlebell Foundations',
  completedOn: '2026-06-18',
  provider: 'nasm',
  credits: [{ kind: 'CEC', amount: 0.8, unit: 'CEU', body: 'nasm', hours: 8 }],
  certificateUrl: 'https://badges.example.org/assertions/5521',
};

describe('Open Badges 2.0', () => {
  it.each(['badge-ob2.png', 'badge-ob2.svg', 'ob2-assertion.json'])(
    '%s: badge name, issuer, issue date, credits from the criteria',
    async (name) => {
      const found = await draft(name);
      expect(found.fields).toMatchObject(OB2);
      expect(found.unsure).toEqual([]);
    },
  );

  it('keeps a baked PNG as the certificate file, never an SVG', async () => {
    expect((await draft('badge-ob2.png')).source?.type).toBe('image/png');
    expect((await draft('badge-ob2.svg')).source).toBeUndefined();
  });

  it.each(['badge-ob2-linked.png', 'ob2-linked.json'])(
    '%s: an assertion that only links its badge class says what is missing',
    async (name) => {
      const found = await draft(name);
      expect(found.fields).toMatchObject({ title: '', completedOn: '2026-07-09' });
      expect(found.unsure).toContain('title');
      expect(found.missing.join(' ')).toMatch(
        /badge class is only linked \(https:\/\/api\.credly\.com\/.+\).+fetches nothing/,
      );
    },
  );
});

describe('Open Badges 3.0', () => {
  it.each(['badge-ob3.png', 'ob3-credential.json'])(
    '%s: achievement name, issuer, validFrom, creditsEarned in the unit its criteria name',
    async (name) => {
      const found = await draft(name);
      expect(found.fields).toMatchObject({
        title: 'Wound Care Update',
        completedOn: '2026-08-30',
        organizer: 'Lakeside College of Nursing',
        credits: [{ kind: 'CEC', amount: 4, unit: 'contact hour', body: 'ancc', hours: 4 }],
        certificateUrl: 'https://credentials.example.edu/3732',
      });
    },
  );

  it.each(['badge-ob3.svg', 'ob3-old-context.json'])(
    '%s: a credential before VC 2.0 (issuanceDate), credits from the criteria text',
    async (name) => {
      const found = await draft(name);
      expect(found.fields).toMatchObject({
        title: 'Senior Fitness Specialist',
        completedOn: '2026-10-01',
        provider: 'ace',
        credits: [{ kind: 'CEC', amount: 2, unit: 'CEC', body: 'ace', hours: 20 }],
      });
    },
  );

  it('reads a credential signed as a JWT', () => {
    const payload = Buffer.from(JSON.stringify({ vc: { type: ['VerifiableCredential'], name: 'x' } })).toString(
      'base64url',
    );
    expect(parseBadgeText(`eyJhbGciOiJSUzI1NiJ9.${payload}.c2ln`)).toEqual({
      json: { type: ['VerifiableCredential'], name: 'x' },
    });
  });
});

describe('baked images', () => {
  it('finds the iTXt chunk (compressed or not) and nothing in a plain PNG', async () => {
    expect(await pngBadgeText(fixtureBytes('badge-ob3.png'))).toContain('OpenBadgeCredential');
    expect(await pngBadgeText(fixtureBytes('badge-plain.png'))).toBeNull();
  });

  it('reads the verify link of an SVG whose assertion is hosted', () => {
    expect(svgBadgeText('<svg><openbadges:assertion verify="https://example.org/a/1"/></svg>')).toBe(
      'https://example.org/a/1',
    );
    expect(parseBadgeText('https://example.org/a/1')).toEqual({ url: 'https://example.org/a/1' });
  });

  it('an image without a badge and without OCR becomes a draft that keeps the picture, for the user to fill in', async () => {
    const found = await draft('badge-plain.png');
    expect(found.source?.type).toBe('image/png');
    expect(found.missing.join(' ')).toMatch(/enter its details/);
  });

  it('hostile text stays text: controls and bidi overrides are removed', async () => {
    const hostile = { ...JSON.parse(new TextDecoder().decode(fixtureBytes('ob2-assertion.json'))) };
    hostile.badge = { ...hostile.badge, name: '<img src=x onerror=alert(1)>\u202Efdp.exe' };
    const result = await readImportFile(new File([JSON.stringify(hostile)], 'hostile.json'), NODE_ENGINES);
    if (result.status !== 'drafts') throw new Error('not read');
    expect(result.drafts[0].fields.title).toBe('<img src=x onerror=alert(1)>fdp.exe');
  });

  it('refuses JSON that is no badge', async () => {
    const result = await readImportFile(new File(['{"hello": 1}'], 'other.json'), NODE_ENGINES);
    expect(result).toMatchObject({ status: 'error', error: expect.stringMatching(/not an Open Badges/) });
  });
});

describe('a category the badge states', () => {
  it('reads the Talent Triangle split of a PMI badge from its description, its shares not credits of their own', async () => {
    const credential = JSON.parse(readFileSync(resolve(IMPORT_FIXTURES, 'ob3-credential.json'), 'utf8'));
    credential.issuer.name = 'Project Management Institute';
    credential.credentialSubject.creditsEarned = 14;
    credential.credentialSubject.achievement.creditsAvailable = 14;
    credential.credentialSubject.achievement.criteria.narrative =
      'Complete the course (14 PMI PDUs: Ways of Working 10, Business Acumen 4).';
    const result = await readImportFile(new File([JSON.stringify(credential)], 'pmi-badge.json'), NODE_ENGINES);
    if (result.status !== 'drafts') throw new Error(JSON.stringify(result));
    expect(result.drafts[0].fields.credits).toEqual([
      {
        kind: 'CEC',
        amount: 14,
        unit: 'PDU',
        body: 'pmi',
        hours: 14,
        categories: [
          { id: 'ways-of-working', amount: 10 },
          { id: 'business-acumen', amount: 4 },
        ],
      },
    ]);
  });
});
