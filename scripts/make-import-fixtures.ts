/**
 * Writes the import's test files into tests/fixtures/import/: certificate PDFs printed by Chromium from
 * certificate HTML, a scanned PDF and a photo made from a rendered certificate, badges baked per the Open
 * Badges baking specifications (PNG iTXt, SVG), Open Badges JSON, spreadsheets, and broken files.
 * `npx tsx scripts/make-import-fixtures.ts` (the encrypted PDF needs Debian's qpdf). The files are committed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/browser/chromium';
import { activitiesToCsv } from '../lib/export/csv';
import type { Activity } from '../lib/model/schema';

const OUT = resolve(import.meta.dirname, '../tests/fixtures/import');

/** A certificate page as providers print them: a border, the issuer, the learner, the course, the credits. */
export function certificateHtml(c: {
  issuer: string;
  site: string;
  title: string;
  learner: string;
  date: string;
  lines: readonly string[];
}): string {
  return `<section class="cert">
  <p class="issuer">${c.issuer}</p>
  <h1>Certificate of Completion</h1>
  <p>This certifies that</p>
  <p class="learner">${c.learner}</p>
  <p>has successfully completed</p>
  <h2>${c.title}</h2>
  <p>on ${c.date}</p>
  ${c.lines.map((l) => `<p>${l}</p>`).join('\n  ')}
  <footer><span>Signature: ____________</span> <span>${c.site}</span></footer>
</section>`;
}

const STYLE = `<style>
  @page { size: Letter landscape; margin: 0 }
  body { margin: 0; font-family: 'DejaVu Serif', serif; }
  .cert { box-sizing: border-box; width: 11in; height: 8.5in; padding: 0.8in; border: 18px double #1d4e89;
    text-align: center; page-break-after: always; }
  .cert:last-child { page-break-after: auto; }
  h1 { font-size: 40px; margin: 10px 0; } h2 { font-size: 30px; margin: 8px 0; }
  p { font-size: 20px; margin: 8px 0; } .learner { font-size: 30px; font-style: italic; }
  .issuer { font-size: 24px; font-weight: bold; color: #1d4e89; }
  footer { margin-top: 40px; display: flex; justify-content: space-between; font-size: 16px; }
</style>`;

export const CERTIFICATES = {
  ace: {
    issuer: 'American Council on Exercise',
    site: 'www.acefitness.org',
    title: 'Functional Training in Water',
    learner: 'Jordan Rivera',
    date: 'September 14, 2026',
    lines: ['0.2 ACE CECs (2 contact hours)', 'Course number: CEP251107'],
  },
  nasm: {
    issuer: 'National Academy of Sports Medicine',
    site: 'www.nasm.org',
    title: 'Corrective Exercise for Runners',
    learner: 'Jordan Rivera',
    date: '03/02/2026',
    lines: ['NASM: 0.4 CEUs', 'NASM Approved Provider #1234'],
  },
  humanKinetics: {
    issuer: 'Human Kinetics',
    site: 'humankinetics.com',
    title: 'Youth Strength Training',
    learner: 'Jordan Rivera',
    date: '14 January 2026',
    lines: ['1.0 NSCA CEUs', 'ACSM: 10 CECs', 'Course code: HK-4521'],
  },
  coastal: {
    issuer: 'Coastal Fitness Institute',
    site: 'coastalfitness.example',
    title: 'Balance and Fall Prevention for Older Adults',
    learner: 'Jordan Rivera',
    date: 'May 5, 2026',
    lines: ['Contact hours: 3'],
  },
  pesi: {
    issuer: 'PESI',
    site: 'www.pesi.com',
    title: 'Trauma-Informed Care Essentials',
    learner: 'Jordan Rivera',
    date: 'February 20, 2026',
    lines: ['Approved by ASWB ACE for 6 CE hours'],
  },
  netce: {
    issuer: 'NetCE',
    site: 'www.netce.com',
    title: 'Pain Management in Older Adults',
    learner: 'Jordan Rivera',
    date: 'April 2, 2026',
    lines: ['ANCC contact hours: 5', 'Course #: 94411'],
  },
} as const;

