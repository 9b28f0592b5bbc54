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
/** A unit, not a unit naming a thing ("Issue 1 CEU Quiz", "2 CEU courses") nor a renewal's need ("the 15 CEUs required"). */
const UNIT = String.raw`(?<unit>continuing\s+education\s+(?:credit|unit|hour)s?|CE[CU]s?|CE\s*(?:hour|credit)s?|CEs|contact\s+hours?|clock\s+hours?|CPE(?:\s+(?:credit|hour)s?|s)?|PD[UH]s?)\b(?![^\S\n]+(?:quiz|course|record|exam|test|program|package|bundle|opportunit|requirement|required|needed|to\s+renew|report|cycle|period))`;
/** An amount, not the tail of a longer number. */
const AMOUNT = String.raw`(?<![\d.]|\d[/:-])(?<amount>\d{1,4}(?:\.\d{1,3})?|\.\d{1,3})`;
/** The amount's end: not a longer number, though a sentence's full stop may follow ("PMI PDUs: 4.5."). */
const AMOUNT_END = String.raw`(?!\d|\.\d)`;
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

/**
 * Words certificates put between an amount and its unit: the credit's category ("3 Category A CEUs",
 * "2 EBP CEUs", "3 clinical continuing education credits") or a unit written twice ("6.0 hours/CEUs").
 */
const QUALIFIER = String.raw`(?:(?:Category\s+[A-D]|Type\s+[12]|EBP|Evidence[\s-]Based\s+Practice|(?:clinical|general)(?:\s+practice)?|social\s+work|cultural\s+competence|supervision|nursing|pharmacology|ethics|live|home[\s-]study|self[\s-]study|interactive|total)\s+)?(?:(?:hours?|credits?)\s*/\s*)?`;
/** A label naming a second unit beside the first: "PDUs/ContactHours: 1.00". */
const OTHER_UNIT = String.raw`(?:\s*/\s*[A-Za-z][A-Za-z ]{0,20}?)?(?:[^\S\n]*\([^)\n]{1,30}\))?`;

/** An amount and its unit, to look ahead for (no groups: a pattern's groups are named once). */
const STATED_AMOUNT = UNIT.replace('(?<unit>', '(?:');

/** Most specific first; a span taken by one pattern is not read again by a later one. */
const PATTERNS: readonly RegExp[] = [
  // "Approved by | NSCA" on one row, "CEUs | 0.5" or "Credits | 0.5" on the next: the body's name above its amount
  // (not "Approved by ANCC 15.75 contact hours", a row that states its own amount)
  String.raw`(?:approved\s+by|accredited\s+by|accrediting\s+body|approving\s+(?:organi[sz]ation|body))\s*:?[^\S\n]*(?:the\s+)?[^\n]{0,80}?${BODY}(?![^\n]*?\d[^\S\n]*${STATED_AMOUNT})[^\n]{0,20}\n[^\S\n]*(?:${UNIT}|credits?(?:\s+value)?)(?:[^\S\n]+(?:awarded|earned))?[^\S\n]*:?\s*${AMOUNT}${AMOUNT_END}`,
  // approved by ASWB ACE for 3 CE hours
  String.raw`(?:approved|accredited|recognized)\s+by\s+(?:the\s+)?${BODY}[^.\n]{0,60}?\bfor\s+(?:up\s+to\s+)?${AMOUNT}\s+${QUALIFIER}${UNIT}`,
  // 0.40 CEUs (AOTA); 11.5 clock hours (NBCC): the body in brackets is the amount's before it, not the next one's
  String.raw`${AMOUNT}[^\S\n]+${QUALIFIER}${UNIT}[^\S\n]*\([^\S\n]*${BODY}[^\S\n]*\)`,
  // 1.0 NSCA CEUs; 5 NBCC clock hours
  String.raw`${AMOUNT}[^\S\n]+${BODY}[^\S\n]+${QUALIFIER}${UNIT}`,
  // NASM: 0.4 CEUs; NSCA approved for 1.0 CEUs
  String.raw`${BODY}${SEP}(?:(?:approved|accredited)\s+(?:for\s+)?)?${AMOUNT}\s+${QUALIFIER}${UNIT}`,
  // ANCC contact hours: 2; PMI PDUs: 1.5
  String.raw`${BODY}\s+${UNIT}${OTHER_UNIT}${SEP}${AMOUNT}${AMOUNT_END}`,
  // 0.2 CECs; 2 contact hours; 6.0 Category A hours/CEUs
  String.raw`${AMOUNT}[^\S\n]+${QUALIFIER}${UNIT}`,
  // CECs: 0.2; Contact Hours Awarded: 2; PDUs/ContactHours: 1.00
  String.raw`${UNIT}${OTHER_UNIT}\s*(?:awarded|earned)?\s*:\s*${AMOUNT}${AMOUNT_END}`,
  // CEUs earned 9 (a label and its value side by side)
  String.raw`${UNIT}${OTHER_UNIT}[^\S\n]*(?:awarded|earned)[^\S\n]+${AMOUNT}${AMOUNT_END}`,
  // "Approved by AFAA" above "3 CEUs (3 contact hours)"
  String.raw`(?:approved|accredited)\s+by\s+(?:the\s+)?${BODY}[^\S\n]*\n[^\S\n]*${AMOUNT}[^\S\n]+${QUALIFIER}${UNIT}`,
  // A label and its value on one line: "CECs 1.5", "Contact hours 2.0"
  String.raw`(?<=^|\n)[^\S\n]*${UNIT}${OTHER_UNIT}[^\S\n]+${AMOUNT}${AMOUNT_END}(?=[^\S\n]*(?:\n|$|\())`,
  // A label and its value in a table or a definition list: "CEUs awarded" above "1.9", "CEUs" above "0.2 (Category D)"
  String.raw`${UNIT}${OTHER_UNIT}[^\S\n]*(?:awarded|earned)?[^\S\n]*\n[^\S\n]*${AMOUNT}(?=[^\S\n]*(?:\n|$|\())`,
].map((source) => new RegExp(source, 'gi'));
/** What a match of PATTERNS states; a pattern without a body has no `body`. */
type Stated = { body?: string; amount: string; unit?: string };

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

