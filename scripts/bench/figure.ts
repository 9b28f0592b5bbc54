/**
 * A figure of `npm run bench` beside its floor: the same work with nothing of CE Tally's own in the way,
 * measured in the same browser, in the same run, one after the other (interleaved), so that a busy moment
 * on a shared machine hits both alike. The goals are ratios (figure over floor).
 *
 * To add a figure: a suite (scripts/bench/<name>.ts) that sets up once, then calls `interleave` with the
 * work and its floor, and returns `Measured` for each figure; list the suite in scripts/bench.ts.
 */
import { median } from './median';

export interface Figure {
  /** JSON keys: `<name>_ms<suffix>`, `<name>_floor_ms<suffix>`, `<name>_ratio<suffix>` (suffix: '_10k', '' ...). */
  name: string;
  suffix?: string;
  /** What is timed, for people. */
  label: string;
  /** What its floor is. */
  floor: string;
  /** The goals: ratio at most, and no task over longestTaskMs (main-thread work in the page). */
  goal?: { ratio?: number; longestTaskMs?: number };
}

/** One measurement: its time, and the longest main-thread task during it (when the suite watches tasks). */
export interface Timing {
  ms: number;
  longestTaskMs?: number;
}

export interface Pair {
  ms: number;
  floorMs: number;
  longestTaskMs?: number;
  floorLongestTaskMs?: number;
}

export interface Measured {
  figure: Figure;
  pairs: Pair[];
  /** Further figures of the same measurement (sizes, parts), printed beside it and put in the JSON line. */
  extras?: Record<string, number>;
  note?: string;
}

export interface Suite {
  name: string;
  run(runs: number): Promise<Measured[]>;
}

const timing = (t: number | Timing): Timing => (typeof t === 'number' ? { ms: t } : t);

/**
 * `runs` pairs of the work and its floor, taking turns which goes first (ABBA...), after `warmUp` pairs that
 * are thrown away (the first of each pays for compiling and caches).
 */
export async function interleave(
  runs: number,
  work: (run: number) => Promise<number | Timing>,
  floor: (run: number) => Promise<number | Timing>,
  { warmUp = 1 } = {},
): Promise<Pair[]> {
  const pairs: Pair[] = [];
  for (let i = -warmUp; i < runs; i++) {
    let w: Timing, f: Timing;
    if (i % 2 === 0) {
      w = timing(await work(i));
      f = timing(await floor(i));
    } else {
      f = timing(await floor(i));
      w = timing(await work(i));
    }
    if (i >= 0)
      pairs.push({ ms: w.ms, floorMs: f.ms, longestTaskMs: w.longestTaskMs, floorLongestTaskMs: f.longestTaskMs });
  }
  return pairs;
}

export const keys = (f: Figure) => {
  const s = f.suffix ?? '';
  return {
    ms: `${f.name}_ms${s}`,
    floorMs: `${f.name}_floor_ms${s}`,
    ratio: `${f.name}_ratio${s}`,
    longestTask: `${f.name}_longest_task_ms${s}`,
    floorLongestTask: `${f.name}_floor_longest_task_ms${s}`,
  };
};

/** A figure's summary over its pairs: medians, the median ratio, and the lowest and highest ratio seen. */
export interface Summary {
  ms: number;
  floorMs: number;
  ratio: number;
  low: number;
  high: number;
  longestTaskMs?: number;
  floorLongestTaskMs?: number;
}

export function summarize(pairs: Pair[]): Summary {
  const ratios = pairs.map((p) => p.ms / p.floorMs);
  const longest = (list: Array<number | undefined>) => {
    const known = list.filter((t): t is number => t !== undefined);
    return known.length ? Math.max(...known) : undefined;
  };
  return {
    ms: median(pairs.map((p) => p.ms)),
    floorMs: median(pairs.map((p) => p.floorMs)),
    ratio: median(ratios),
    low: Math.min(...ratios),
    high: Math.max(...ratios),
    longestTaskMs: longest(pairs.map((p) => p.longestTaskMs)),
    floorLongestTaskMs: longest(pairs.map((p) => p.floorLongestTaskMs)),
  };
}
