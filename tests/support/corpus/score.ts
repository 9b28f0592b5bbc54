import type { Detection } from '../../../lib/detect/types';
import type { GeneratedPage, Truth } from './page';

/** The fields a completion page is scored on; "fully right" is all of them. */
export const FIELDS = ['detected', 'title', 'completedOn', 'courseCode', 'credits'] as const;
export type Field = (typeof FIELDS)[number];

export interface PageScore {
  seed: number;
  kind: string;
  provider: string;
  parts: string[];
  completion: boolean;
  /** Completion pages: each field read right (a page not detected has every field wrong). */
  right: Record<Field, boolean>;
  fullyRight: boolean;
  /** A near-miss that was detected. */
  falsePositive: boolean;
  truth: Truth;
  got: Detection | null;
}

/** How a person compares two titles: case, quotes, spacing and a final full stop do not matter. */
export function sameTitle(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .normalize('NFKC')
      .replace(/[‘’]/g, "'")
      .replace(/[“”]/g, '"')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^["']+|["'.]+$/g, '')
      .toLowerCase();
  return norm(a) === norm(b);
}

/** Credits are right when every credit is there once, for the right body, with the right contact hours. */
export function sameCredits(expected: Truth['credits'] = [], got: Detection['activity']['credits'] = []): boolean {
  if (expected.length !== got.length) return false;
  const left = [...got];
  for (const credit of expected) {
    const at = left.findIndex((c) => (c.body ?? null) === credit.body && Math.abs(c.hours - credit.hours) < 0.011);
    if (at === -1) return false;
    left.splice(at, 1);
  }
  return true;
}

export function scorePage(page: GeneratedPage, got: Detection | null): PageScore {
  const { truth } = page;
  const found = got !== null && got.provider === truth.provider;
  const a = got?.activity;
  const right: Record<Field, boolean> = {
    detected: found,
    title: found && [truth.title!, ...(truth.titleAlso ?? [])].some((t) => sameTitle(t, a!.title)),
    completedOn: found && a!.completedOn === truth.completedOn,
    courseCode: found && (a!.courseCode ?? null) === (truth.courseCode ?? null),
    credits: found && sameCredits(truth.credits, a!.credits),
  };
  return {
    seed: page.seed,
    kind: page.kind,
    provider: truth.provider,
    parts: page.parts,
    completion: truth.detected,
    right,
    fullyRight: truth.detected && FIELDS.every((f) => right[f]),
    falsePositive: !truth.detected && got !== null,
    truth,
    got,
  };
}

export interface Tally {
  pages: number;
  fullyRight: number;
  fields: Record<Field, number>;
}

export interface Report {
  pages: number;
  completions: Tally;
  nearMisses: number;
  falsePositives: PageScore[];
  byProvider: Record<string, Tally & { nearMisses: number; falsePositives: number }>;
  misses: PageScore[];
}

const emptyTally = (): Tally => ({
  pages: 0,
  fullyRight: 0,
  fields: { detected: 0, title: 0, completedOn: 0, courseCode: 0, credits: 0 },
});

function add(tally: Tally, score: PageScore): void {
  tally.pages++;
  if (score.fullyRight) tally.fullyRight++;
  for (const f of FIELDS) if (score.right[f]) tally.fields[f]++;
}

export function summarize(scores: readonly PageScore[]): Report {
  const report: Report = {
    pages: scores.length,
    completions: emptyTally(),
    nearMisses: 0,
    falsePositives: [],
    byProvider: {},
    misses: [],
  };
  for (const score of scores) {
    const provider = (report.byProvider[score.provider] ??= { ...emptyTally(), nearMisses: 0, falsePositives: 0 });
    if (score.completion) {
      add(report.completions, score);
      add(provider, score);
      if (!score.fullyRight) report.misses.push(score);
    } else {
      report.nearMisses++;
      provider.nearMisses++;
      if (score.falsePositive) {
        report.falsePositives.push(score);
        provider.falsePositives++;
      }
    }
  }
  return report;
}

export const percent = (n: number, of: number) => (of === 0 ? 'n/a' : `${((100 * n) / of).toFixed(1)}%`);

/** Which fields a miss got wrong, and what it read instead: one line. */
export function describeMiss(score: PageScore): string {
  const wrong = FIELDS.filter((f) => !score.right[f]);
  const a = score.got?.activity;
  const t = score.truth;
  const bits = !score.right.detected
    ? [score.got ? `detected as ${score.got.provider}` : 'not detected']
    : wrong.map((f) => {
        if (f === 'title') return `title ${JSON.stringify(a!.title)} (want ${JSON.stringify(t.title)})`;
        if (f === 'completedOn') return `date ${a!.completedOn} (want ${t.completedOn})`;
        if (f === 'courseCode') return `code ${a!.courseCode} (want ${t.courseCode})`;
        const show = (cs: Array<{ body?: string | null; amount: number; hours: number }>) =>
          cs.map((c) => `${c.amount} ${c.body ?? '-'}=${c.hours}h`).join(', ') || 'none';
        return `credits [${show(a!.credits)}] (want [${show(t.credits ?? [])}])`;
      });
  return `seed ${score.seed} ${score.kind} [${score.parts.filter((p) => !p.startsWith('site:') && !p.startsWith('platform:')).join(' ')}]: ${bits.join('; ')}`;
}

export function formatReport(report: Report, seconds: number, examples = 12): string {
  const c = report.completions;
  const lines = [
    `${report.pages} pages (${c.pages} completions, ${report.nearMisses} near-misses) in ${seconds.toFixed(1)} s`,
    `fully right: ${c.fullyRight}/${c.pages} = ${percent(c.fullyRight, c.pages)} of completion pages`,
    `false positives: ${report.falsePositives.length} of ${report.nearMisses} near-misses`,
    '',
    'per field (share of completion pages read right):',
    ...FIELDS.map((f) => `  ${f.padEnd(12)} ${percent(c.fields[f], c.pages).padStart(6)}  (${c.fields[f]}/${c.pages})`),
    '',
    'per provider:           pages  fully right  detected   title    date    code  credits  false positives',
    ...Object.entries(report.byProvider)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([id, t]) =>
          `  ${id.padEnd(20)} ${String(t.pages).padStart(5)}  ${percent(t.fullyRight, t.pages).padStart(11)}  ${FIELDS.map((f) => percent(t.fields[f], t.pages).padStart(f === 'detected' ? 8 : 7)).join(' ')}  ${String(t.falsePositives).padStart(3)}/${t.nearMisses}`,
      ),
  ];
  if (report.falsePositives.length) {
    lines.push('', 'false positives (near-misses detected):');
    for (const s of report.falsePositives.slice(0, examples))
      lines.push(`  seed ${s.seed} ${s.provider} ${s.kind}: detected ${JSON.stringify(s.got?.activity.title)}`);
  }
  if (report.misses.length) {
    lines.push(
      '',
      `misses (${report.misses.length}; first ${Math.min(examples, report.misses.length)}, spread over providers):`,
    );
    for (const s of spread(report.misses, examples)) lines.push(`  ${describeMiss(s)}`);
    lines.push(
      '',
      'rebuild one: npm run accuracy -- --page SEED --out page.html, then npm run -s detect -- page.html --url URL',
    );
  }
  return lines.join('\n');
}

/** A few misses from as many providers as possible, in seed order within each. */
function spread(misses: readonly PageScore[], count: number): PageScore[] {
  const byProvider = new Map<string, PageScore[]>();
  for (const m of misses) byProvider.set(m.provider, [...(byProvider.get(m.provider) ?? []), m]);
  const out: PageScore[] = [];
  for (let round = 0; out.length < count && round < count; round++)
    for (const list of byProvider.values()) if (list[round] && out.length < count) out.push(list[round]);
  return out;
}