/** Where a credit was read, for --explain: the text it was read from. */
export interface ReadCredit {
  credit: Credit;
  /** The words the amount was read from, and where they start in the text. */
  from: string;
  at: number;
  /** How its body was known: named beside it, by its unit, by the paragraph's one body, or by the site. */
  bodyBy: 'named' | 'unit' | 'profession' | 'paragraph' | 'site' | 'page' | 'none';
}

/** "0.2 CECs (2 contact hours)", "5 hours | 0.5 CEUs": the page's own hours beside a credit win over the scale. */
const HOURS_AFTER =
  /^\s*[([|/=,–—-]?\s*(?:or\s+|equals?\s+|=\s*|(?:which is |that is |i\.e\.,?\s+)?(?:equivalent|equal)\s+to\s+)?(\d{1,3}(?:\.\d{1,2})?)\s+(?:total\s+)?(?:contact\s+|clock\s+)?hours?\b(?!\s*\/)/i;
const HOURS_BEFORE = /(?<![\d.])(\d{1,3}(?:\.\d{1,2})?)\s+(?:contact\s+|clock\s+)?hours?\s*[|/(=,–—-]\s*$/i;

/** The bodies a paragraph (one line of the content's text) names. */
function bodiesNamed(line: string): Set<BodyId> {
  const named = new Set<BodyId>();
  // ASWB's program is "Approved Continuing Education (ACE)": that ACE is not the American Council on Exercise.
  // A credential after a name ("Kwame Mensah, NASM-CPT") is what the learner holds, not who approved the course.
  const approvers = line.replace(/approved continuing education\s*\(ACE\)/gi, '').replace(CREDENTIAL, '');
  for (const m of approvers.matchAll(BODY_IN_TEXT)) {
    const id = bodyFromName(m[0]);
    if (id) named.add(id);
  }
  return named;
}
const BODY_IN_TEXT = new RegExp(BODY, 'gi');
/** A certification someone holds, named by its body and letters: NASM-CPT, NSCA-CSCS, ACSM-EP, ACE-GFI. */
const CREDENTIAL = /\b[A-Z]{3,5}-[A-Z]{2,6}\b(?!-)/g;

/**
 * A paragraph's body takes an amount stated in its own unit, or in hours where its unit is an hour; a
 * generic "continuing education credit" unless the body counts in CEUs. "1.5 CEUs" beside ANCC is not ANCC's.
 */
function unitFits(unit: string, body: BodyId): boolean {
  const own = BODY_SCALES[body];
  if (unit === own.unit) return true;
  if (unit === 'CE credit') return own.hoursPerUnit === 1 || own.unit === 'CEC';
  if (HOUR_FAMILY.has(unit)) return own.hoursPerUnit === 1;
  return unit === 'CEC' && own.unit !== 'CEU';
}

/** Whose credit a sentence addressed to a profession states: "Social workers completing this course receive 3 …". */
const PROFESSIONS: ReadonlyArray<[RegExp, BodyId]> = [
  [/\bsocial work(?:ers?)?\b/i, 'aswb'],
  [/\b(?:counsel(?:l)?ors|NCCs)\b/i, 'nbcc'],
  [/\bpsychologists\b/i, 'apa'],
  [/\b(?:nurses|nursing)\b/i, 'ancc'],
  [/\boccupational therap(?:ists|y practitioners)\b/i, 'aota'],
  [/\bathletic trainers\b/i, 'boc'],
  [/\bmassage therapists\b/i, 'ncbtmb'],
  [/\b(?:accountants|CPAs)\b/, 'nasba'],
  [/\bproject managers\b/i, 'pmi'],
  [/\b(?:professional )?engineers\b/i, 'ncees'],
];
function professionBody(text: string, start: number, end: number, unit: string): BodyId | undefined {
  const sentence = sentenceAround(text, start, end);
  const named = PROFESSIONS.filter(([re]) => re.test(sentence)).map(([, id]) => id);
  return named.length === 1 && unitFits(unit, named[0]) ? named[0] : undefined;
}

function sentenceAround(text: string, start: number, end: number): string {
  const line = lineAround(text, start, end);
  const at = text.lastIndexOf('\n', start) + 1;
  const before = line.slice(0, start - at);
  return before.slice(before.search(/[^.!?]*$/)) + line.slice(start - at).split(/[.!?](?:\s|$)/)[0];
}

/** An authority that is no known body, in the amount's own sentence: "The California Physical Therapy Board recognizes this course for 2.5 contact hours". */
const AUTHORITY = /\b(?:board|commission|council|department|college|society|institute)\b/i;
function otherAuthority(text: string, start: number, end: number): boolean {
  const sentence = sentenceAround(text, start, end);
  return AUTHORITY.test(sentence) && bodiesNamed(sentence).size === 0;
}

function lineAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start) + 1;
  const to = text.indexOf('\n', end);
  return text.slice(from, to === -1 ? text.length : to);
}

/** Credits in the text, one per body: the same credit restated in another unit counts once. */
export function findCredits(text: string, siteBody?: BodyId): Credit[] {
  return readCredits(text, siteBody).map((r) => r.credit);
}

/** findCredits, with where each credit was read from. */
export function readCredits(text: string, siteBody?: BodyId): ReadCredit[] {
  const taken: Array<[number, number]> = [];
  const found: Array<{ start: number; end: number; read: ReadCredit }> = [];
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
      // "Credits 0.5" under its body: the body's own unit.
      const unit = stated.unit ? canonicalUnit(stated.unit) : named ? BODY_SCALES[named].unit : 'CEU';
      // "PESI is approved by NBCC … This program consists of 6.25 clock hours": the paragraph's one body.
      const inParagraph = named || UNIT_BODY[unit] ? undefined : [...bodiesNamed(lineAround(text, start, end))];
      const paragraph =
        inParagraph?.length === 1 && unitFits(unit, inParagraph[0]) && !otherAuthority(text, start, end)
          ? inParagraph[0]
          : undefined;
      const profession = named || UNIT_BODY[unit] || paragraph ? undefined : professionBody(text, start, end, unit);
      const body = named ?? UNIT_BODY[unit] ?? profession ?? paragraph ?? siteBody;
      const bodyBy = named
        ? 'named'
        : UNIT_BODY[unit]
          ? 'unit'
          : profession
            ? 'profession'
            : paragraph
              ? 'paragraph'
              : siteBody
                ? 'site'
                : 'none';
      // Spelled out and with no body, it is the social work boards' kind of credit, an hour each, not an IACET CEU.
      const kept = !body && /continuing\s+education\s+credit/i.test(stated.unit ?? '') ? 'CE credit' : unit;
      found.push({
        start,
        end,
        read: { credit: makeCredit(amount, kept, body), from: m[0].trim(), at: start, bodyBy },
      });
    }
  }
  found.sort((a, b) => a.start - b.start);
  return pageBodies(text, mergeRestatements(statedHours(text, found))).map((r) => r.read);
}

