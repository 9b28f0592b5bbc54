/**
 * The bench's output: a table for people (each figure, its floor, their ratio with the lowest and highest
 * ratio seen, the goal) and, as the last line, one JSON object with the same figures.
 */
import { keys, summarize, type Figure, type Measured, type Summary } from './figure';
import { median } from './median';

const round = (n: number) => Math.round(n * 100) / 100;

/** One figure over every repeat of the whole bench. */
interface Combined {
  figure: Figure;
  /** Each repeat's summary, in order. */
  repeats: Summary[];
  extras: Record<string, number>;
}

/** Joins the repeats' results by figure: `runs[r]` is the r-th run of the whole bench. */
export function combine(runs: Measured[][]): Combined[] {
  const byKey = new Map<string, Combined>();
  for (const run of runs)
    for (const m of run) {
      const key = keys(m.figure).ratio;
      const entry = byKey.get(key) ?? { figure: m.figure, repeats: [], extras: {} };
      entry.repeats.push(summarize(m.pairs));
      for (const [name, value] of Object.entries(m.extras ?? {}))
        entry.extras[name] = entry.extras[name] === undefined ? value : entry.extras[name];
      byKey.set(key, entry);
    }
  return [...byKey.values()];
}

/** The figures of one Combined: medians over repeats; the spread is the lowest and highest ratio seen in any. */
function overall(c: Combined) {
  const ratios = c.repeats.map((r) => r.ratio);
  const longest = (list: Array<number | undefined>) => {
    const known = list.filter((t): t is number => t !== undefined);
    return known.length ? Math.max(...known) : undefined;
  };
  return {
    ms: median(c.repeats.map((r) => r.ms)),
    floorMs: median(c.repeats.map((r) => r.floorMs)),
    ratio: median(ratios),
    low: Math.min(...c.repeats.map((r) => r.low)),
    high: Math.max(...c.repeats.map((r) => r.high)),
    repeatRatios: ratios,
    longestTaskMs: longest(c.repeats.map((r) => r.longestTaskMs)),
    floorLongestTaskMs: longest(c.repeats.map((r) => r.floorLongestTaskMs)),
  };
}

function goalMet(c: Combined, o: ReturnType<typeof overall>): string {
  const goal = c.figure.goal;
  if (!goal) return '';
  const parts: string[] = [];
  let met = true;
  if (goal.ratio !== undefined) {
    parts.push(`≤ ${goal.ratio}×`);
    met &&= o.ratio <= goal.ratio;
  }
  if (goal.longestTaskMs !== undefined) {
    parts.push(`tasks ≤ ${goal.longestTaskMs} ms`);
    met &&= (o.longestTaskMs ?? 0) <= goal.longestTaskMs;
  }
  return `${parts.join(', ')}: ${met ? 'met' : 'NOT met'}`;
}

export function report(runs: Measured[][], runsPerFigure: number): void {
  const combined = combine(runs);
  const json: Record<string, unknown> = {};
  const rows = combined.map((c) => {
    const k = keys(c.figure);
    const o = overall(c);
    json[k.ms] = round(o.ms);
    json[k.floorMs] = round(o.floorMs);
    json[k.ratio] = round(o.ratio);
    json[`${k.ratio}_spread`] = [round(o.low), round(o.high)];
    if (runs.length > 1) json[`${k.ratio}_repeats`] = o.repeatRatios.map(round);
    if (o.longestTaskMs !== undefined) json[k.longestTask] = Math.round(o.longestTaskMs);
    if (o.floorLongestTaskMs !== undefined) json[k.floorLongestTask] = Math.round(o.floorLongestTaskMs);
    for (const [name, value] of Object.entries(c.extras)) json[name] = round(value);
    return {
      figure: k.ratio,
      ratio: round(o.ratio),
      'spread (low-high)': `${round(o.low)}-${round(o.high)}`,
      ...(runs.length > 1 ? { 'per repeat': o.repeatRatios.map(round).join(' / ') } : {}),
      'ms (this machine)': round(o.ms),
      'floor ms': round(o.floorMs),
      'longest task ms (floor)':
        o.longestTaskMs === undefined
          ? ''
          : `${Math.round(o.longestTaskMs)} (${Math.round(o.floorLongestTaskMs ?? 0)})`,
      goal: goalMet(c, o),
    };
  });
  // The popup at 10,000 against the popup with none, measured in turns (scripts/bench/popup.ts), under its old name too.
  if (json.popup_ratio_10k_over_empty !== undefined) json.popup_10k_over_empty = json.popup_ratio_10k_over_empty;
  console.log(
    `\nCE Tally benchmark: each figure beside its floor, ${runsPerFigure} interleaved pairs, ` +
      `${runs.length} run(s) of the whole bench (headless Chromium)\n`,
  );
  console.table(rows);
  console.log('\nWhat each figure and its floor are:');
  for (const c of combined) console.log(`- ${keys(c.figure).ratio}: ${c.figure.label}; floor: ${c.figure.floor}`);
  const others = Object.fromEntries(
    Object.entries(json).filter(([k]) => !combined.some((c) => k.startsWith(c.figure.name))),
  );
  if (Object.keys(others).length) console.log('\nAlso:', others);
  console.log(JSON.stringify(json));
}
