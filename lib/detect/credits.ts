import { BODIES, BODY_IDS, type BodyId } from '../bodies';
import type { Credit } from '../schema';
import { creditHours } from '../units';

/**
 * Credits stated in page text. The body is the one named beside the amount ("1.0 NSCA CEUs",
 * "NASM: 0.4 CEUs", "approved by ASWB ACE for 3 CE hours", "ANCC contact hours: 2"), else the one the
 * unit implies (PDU: PMI), else the site's own body. Accreditation by a body makes a CEC, whatever
 * the word on the page; without a body it is a plain CEU.
 */

const UNITS: ReadonlyArray<[RegExp, string]> = [
  [/^continuing education credits?$/i, 'CEC'],
  [/^continuing education units?$/i, 'CEU'],
  [/^continuing education hours?$/i, 'CE hour'],
  [/^CECs?$/i, 'CEC'],
  [/^CEUs?$/i, 'CEU'],
  [/^CE\s*hours?$/i, 'CE hour'],
  [/^CE\s*credits?$/i, 'CE credit'],
  [/^CEs$/i, 'CE hour'],
  [/^contact\s*hours?$/i, 'contact hour'],
  [/^clock\s*hours?$/i, 'clock hour'],
  [/^CPE(\s*(credits?|hours?)|s)?$/i, 'CPE credit'],
  [/^PDUs?$/i, 'PDU'],
  [/^PDHs?$/i, 'PDH'],
];
const UNIT = String.raw`(continuing\s+education\s+(?:credits?|units?|hours?)|CECs?|CEUs?|CE\s*hours?|CE\s*credits?|CEs|contact\s+hours?|clock\s+hours?|CPE(?:\s+credits?|\s+hours?|s)?|PDUs?|PDHs?)\b`;
const AMOUNT = String.raw`(\d{1,4}(?:\.\d{1,3})?|\.\d{1,3})`;

/** Units that belong to one body even when the page does not name it. */
const UNIT_BODY: Record<string, BodyId> = { PDU: 'pmi', 'CPE credit': 'nasba', PDH: 'ncees' };

const ALIAS_TO_BODY = new Map<string, BodyId>();
for (const id of BODY_IDS) for (const alias of BODIES[id].aliases) ALIAS_TO_BODY.set(alias.toLowerCase(), id);
// Acronyms are matched as written (an "ace" in a sentence is not the American Council on Exercise).
const BODY = `(${[...ALIAS_TO_BODY.keys()]
  .sort((a, b) => b.length - a.length)
  .map((alias) => {
    const original = BODY_IDS.flatMap((id) => BODIES[id].aliases).find((a) => a.toLowerCase() === alias) ?? alias;
    return original.replace(/\s+/g, String.raw`\s+`);
  })
  .join('|')})`;

const SEP = String.raw`\s*[-–—:]?\s*`;
/** Most specific first; a span taken by one pattern is not read again by a later one. */
const PATTERNS: ReadonlyArray<{ re: RegExp; amount: number; unit: number; body?: number }> = [
  // approved by ASWB ACE for 3 CE hours
  { re: new RegExp(String.raw`(?:approved|accredited|recognized)\s+by\s+(?:the\s+)?${BODY}[^.\n]{0,60}?\bfor\s+(?:up\s+to\s+)?${AMOUNT}\s+${UNIT}`, 'g'), body: 1, amount: 2, unit: 3 },
  // 1.0 NSCA CEUs
  { re: new RegExp(String.raw`${AMOUNT}\s+${BODY}\s+${UNIT}`, 'g'), amount: 1, body: 2, unit: 3 },
  // NASM: 0.4 CEUs; NSCA approved for 1.0 CEUs
  { re: new RegExp(String.raw`${BODY}${SEP}(?:(?:approved|accredited)\s+(?:for\s+)?)?${AMOUNT}\s+${UNIT}`, 'g'), body: 1, amount: 2, unit: 3 },
  // ANCC contact hours: 2; PMI PDUs: 1.5
  { re: new RegExp(String.raw`${BODY}\s+${UNIT}${SEP}${AMOUNT}(?![\d.])`, 'g'), body: 1, unit: 2, amount: 3 },
  // 0.2 CECs; 2 contact hours
  { re: new RegExp(String.raw`${AMOUNT}\s+${UNIT}`, 'gi'), amount: 1, unit: 2 },
  // CECs: 0.2; Contact Hours: 2
  { re: new RegExp(String.raw`${UNIT}\s*(?:awarded|earned)?\s*:\s*${AMOUNT}(?![\d.])`, 'gi'), unit: 1, amount: 2 },
];

export function canonicalUnit(stated: string): string {
  const unit = stated.replace(/\s+/g, ' ').trim();
  return UNITS.find(([re]) => re.test(unit))?.[1] ?? unit;
}

export function bodyFromName(name: string): BodyId | undefined {
  return ALIAS_TO_BODY.get(name.replace(/\s+/g, ' ').trim().toLowerCase());
}

export function makeCredit(amount: number, unit: string, body: BodyId | undefined): Credit {
  const kind = body && BODIES[body].accredits ? 'CEC' : 'CEU';
  return { kind, amount, unit, ...(body ? { body } : {}), hours: creditHours({ amount, unit, body }) };
}

/** Credits in the text, one per body: the same credit restated in another unit counts once. */
export function findCredits(text: string, siteBody?: BodyId): Credit[] {
  const taken: Array<[number, number]> = [];
  const found: Array<{ credit: Credit; at: number }> = [];
  for (const { re, amount, unit, body } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const value = Number(m[amount]);
      if (!(value > 0 && value <= 1000)) continue;
      taken.push([start, end]);
      const canonical = canonicalUnit(m[unit]);
      const named = body ? bodyFromName(m[body]) : undefined;
      const credit = makeCredit(value, canonical, named ?? UNIT_BODY[canonical] ?? siteBody);
      found.push({ credit, at: start });
    }
  }
  found.sort((a, b) => a.at - b.at);
  return mergeRestatements(found.map((f) => f.credit));
}

/**
 * "0.2 CECs (2 contact hours)" is one credit: within a body, credits with the same hours are one,
 * kept in the body's own unit. A credit with no body that equals a bodied one in hours restates it.
 */
export function mergeRestatements(credits: Credit[]): Credit[] {
  const kept: Credit[] = [];
  const sameHours = (a: Credit, b: Credit) => Math.abs(a.hours - b.hours) < 0.01;
  for (const credit of credits) {
    const twin = kept.findIndex((k) => k.body === credit.body && sameHours(k, credit));
    if (twin === -1) kept.push(credit);
    else if (preferred(credit) && !preferred(kept[twin])) kept[twin] = credit;
  }
  const bodied = kept.filter((c) => c.body);
  return kept.filter((c) => c.body || !bodied.some((b) => sameHours(b, c)));
}

function preferred(credit: Credit): boolean {
  return credit.body ? credit.unit === BODIES[credit.body].unit : credit.unit === 'CEU';
}