/**
 * A credit left without a body on a page whose approval statements name bodies ("MedBridge is a BOC Approved
 * Provider", and below "eligible for 7 Category A CEUs"): the one named body its unit fits that has no credit of its own.
 */
function pageBodies<T extends { read: ReadCredit }>(text: string, found: T[]): T[] {
  const unbodied = found.filter((f) => !f.read.credit.body);
  if (unbodied.length === 0) return found;
  const credited = new Set(found.map((f) => f.read.credit.body).filter(Boolean));
  const named = [...bodiesNamed(text)].filter((id) => !credited.has(id) && BODY_SCALES[id].accredits);
  for (const entry of unbodied) {
    const { amount, unit } = entry.read.credit;
    const fits = named.filter((id) => unitFits(unit, id));
    if (fits.length !== 1) continue;
    const credit = makeCredit(amount, unit, fits[0]);
    // Hours the page states beside it stay (statedHours), whatever the body's scale.
    if (entry.read.credit.hours !== makeCredit(amount, unit, undefined).hours) credit.hours = entry.read.credit.hours;
    entry.read = { ...entry.read, credit, bodyBy: 'page' };
    named.splice(named.indexOf(fits[0]), 1);
  }
  return found;
}

const HOUR_FAMILY = new Set(['contact hour', 'clock hour', 'CE hour']);

