/**
 * npm run bench: every figure of docs/performance.md beside its floor (the same work with nothing of
 * CE Tally's own in the way), measured in headless Chromium in the same run, interleaved. Prints a table
 * for people and, as its last line, one JSON object.
 *   BENCH_RUNS=n     pairs per figure (the heavy ones take a third as many)
 *   BENCH_REPEAT=n   runs the whole bench n times and prints the spread of every ratio across them
 *   BENCH_ONLY=a,b   only the suites whose names contain one of these words (while working on one figure)
 * A figure is added as a suite (scripts/bench/figure.ts says how) listed in SUITES.
 */
import { buildBenchExtension } from './bench/bench-extension';
import { detectSuite } from './bench/detect';
import type { Measured, Suite } from './bench/figure';
import { importSuite } from './bench/import';
import { bigLogSuite, exportSuite, logSuite } from './bench/log';
import { packetSuite } from './bench/packet';
import { pageLoadSuite } from './bench/page-load';
import { popupSuite } from './bench/popup';
import { report } from './bench/report';

const SUITES: Suite[] = [
  detectSuite,
  pageLoadSuite,
  popupSuite,
  logSuite,
  exportSuite,
  bigLogSuite,
  importSuite,
  packetSuite,
];

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 1);
const ONLY = process.env.BENCH_ONLY?.split(',').filter(Boolean);

async function main() {
  await buildBenchExtension();
  const suites = ONLY ? SUITES.filter((s) => ONLY.some((word) => s.name.includes(word))) : SUITES;
  const runs: Measured[][] = [];
  for (let r = 0; r < REPEAT; r++) {
    const run: Measured[] = [];
    for (const suite of suites) {
      const started = Date.now();
      run.push(...(await suite.run(RUNS)));
      console.error(`[bench ${r + 1}/${REPEAT}] ${suite.name}: ${Math.round((Date.now() - started) / 1000)} s`);
    }
    runs.push(run);
    // Each repeat's figures so far, so that a long run interrupted still leaves what it measured.
    if (r + 1 < REPEAT) report(runs, RUNS);
  }
  report(runs, RUNS);
}

await main();
