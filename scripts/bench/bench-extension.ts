/**
 * The extension as the bench loads it: the product build (.output/chrome-mv3) copied to a bench-only
 * folder, with the floor pages (scripts/bench/floors/) added under bench/. The product build never holds them.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { EXTENSION_DIR } from '../../tests/support/browser/extension';

export const BENCH_EXTENSION_DIR = resolve(EXTENSION_DIR, '../bench/chrome-mv3');
const FLOORS = resolve(import.meta.dirname, 'floors');
/** Floor scripts that are pages' entries (idb.ts is shared code). */
const ENTRIES = ['popup-floor', 'save-floor', 'log-floor', 'in-page', 'import-floor', 'packet-floor'];

async function bundle(entry: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: join(FLOORS, `${entry}.ts`), name: 'floor', formats: ['iife'] },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = outputs.flatMap((o) => ('output' in o ? o.output : [])).find((c) => c.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`no bundle for ${entry}`);
  return chunk.code;
}

export async function buildBenchExtension(): Promise<void> {
  rmSync(BENCH_EXTENSION_DIR, { recursive: true, force: true });
  cpSync(EXTENSION_DIR, BENCH_EXTENSION_DIR, { recursive: true });
  mkdirSync(join(BENCH_EXTENSION_DIR, 'bench'));
  for (const entry of ENTRIES) writeBenchFile(`${entry}.js`, await bundle(entry));
  for (const page of readdirSync(FLOORS).filter((f) => f.endsWith('.html')))
    cpSync(join(FLOORS, page), join(BENCH_EXTENSION_DIR, 'bench', page));
}

/**
 * Writes a file under the bench extension's bench/ folder. An unpacked extension's files are read from
 * disk at each load, so a suite may write a page once it knows what it needs (the popup's size, say).
 */
export function writeBenchFile(name: string, content: string): void {
  writeFileSync(join(BENCH_EXTENSION_DIR, 'bench', name), content);
}

/** A page of the popup's size (`width` x `height` CSS pixels) holding `figures`, with the given scripts. */
export function popupSizedPage(size: { width: number; height: number }, scripts: string[] = []): string {
  return `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>CE Tally</title></head>
  <body style="margin: 0">
    <div id="figures" style="width: ${size.width}px; height: ${size.height}px"></div>
    ${scripts.map((s) => `<script src="${s}"></script>`).join('\n    ')}
  </body>
</html>
`;
}