/**
 * A credit in a body's unit with the page's own hours right beside it ("2 CEUs (20 hours)") counts those
 * hours, whatever the scale says; the hours beside it are the same credit, not a second one.
 */
function statedHours<T extends { start: number; end: number; read: ReadCredit }>(text: string, found: T[]): T[] {
  const restated = new Set<T>();
  for (const entry of found) {
    const { credit } = entry.read;
    if (HOUR_FAMILY.has(credit.unit) || restated.has(entry)) continue;
    const after = HOURS_AFTER.exec(text.slice(entry.end, entry.end + 40));
    const before = after ? null : HOURS_BEFORE.exec(text.slice(Math.max(0, entry.start - 30), entry.start));
    const hours = Number((after ?? before)?.[1]);
    if (!(hours > 0)) continue;
    const span = after ? [entry.end, entry.end + after[0].length] : [entry.start - before![0].length, entry.start];
    const beside = found.filter(
      (other) =>
        other !== entry && other.start < span[1] && other.end > span[0] && HOUR_FAMILY.has(other.read.credit.unit),
    );
    // "IACET 0.3 CEUs" above "27.5 contact hours (ANCC)": hours naming a body of their own are that body's credit.
    if (beside.some((other) => other.read.bodyBy === 'named' && other.read.credit.body !== credit.body)) continue;
    credit.hours = hours;
    for (const other of beside) restated.add(other);
  }
  return found.filter((entry) => !restated.has(entry));
}

/**
 * "0.2 CECs (2 contact hours)" is one credit: within a body, credits with the same hours are one,
 * kept in the body's own unit. A credit with no body that equals a bodied one in hours restates it.
 */
export function mergeRestatements<T extends { read: ReadCredit }>(credits: T[]): T[] {
  const kept: T[] = [];
  const sameHours = (a: Credit, b: Credit) => Math.abs(a.hours - b.hours) < 0.01;
  for (const entry of credits) {
    const credit = entry.read.credit;
    const twin = kept.findIndex((k) => k.read.credit.body === credit.body && sameHours(k.read.credit, credit));
    if (twin === -1) kept.push(entry);
    else if (inOwnUnit(credit) && !inOwnUnit(kept[twin].read.credit)) kept[twin] = entry;
  }
  return kept.filter(
    ({ read: { credit: c } }) => c.body || !kept.some(({ read: { credit: b } }) => b.body && sameHours(b, c)),
  );
}

function inOwnUnit(credit: Credit): boolean {
  return credit.unit === (credit.body ? BODY_SCALES[credit.body].unit : 'CEU');
}