async function printPdf(page: Page, sections: string[], file: string): Promise<void> {
  await page.setContent(`<!doctype html><html><head>${STYLE}</head><body>${sections.join('\n')}</body></html>`);
  writeFileSync(join(OUT, file), await page.pdf({ width: '11in', height: '8.5in', printBackground: true }));
}

/** A PNG chunk: length, type, data and the CRC of type and data (PNG specification). */
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed) >>> 0);
  return Buffer.concat([length, typed, crc]);
}

/** Open Badges baking: an iTXt chunk keyed `openbadges` (2.0) or `openbadgecredential` (3.0), before IEND. */
export function bakePng(png: Buffer, keyword: string, text: string, compressed = false): Buffer {
  const body = compressed ? deflateSync(Buffer.from(text, 'utf8')) : Buffer.from(text, 'utf8');
  const data = Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0, compressed ? 1 : 0, 0, 0, 0]), body]);
  const iend = png.length - 12;
  return Buffer.concat([png.subarray(0, iend), chunk('iTXt', data), png.subarray(iend)]);
}

const SVG_BADGE = (inner: string) => `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org" width="120" height="120" viewBox="0 0 120 120">
  ${inner}
  <circle cx="60" cy="60" r="56" fill="#1d4e89"/><text x="60" y="66" font-size="18" text-anchor="middle" fill="#fff">CE</text>
</svg>
`;

export const OB2_ASSERTION = {
  '@context': 'https://w3id.org/openbadges/v2',
  type: 'Assertion',
  id: 'https://badges.example.org/assertions/5521',
  recipient: { type: 'email', hashed: false, identity: 'jordan@example.com' },
  issuedOn: '2026-06-18T15:04:00Z',
  verification: { type: 'hosted' },
  badge: {
    type: 'BadgeClass',
    id: 'https://badges.example.org/badges/kettlebell',
    name: 'Kettlebell Foundations',
    description: 'A workshop on kettlebell swings, cleans and presses.',
    criteria: { narrative: 'Attend the 8-hour workshop and pass the practical. Approved for 0.8 NASM CEUs.' },
    issuer: {
      type: 'Profile',
      id: 'https://badges.example.org/issuer',
      name: 'National Academy of Sports Medicine',
      url: 'https://www.nasm.org',
    },
  },
};

/** Credly's 2.0 assertions hold only the badge class's address. */
export const OB2_LINKED = {
  '@context': 'https://w3id.org/openbadges/v2',
  type: 'Assertion',
  id: 'https://api.credly.com/v1/obi/v2/badge_assertions/0d9f6c0e-2b1a-4c1e-9a53-2c1f0a9e7b11',
  badge: 'https://api.credly.com/v1/obi/v2/issuers/1234/badge_classes/5678',
  issuedOn: '2026-07-09',
  recipient: { type: 'email', hashed: true, identity: 'sha256$abc' },
  verification: { type: 'hosted' },
};

export const OB3_CREDENTIAL = {
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
  id: 'https://credentials.example.edu/3732',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: 'https://credentials.example.edu/issuer', type: ['Profile'], name: 'Lakeside College of Nursing' },
  validFrom: '2026-08-30T09:00:00Z',
  name: 'Wound Care Update',
  credentialSubject: {
    type: ['AchievementSubject'],
    creditsEarned: 4,
    achievement: {
      id: 'https://credentials.example.edu/achievements/wound-care',
      type: ['Achievement'],
      name: 'Wound Care Update',
      description: 'A one-day update on wound assessment.',
      criteria: { narrative: 'Complete the course and its assessment. ANCC contact hours.' },
      creditsAvailable: 4,
    },
  },
};

