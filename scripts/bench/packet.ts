/**
 * The renewal packet of 500 activities with 500 certificate files (200 kB each, 100 MB) in one NASM-CPT
 * cycle: the click on Renewal packet to the zip's Blob in hand (its download link clicked), beside its floor,
 * the same certificate files read from IndexedDB one at a time and stored in a zip with fflate, in the page
 * (scripts/bench/floors/packet-floor.ts). The longest main-thread task of the page during each is kept.
 */
import type { Activity } from '../../lib/model/schema';
import { certification } from '../../tests/support/renewal-fixtures';
import { launchExtension } from '../../tests/support/browser/extension';
import { seedDatabase } from '../../tests/support/browser/seed';
import { BENCH_EXTENSION_DIR } from './bench-extension';
import { interleave, type Measured, type Suite } from './figure';
import { syntheticActivities } from './log-data';
import {
  clickToBlob,
  FILE_BYTES,
  longestTask,
  sample,
  seedCertificateFiles,
  watchLongTasks,
  withCertificateFiles,
} from './log';

const COUNT = 500;

/** NASM-CPT, its cycle 2025-07-01 to 2027-06-30. */
const NASM_CPT = certification({ id: 'bench-nasm' });

/** The synthetic log's activities moved into the cycle, each with a NASM credit (so every one is counted). */
function cycleActivities(): Activity[] {
  return syntheticActivities(COUNT, 17).map((activity, i) => ({
    ...activity,
    completedOn: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    credits: [{ kind: 'CEC', amount: 0.1, unit: 'CEU', body: 'nasm', hours: 1 }, ...activity.credits],
    dedupKey: `bench-packet-${i}`,
  }));
}

async function benchPacket(runs: number): Promise<Measured[]> {
  const activities = withCertificateFiles(cycleActivities(), COUNT);
  const ext = await launchExtension({ dir: BENCH_EXTENSION_DIR });
  const base = `chrome-extension://${ext.id}`;
  try {
    const page = await ext.context.newPage();
    await page.goto(`${base}/options.html`);
    await page.getByText('Your log is empty.', { exact: false }).waitFor();
    await seedDatabase(page, { activities, certifications: [NASM_CPT] });
    await seedCertificateFiles(page, activities);
    await page.goto(`${base}/options.html?packet`);
    await page.getByText(`${COUNT} activities`, { exact: true }).waitFor({ timeout: 60_000 });
    await page.addScriptTag({ url: `${base}/bench/packet-floor.js` });
    await watchLongTasks(page);
    let zipBytes = 0;
    const pairs = await interleave(
      runs,
      (run) =>
        sample(page, async () => {
          const ms = await clickToBlob(page, 'Renewal packet');
          const size = await page.evaluate(async () => {
            const w = window as unknown as { benchDownload: { href: string } };
            return (await (await fetch(w.benchDownload.href)).blob()).size;
          });
          // The figure must be real: the whole packet, every certificate in it.
          if (size < COUNT * FILE_BYTES) throw new Error(`the packet is ${size} bytes, less than its certificates`);
          if (run === -1) zipBytes = size;
          await page.getByText(/^Downloaded ce-tally-NASM-CPT-2027-06-30\.zip/).waitFor();
          return ms;
        }),
      () =>
        sample(page, () =>
          page.evaluate(async () => {
            const start = performance.now();
            await (window as unknown as { ceTallyPacketFloor: () => Promise<number> }).ceTallyPacketFloor();
            return performance.now() - start;
          }),
        ),
    );
    await longestTask(page);
    return [
      {
        figure: {
          name: 'packet',
          suffix: '_500',
          label: `renewal packet of ${COUNT} activities with ${COUNT} certificate files, ${(COUNT * FILE_BYTES) / 1024 / 1024} MB (click to the zip's Blob)`,
          floor: 'the same files read one at a time from IndexedDB and stored in a zip (fflate) to a Blob, no PDF',
          goal: { longestTaskMs: 200 },
        },
        pairs,
        extras: { packet_mb_500: Math.round(zipBytes / 1e4) / 100 },
      },
    ];
  } finally {
    await ext.close();
  }
}

export const packetSuite: Suite = {
  name: 'renewal packet',
  // A heavy figure: a third of the pairs, as the other heavy ones.
  run: (runs) => benchPacket(Math.max(2, Math.round(runs / 3))),
};
