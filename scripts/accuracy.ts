/**
 * npm run accuracy: detection over the generated corpus (tests/support/corpus), the share of completion pages
 * read fully right, per field and per provider, the false positives and a few misses with their seeds.
 *   --pages N     how many pages (default 5000), seeds FIRST..FIRST+N-1
 *   --first S     the first seed (default 1)
 *   --workers N   worker threads (default: one per core, at most 2)
 *   --cli-every N also detect every N-th page the detect CLI's way (happy-dom) and compare (default 100; 0: off)
 *   --misses N    how many misses to print (default 12)
 *   --page SEED [--out FILE]   write the page of one seed (stdout without --out), its URL and truth on stderr
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { generatePage, runSeeds } from '../tests/support/corpus/generate';
import { runSeedList, type SeedResult } from '../tests/support/corpus/run';
import { formatReport, summarize } from '../tests/support/corpus/score';

function fail(message: string): never {
  process.stderr.write(`accuracy: ${message}\n`);
  process.exit(2);
}

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) fail(`--${name} must be a whole number, not ${JSON.stringify(value)}`);
  return n;
}

async function inWorkers(seeds: number[], workers: number, cliEvery: number): Promise<SeedResult[]> {
  if (workers <= 1) return runSeedList(seeds, cliEvery);
  // Interleaved, so each worker gets every kind of page and they finish together.
  const chunks = Array.from({ length: workers }, (_, w) => seeds.filter((_, i) => i % workers === w));
  const parts = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<SeedResult[]>((resolve, reject) => {
          // The worker runs this TypeScript file too, through tsx's API (a worker does not inherit tsx's loader).
          const boot = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(import.meta.url)}, ${JSON.stringify(import.meta.url)}))`;
          const worker = new Worker(boot, { eval: true, workerData: { seeds: chunk, cliEvery } });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`a worker exited with ${code}`)));
        }),
    ),
  );
  return parts.flat().sort((a, b) => a.score.seed - b.score.seed);
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        pages: { type: 'string' },
        first: { type: 'string' },
        workers: { type: 'string' },
        'cli-every': { type: 'string' },
        misses: { type: 'string' },
        page: { type: 'string' },
        out: { type: 'string' },
      },
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.page !== undefined) {
    const page = generatePage(count(values.page, 'page', 0));
    if (values.out) writeFileSync(values.out, page.html);
    else process.stdout.write(page.html);
    process.stderr.write(
      `seed ${page.seed}: ${page.kind} [${page.parts.join(' ')}]\nurl: ${page.url}\ntruth: ${JSON.stringify(page.truth)}\n` +
        (values.out ? `detect it: npm run -s detect -- ${values.out} --url '${page.url}'\n` : ''),
    );
    return;
  }
  const seeds = runSeeds(count(values.pages, 'pages', 5000), count(values.first, 'first', 1));
  const workers = Math.max(1, count(values.workers, 'workers', Math.min(2, availableParallelism())));
  const cliEvery = count(values['cli-every'], 'cli-every', 100);
  const started = performance.now();
  const results = await inWorkers(seeds, workers, cliEvery);
  const seconds = (performance.now() - started) / 1000;
  const report = summarize(results.map((r) => r.score));
  process.stdout.write(`${formatReport(report, seconds, count(values.misses, 'misses', 12))}\n`);
  const compared = results.filter((r) => r.sameAsCli !== undefined);
  const differ = compared.filter((r) => !r.sameAsCli);
  if (compared.length)
    process.stdout.write(
      `\nthe detect CLI's parser (happy-dom) read ${compared.length - differ.length}/${compared.length} sampled pages the same${differ.length ? `; differ: seeds ${differ.map((r) => r.score.seed).join(', ')}` : ''}\n`,
    );
  if (differ.length) process.exitCode = 1;
}

if (isMainThread) {
  main().catch((error) => fail((error as Error).stack ?? String(error)));
} else {
  const { seeds, cliEvery } = workerData as { seeds: number[]; cliEvery: number };
  parentPort!.postMessage(runSeedList(seeds, cliEvery));
}