export const OB3_OLD_CONTEXT = {
  '@context': ['https://www.w3.org/2018/credentials/v1', 'https://purl.imsglobal.org/spec/ob/v3p0/context.json'],
  id: 'urn:uuid:8f1d6a3e-4c3b-4f27-9d4e-0b5a8f7e2c19',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: 'https://www.credly.com/org/ace', type: 'Profile', name: 'American Council on Exercise' },
  issuanceDate: '2026-10-01T00:00:00Z',
  credentialSubject: {
    type: 'AchievementSubject',
    achievement: {
      type: 'Achievement',
      name: 'Senior Fitness Specialist',
      criteria: { narrative: 'Pass the specialist exam. Earns 2.0 CECs.' },
    },
  },
};

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function ownExport(): string {
  const at = Date.UTC(2026, 0, 1);
  const activities: Activity[] = [
    {
      id: 'a1',
      title: 'Aquatic Conditioning',
      provider: 'aea',
      completedOn: '2026-03-10',
      credits: [{ kind: 'CEC', amount: 1.5, unit: 'CEC', body: 'aea', hours: 1.5 }],
      courseCode: null,
      format: 'workshop',
      sourceUrl: 'https://www.aeawave.com/workshops/aquatic-conditioning',
      certificateUrl: null,
      notes: '=SUM(A1) is a note',
      capturedBy: 'manual',
      createdAt: at,
      updatedAt: at,
      dedupKey: 'aea|title:aquatic conditioning|2026-03-10',
    },
    {
      id: 'a2',
      title: 'Youth Exercise Programming',
      organizer: 'Metro Fitness Summit',
      completedOn: '2026-04-22',
      credits: [
        { kind: 'CEC', amount: 0.5, unit: 'CEU', body: 'nsca', hours: 5 },
        { kind: 'CEC', amount: 5, unit: 'CEC', body: 'acsm', hours: 5 },
      ],
      courseCode: 'MFS-22',
      sourceUrl: null,
      certificateUrl: null,
      capturedBy: 'manual',
      createdAt: at,
      updatedAt: at,
      dedupKey: 'metro fitness summit|code:MFS-22|2026-04-22',
    },
    {
      id: 'a3',
      title: 'Leadership Basics',
      organizer: 'City Library',
      completedOn: '2026-05-01',
      credits: [],
      courseCode: null,
      sourceUrl: null,
      certificateUrl: null,
      capturedBy: 'manual',
      createdAt: at,
      updatedAt: at,
      dedupKey: 'city library|title:leadership basics|2026-05-01',
    },
  ];
  return activitiesToCsv(activities);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1056, height: 816 } });
  const html = (c: Parameters<typeof certificateHtml>[0]) => certificateHtml(c);

  await printPdf(page, [html(CERTIFICATES.ace)], 'ace-certificate.pdf');
  await printPdf(page, [html(CERTIFICATES.nasm)], 'nasm-certificate.pdf');
  await printPdf(page, [html(CERTIFICATES.humanKinetics)], 'human-kinetics-certificate.pdf');
  await printPdf(page, [html(CERTIFICATES.coastal)], 'coastal-certificate.pdf');
  await printPdf(
    page,
    [html(CERTIFICATES.pesi), html(CERTIFICATES.netce), html(CERTIFICATES.coastal)],
    'three-certificates.pdf',
  );

  // A photo and a scan: the certificate rendered as a picture, slightly rotated and grey, then printed as an image-only PDF.
  await page.setContent(`<!doctype html><html><head>${STYLE}<style>body{background:#eee8dc;filter:grayscale(0.6)}
    .cert{transform:rotate(-0.8deg);background:#fbf8f1}</style></head><body>${html(CERTIFICATES.ace)}</body></html>`);
  const photo = await page.screenshot({ type: 'jpeg', quality: 80 });
  writeFileSync(join(OUT, 'ace-photo.jpg'), photo);
  await page.setContent(`<!doctype html><html><head>${STYLE}</head><body>${html(CERTIFICATES.nasm)}</body></html>`);
  const scan = await page.screenshot({ type: 'png' });
  writeFileSync(join(OUT, 'nasm-photo.png'), scan);
  await page.setContent(
    `<!doctype html><html><head><style>@page{size:11in 8.5in;margin:0}body{margin:0}img{width:11in;height:8.5in;display:block}</style></head>` +
      `<body><img src="data:image/png;base64,${scan.toString('base64')}"></body></html>`,
  );
  writeFileSync(join(OUT, 'nasm-scanned.pdf'), await page.pdf({ width: '11in', height: '8.5in' }));

  // Badge pictures to bake.
  await page.setViewportSize({ width: 120, height: 120 });
  await page.setContent(SVG_BADGE(''));
  const badge = await page.screenshot({ type: 'png' });
  writeFileSync(join(OUT, 'badge-ob2.png'), bakePng(badge, 'openbadges', JSON.stringify(OB2_ASSERTION)));
  writeFileSync(join(OUT, 'badge-ob2-linked.png'), bakePng(badge, 'openbadges', JSON.stringify(OB2_LINKED)));
  writeFileSync(
    join(OUT, 'badge-ob3.png'),
    bakePng(badge, 'openbadgecredential', JSON.stringify(OB3_CREDENTIAL), true),
  );
  writeFileSync(join(OUT, 'badge-plain.png'), badge);
  await browser.close();

  writeFileSync(
    join(OUT, 'badge-ob2.svg'),
    SVG_BADGE(
      `<openbadges:assertion verify="${OB2_ASSERTION.id}"><![CDATA[${JSON.stringify(OB2_ASSERTION)}]]></openbadges:assertion>`,
    ),
  );
  writeFileSync(
    join(OUT, 'badge-ob3.svg'),
    SVG_BADGE(`<openbadges:credential><![CDATA[${JSON.stringify(OB3_OLD_CONTEXT)}]]></openbadges:credential>`),
  );
  writeFileSync(join(OUT, 'ob2-assertion.json'), json(OB2_ASSERTION));
  writeFileSync(join(OUT, 'ob2-linked.json'), json(OB2_LINKED));
  writeFileSync(join(OUT, 'ob3-credential.json'), json(OB3_CREDENTIAL));
  writeFileSync(join(OUT, 'ob3-old-context.json'), json(OB3_OLD_CONTEXT));

  writeFileSync(
    join(OUT, 'kept-by-hand.csv'),
    [
      'Course,Date completed,Provider,Credits,Notes',
      'Functional Training in Water,9/14/2026,ACE,0.2 CECs,online',
      '"Kettlebells, Level 2",14 Sep 2026,Metro Fitness Summit,1.5 CEUs,',
      'CPR/AED recertification,2026-01-05,Red Cross,4 hours,hands-on',
      'Mobility for Golfers,"March 3, 2026",NASM,0.3 NASM CEUs,',
    ].join('\r\n') + '\r\n',
  );
  writeFileSync(
    join(OUT, 'two-cells.tsv'),
    [
      'Amount\tUnit\tWhen\tWorkshop\tBoard',
      '2\thours\t2026-02-11\tPrenatal Yoga Basics\t',
      '0.5\tCEUs\t02/28/2026\tStrength for Swimmers\tNSCA',
      '6\tCE hours\tApril 9, 2026\tEthics in Massage Practice\tNCBTMB',
    ].join('\n') + '\n',
  );
  writeFileSync(join(OUT, 'ce-tally-export.csv'), ownExport());
  writeFileSync(
    join(OUT, 'no-dates.csv'),
    'Course,When,Credits\nYoga Basics,last spring,2 hours\nPilates Mat,soon,1 hour\n',
  );

  // Broken files.
  const ace = readFileSync(join(OUT, 'ace-certificate.pdf'));
  writeFileSync(join(OUT, 'truncated.pdf'), ace.subarray(0, Math.floor(ace.length / 3)));
  writeFileSync(join(OUT, 'empty.pdf'), Buffer.alloc(0));
  writeFileSync(join(OUT, 'pdf-renamed.png'), readFileSync(join(OUT, 'nasm-certificate.pdf')));
  execFileSync('qpdf', [
    '--encrypt',
    'secret',
    'secret',
    '256',
    '--',
    join(OUT, 'ace-certificate.pdf'),
    join(OUT, 'encrypted.pdf'),
  ]);
  console.log(`Wrote the import fixtures to ${OUT}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
