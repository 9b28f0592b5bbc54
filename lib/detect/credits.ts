import type { BodyId } from '../model/bodies';
import { BODY_SCALES } from '../model/body-scales';
import type { Credit } from '../model/schema';
import { creditHours } from '../model/units';

/**
 * Credits stated in page text. The body is the one named beside the amount ("1.0 NSCA CEUs",
 * "NASM: 0.4 CEUs", "approved by ASWB ACE for 3 CE hours", "ANCC contact hours: 2"), else the one the
 * unit implies (PDU: PMI), else the site's own body. Accreditation by a body makes a CEC, whatever
 * the word on the page; without a body it is a plain CEU.
 */

/** Stated units, lower-cased and singular, to the name kept; any other unit is kept as stated. */
const UNIT_NAMES: Record<string, string> = {
  'continuing education credit': 'CEC',
  'continuing education unit': 'CEU',
  'continuing education hour': 'CE hour',
  cec: 'CEC',
  ceu: 'CEU',
  ce: 'CE hour',
  'ce hour': 'CE hour',
  'ce credit': 'CE credit',
  cpe: 'CPE credit',
  'cpe credit': 'CPE credit',
  'cpe hour': 'CPE credit',
  pdu: 'PDU',
  pdh: 'PDH',
};
/** A unit, not a unit naming a thing ("Issue 1 CEU Quiz", "2 CEU courses"). */
const UNIT = String.raw`(?<unit>continuing\s+education\s+(?:credit|unit|hour)s?|CE[CU]s?|CE\s*(?:hour|credit)s?|CEs|contact\s+hours?|clock\s+hours?|CPE(?:\s+(?:credit|hour)s?|s)?|PD[UH]s?)\b(?![^\S\n]+(?:quiz|course|record|exam|test|program|package|bundle|opportunit|requirement|report|cycle|period))`;
/** An amount, not the tail of a longer number. */
const AMOUNT = String.raw`(?<![\d.])(?<amount>\d{1,4}(?:\.\d{1,3})?|\.\d{1,3})`;
/** Between a body and its amount: "NASM: 0.4", "NSCA – 0.5", "(ACE) 0.2", a table cell. */
const SEP = String.raw`[\s:()–—-]{0,5}`;

/** Units that belong to one body even when the page does not name it. */
const UNIT_BODY: Record<string, BodyId> = { PDU: 'pmi', 'CPE credit': 'nasba', PDH: 'ncees' };

/** Acronyms as written ("ACE"), full names in any case: an "ace" in a sentence is not the body. */
const BODY_BY_NAME = new Map<string, BodyId>();
for (const [id, scale] of Object.entries(BODY_SCALES) as Array<[BodyId, (typeof BODY_SCALES)[BodyId]]>) {
  for (const alias of scale.aliases) BODY_BY_NAME.set(/\s/.test(alias) ? alias.toLowerCase() : alias, id);
}
const BODY = String.raw`\b(?<body>${[...BODY_BY_NAME.keys()]
  .sort((a, b) => b.length - a.length)
  .join('|')
  .replace(/ /g, String.raw`\s+`)})\b`;

/** Most specific first; a span taken by one pattern is not read again by a later one. */
const PATTERNS: readonly RegExp[] = [
  // approved by ASWB ACE for 3 CE hours
  String.raw`(?:approved|accredited|recognized)\s+by\s+(?:the\s+)?${BODY}[^.\n]{0,60}?\bfor\s+(?:up\s+to\s+)?${AMOUNT}\s+${UNIT}`,
  // 1.0 NSCA CEUs
  String.raw`${AMOUNT}[^\S\n]+${BODY}[^\S\n]+${UNIT}`,
  // NASM: 0.4 CEUs; NSCA approved for 1.0 CEUs
  String.raw`${BODY}${SEP}(?:(?:approved|accredited)\s+(?:for\s+)?)?${AMOUNT}\s+${UNIT}`,
  // ANCC contact hours: 2; PMI PDUs: 1.5
  String.raw`${BODY}\s+${UNIT}${SEP}${AMOUNT}(?![\d.])`,
  // 0.2 CECs; 2 contact hours
  String.raw`${AMOUNT}\s+${UNIT}`,
  // CECs: 0.2; Contact Hours Awarded: 2
  String.raw`${UNIT}\s*(?:awarded|earned)?\s*:\s*${AMOUNT}(?![\d.])`,
].map((source) => new RegExp(source, 'gi'));
/** What a match of PATTERNS states; a pattern without a body has no `body`. */
type Stated = { body?: string; amount: string; unit: string };

export function canonicalUnit(stated: string): string {
  const key = stated.replace(/\s+/g, ' ').trim().toLowerCase().replace(/s$/, '');
  return UNIT_NAMES[key] ?? key;
}

export function bodyFromName(name: string): BodyId | undefined {
  const written = name.replace(/\s+/g, ' ').trim();
  return BODY_BY_NAME.get(written) ?? BODY_BY_NAME.get(written.toLowerCase());
}

export function makeCredit(amount: number, unit: string, body: BodyId | undefined): Credit {
  const kind = body && BODY_SCALES[body].accredits ? 'CEC' : 'CEU';
  return { kind, amount, unit, ...(body ? { body } : {}), hours: creditHours({ amount, unit, body }) };
}

/** Credits in the text, one per body: the same credit restated in another unit counts once. */
export function findCredits(text: string, siteBody?: BodyId): Credit[] {
  const taken: Array<[number, number]> = [];
  const found: Array<[number, Credit]> = [];
  for (const re of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const stated = m.groups as Stated;
      const start = m.index;
      const end = start + m[0].length;
      const named = stated.body ? bodyFromName(stated.body) : undefined;
      const amount = Number(stated.amount);
      // A body in the wrong case is a word, not the body: leave the amount to the plainer patterns.
      if ((stated.body && !named) || !(amount > 0 && amount <= 1000)) continue;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      const unit = canonicalUnit(stated.unit);
      found.push([start, makeCredit(amount, unit, named ?? UNIT_BODY[unit] ?? siteBody)]);
    }
  }
  return mergeRestatements(found.sort((a, b) => a[0] - b[0]).map(([, credit]) => credit));
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
    else if (inOwnUnit(credit) && !inOwnUnit(kept[twin])) kept[twin] = credit;
  }
  return kept.filter((c) => c.body || !kept.some((b) => b.body && sameHours(b, c)));
}

function inOwnUnit(credit: Credit): boolean {
  return credit.unit === (credit.body ? BODY_SCALES[credit.body].unit : 'CEU');
}
