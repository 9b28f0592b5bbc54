import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Engines } from '../../lib/import/read-file';

export const IMPORT_FIXTURES = resolve(import.meta.dirname, '../fixtures/import');

/** A fixture from tests/fixtures/import/ (made by scripts/make-import-fixtures.ts) as the file input gives it. */
export function fixtureFile(name: string, as = name): File {
  return new File([readFileSync(resolve(IMPORT_FIXTURES, name))], as);
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(IMPORT_FIXTURES, name)));
}

/** pdf.js's Node build (its worker runs in the same thread here); no OCR. */
export const NODE_ENGINES: Engines = { pdf: async () => ({ pdfjs }) };
