import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { attachCertificate } from '../../lib/store/certificate-files';
import type { CeTallyDb } from '../../lib/store/db';
import type { PdfFonts } from '../../lib/packet/pdf';
import type { Activity, Certification } from '../../lib/model/schema';
import { pdfPageTexts } from '../../lib/import/pdf';
import { minimalPdf, TINY_PNG } from './certificate-files';
import { activity } from './helpers';
import { cec, certification, plainCeu } from './renewal-fixtures';

const require = createRequire(import.meta.url);

/** Noto Sans from its package, as the packet's worker loads it from the extension. */
export const FONTS: PdfFonts = {
  regular: new Uint8Array(
    readFileSync(require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf')),
  ),
  bold: new Uint8Array(readFileSync(require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'))),
};

export const TODAY = '2026-11-28';

/**
 * A NASM-CPT cycle (2025-07-01 to 2027-06-30) with every case a packet meets: NASM credits (one in contact
 * hours), two CPR/AED courses (NASM counts 0.1 for one a cycle), an ACE-only course, plain CEUs, a course with
 * no credit, the same title twice, a Greek title, one before the cycle; certificates on some.
 */
export function auditLog(): { certification: Certification; activities: Activity[]; withCertificate: string[] } {
  const nasm = certification({ cprRequired: true });
  const a = (title: string, completedOn: string, credits: Activity['credits'], extra: Partial<Activity> = {}) =>
    activity({ title, completedOn, credits, provider: 'nasm', courseCode: null, ...extra });
  const activities = [
    a('Corrective Exercise for Runners', '2026-03-07', [cec('nasm', 0.4, 'CEU')], { courseCode: 'NASM-2231' }),
    a('Nutrition and Endurance in Hot Climates', '2026-04-22', [cec('nasm', 0.2, 'CEU')]),
    a('Mobility for Desk Workers', '2025-09-01', [cec('nasm', 5, 'contact hours')], {
      provider: undefined,
      organizer: 'Iron Studio Seminars',
    }),
    a('Heartsaver CPR AED', '2025-10-10', [], {
      cprAed: true,
      provider: undefined,
      organizer: 'American Heart Association',
    }),
    a('Heartsaver CPR AED', '2026-10-02', [], {
      cprAed: true,
      provider: undefined,
      organizer: 'American Heart Association',
    }),
    a('Functional Training in Water', '2026-09-14', [cec('ace', 0.2, 'CEC')], {
      provider: 'ace',
      courseCode: 'CEP251107',
    }),
    a('Youth Strength Training', '2026-01-14', [plainCeu(0.5)], { provider: 'human-kinetics' }),
    a('Team Meeting Notes', '2026-02-02', []),
    a('Same Title', '2026-05-05', [cec('nasm', 0.1, 'CEU')], { courseCode: 'A-1', id: 'same-a' }),
    a('Same Title', '2026-05-05', [cec('nasm', 0.1, 'CEU')], { courseCode: 'A-2', id: 'same-b' }),
    a('Διατροφή για δρομείς: Ώρα/Χρόνος', '2026-06-01', [cec('nasm', 0.3, 'CEU')]),
    a('Before the Cycle', '2025-06-30', [cec('nasm', 1, 'CEU')]),
  ];
  const withCertificate = [
    'Corrective Exercise for Runners',
    'Mobility for Desk Workers',
    'Same Title',
    'Διατροφή για δρομείς: Ώρα/Χρόνος',
    'Functional Training in Water',
  ];
  return { certification: nasm, activities, withCertificate };
}

/** Writes the log through the store (the credit summary follows) and attaches a certificate to the named activities. */
export async function storeAuditLog(db: CeTallyDb) {
  const log = auditLog();
  await db.certifications.add(log.certification);
  await db.activities.bulkAdd(log.activities);
  const files = new Map<string, Uint8Array>();
  for (const [i, item] of log.activities.entries()) {
    if (!log.withCertificate.includes(item.title)) continue;
    const bytes = i % 2 === 0 ? minimalPdf(`Certificate: ${item.title}`) : TINY_PNG;
    const name = i % 2 === 0 ? 'certificate.pdf' : 'badge.png';
    await attachCertificate(db, item.id, new File([bytes], name));
    files.set(item.id, bytes);
  }
  return { ...log, files };
}

export interface Unzipped {
  names: string[];
  files: Record<string, Uint8Array>;
}

export async function unzipPacket(blob: Blob): Promise<Unzipped> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return { names: Object.keys(files), files };
}

export function parseCsv(bytes: Uint8Array) {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  if (!text.startsWith('\uFEFF')) throw new Error('no byte-order mark');
  return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
}

/** The PDF's text as pdf.js extracts it (what a search or a screen reader finds), one string per page. */
export async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const { texts, document } = await pdfPageTexts(pdfjs, bytes.slice());
  await document.destroy();
  return texts;
}
