import type { BodyId } from '../model/bodies';
import { CATEGORY_ID } from '../model/category-id';
import {
  addsUp,
  assignableCategories,
  DEFAULT_RULES,
  isPartOf,
  NO_RULES,
  splitProblem,
} from '../model/requirement-defaults';
import type { CategoryShare } from '../model/requirements';
import type { Credit } from '../model/schema';
import { note } from './explain';
import type { ReadCredit } from './credits';

/**
 * The requirement category a certificate states for a credit (docs/domain.md's ids): NSCA's letter
 * ("Category C", "CEU Category: C"), PMI's Talent Triangle areas with their PDUs ("Ways of Working: 1.00",
 * and the names before 2022), NCBTMB's ethics and self-care hours. Only a statement for that credit
 * counts: a list of several categories without amounts (a catalog, a sidebar) states none, and a
 * statement the credit's body has no such category for (BOC's "Category A") is another body's.
 */

/** What the page states for one credit, and the words it was read from (for --explain). */
export interface StatedCategories {
  shares: CategoryShare[];
  from: string;
  /** What the shares leave of the credit, in no category ("6 CE hours, 3 of them ethics": 3); absent when none. */
  rest?: number;
}

const AMOUNT = String.raw`(\d{1,3}(?:\.\d{1,3})?|\.\d{1,3})`;
/** An amount that is a count of something other than the credit ("Leadership: 2 hours", "Ethics 2026 edition"). */
const NOT_CREDIT_AFTER = String.raw`(?![\d.]|[-/]\d|[^\S\n]*(?:minutes?|mins?|h\b|hours?[^\S\n]+\d|edition|%))`;

/*
 * NSCA. The letter is a capital and stands alone: "Category C", "Category: D", "CEU Category: C",
 * "(Category A)", "Category C — 1.0 CEUs", a table's "Category | D" (the letter alone in the next cell); not "Category: A Team Approach", "Categories A–D" or
 * "Category A through D".
 */
const NSCA_LETTER =
  /\b(?:CEU[^\S\n]+)?[Cc]ategory[^\S\n]*[:#]?[^\S\n]*(?:\n[^\S\n]*)?([A-D])(?![\p{L}\d])(?![^\S\n]*(?:through|to|[-–—&,]|and|or)[^\S\n]*[A-D]\b)(?=[^\S\n]*(?:$|[|:;,.)\]/–—-]|\(|\d|CEUs?\b|Attendance|Share Your|Educational|NSCA Quiz))/gmu;

/** PMI's three Education areas, with the names PMI gave them before 2022 (Technical, Leadership, Strategic). */
const PMI_AREAS: ReadonlyArray<[string, RegExp]> = [
  ['ways-of-working', /ways[^\S\n]+of[^\S\n]+working|technical(?:[^\S\n]+project[^\S\n]+management)?/],
  ['power-skills', /power[^\S\n]+skills|leadership/],
  ['business-acumen', /business[^\S\n]+acumen|strategic(?:[^\S\n]+(?:and|&)[^\S\n]+business[^\S\n]+management)?/],
];
const PMI_AREA = PMI_AREAS.map(([, re]) => re.source).join('|');
const PDUS = String.raw`(?:PDUs?|professional[^\S\n]+development[^\S\n]+units?)`;
/** "Ways of Working: 1.00", "Power Skills 0.50 PDUs", "Leadership PDUs – 0.5", "0.25 PDUs Business Acumen". */
const PMI_AMOUNT = new RegExp(
  String.raw`\b(?<area>${PMI_AREA})(?:[^\S\n]+${PDUS})?[^\S\n]*[:|–—-]?[^\S\n]*${AMOUNT}${NOT_CREDIT_AFTER}|(?<![\d.])${AMOUNT}[^\S\n]*(?:${PDUS}[^\S\n]*)?(?:in[^\S\n]+)?\b(?<area2>${PMI_AREA})\b`,
  'gi',
);
/** "Talent Triangle: Power Skills" on a line of its own: the one area the whole credit is in. */
const PMI_LABEL = new RegExp(
  String.raw`talent[^\S\n]+triangle(?:[^\S\n]+(?:area|category|skill(?:[^\S\n]+area)?))?[^\S\n]*:[^\S\n]*(${PMI_AREA})[^\S\n]*(?:$|[.;|])`,
  'gim',
);

/*
 * NCBTMB. "Ethics: 3 CE hours", "3 CE hours in ethics", "2 hours of self-care", a share of the hours before
 * ("6 CE hours, 3 of them ethics", "3 of which are in ethics", "(3 ethics CE hours)"), "Subject: Ethics" on a
 * line of its own; "3 ethics CE hours" alone is read off the credit itself. "Code of Ethics" is no amount of ethics.
 */
const HOURS = String.raw`(?:CE[^\S\n]*hours?|CEs|contact[^\S\n]+hours?|hours?)`;
const NCBTMB_TOPIC = String.raw`(?:professional[^\S\n]+)?(?<topic>ethics|self[-\s]care)`;
const OF_THEM = String.raw`of[^\S\n]+(?:them|which|these|those)(?:[^\S\n]+(?:are|is))?(?:[^\S\n]+in)?`;
const NCBTMB_AMOUNT = new RegExp(
  String.raw`(?<!code[^\S\n]+of[^\S\n]+)\b${NCBTMB_TOPIC}(?:[^\S\n]+${HOURS})?[^\S\n]*[:|–—-][^\S\n]*${AMOUNT}(?:[^\S\n]*${HOURS})?${NOT_CREDIT_AFTER}|(?<![\d.])${AMOUNT}[^\S\n]*${HOURS}[^\S\n]+(?:in|of)[^\S\n]+(?:professional[^\S\n]+)?(?<topic2>ethics|self[-\s]care)\b|(?<![\d.])${AMOUNT}[^\S\n]+${OF_THEM}[^\S\n]+(?:professional[^\S\n]+)?(?<topic3>ethics|self[-\s]care)\b|\([^\S\n]*${AMOUNT}[^\S\n]+(?<topic4>ethics|self[-\s]care)(?:[^\S\n]+${HOURS})?[^\S\n]*\)`,
  'gi',
);
/** A share statement's amount and topic or area: the first group that is a number, the first that is a word. */
const shareAmount = (m: RegExpMatchArray) => Number(m.slice(1).find((g) => g !== undefined && /^[\d.]/.test(g)));
const shareName = (m: RegExpMatchArray) => m.slice(1).find((g) => g !== undefined && !/^[\d.]/.test(g))!;
const NCBTMB_LABEL = new RegExp(
  String.raw`(?:^|\n)[^\S\n]*(?:category|subject(?:[^\S\n]+area)?|content[^\S\n]+area|topic)[^\S\n]*:[^\S\n]*${NCBTMB_TOPIC}[^\S\n]*(?=$|\n)`,
  'gi',
);
const NCBTMB_ON_CREDIT = /\b(ethics|self[-\s]care)\b/i;

const topicId = (topic: string) => (/ethic/i.test(topic) ? 'ethics' : 'self-care');
const pmiId = (area: string) => PMI_AREAS.find(([, re]) => new RegExp(`^(?:${re.source})$`, 'i').test(area))![0];

function lineAt(text: string, at: number): string {
  const from = text.lastIndexOf('\n', at) + 1;
  const to = text.indexOf('\n', at);
  return text.slice(from, to === -1 ? text.length : to);
}

/**
 * The shares stated for a credit: all of it, or part of it with the rest in no category. Shares over the credit
 * are none: the model refuses a split that does not add up (splitProblem).
 */
function whole(credit: Credit, shares: CategoryShare[], from: string): StatedCategories | null {
  if (shares.length === 0) return null;
  // The same statement twice ("Ethics: 3 CE hours" above "3 CE hours in ethics") is one.
  shares = [...new Map(shares.map((s) => [`${s.id} ${s.amount}`, s])).values()];
  const merged = [...new Map(shares.map((s) => [s.id, 0])).keys()].map((id) => ({
    id,
    amount: shares.filter((s) => s.id === id).reduce((sum, s) => sum + s.amount, 0),
  }));
  const sum = merged.reduce((total, s) => total + s.amount, 0);
  if (isPartOf(sum, credit.amount))
    return { shares: merged, from, rest: Math.round((credit.amount - sum) * 1000) / 1000 };
  const problem = splitProblem(credit.amount, merged);
  if (problem) {
    note(`category: not set, "${from}" states more than the credit (${problem})`);
    return null;
  }
  return { shares: merged, from };
}

function nscaLetter(text: string, read: ReadCredit): StatedCategories | null {
  const letters = (part: string) => [...part.matchAll(NSCA_LETTER)].map((m) => ({ id: m[1], from: m[0].trim() }));
  // The credit's own line first ("0.2 NSCA CEUs (Category C)"), else the certificate's one letter ("Category: C").
  for (const found of [letters(lineAt(text, read.at)), letters(text)]) {
    const ids = new Set(found.map((f) => f.id));
    if (ids.size === 1) return { shares: [{ id: found[0].id, amount: read.credit.amount }], from: found[0].from };
    if (ids.size > 1) return null;
  }
  return null;
}

function pmiAreas(text: string, read: ReadCredit): StatedCategories | null {
  const stated = [...text.matchAll(PMI_AMOUNT)];
  if (stated.length > 0)
    return whole(
      read.credit,
      stated.map((m) => ({ id: pmiId(shareName(m)), amount: shareAmount(m) })),
      stated.map((m) => m[0].trim()).join('; '),
    );
  const labels = [...text.matchAll(PMI_LABEL)];
  if (labels.length !== 1) return null;
  return { shares: [{ id: pmiId(labels[0][1]), amount: read.credit.amount }], from: labels[0][0].trim() };
}

function ncbtmbHours(text: string, read: ReadCredit): StatedCategories | null {
  const own = NCBTMB_ON_CREDIT.exec(read.from);
  if (own) return { shares: [{ id: topicId(own[1]), amount: read.credit.amount }], from: read.from };
  const stated = [...text.matchAll(NCBTMB_AMOUNT)];
  if (stated.length > 0)
    return whole(
      read.credit,
      stated.map((m) => ({ id: topicId(shareName(m)), amount: shareAmount(m) })),
      stated.map((m) => m[0].trim()).join('; '),
    );
  const labels = [...text.matchAll(NCBTMB_LABEL)];
  const ids = new Set(labels.map((m) => topicId(m.groups!.topic)));
  if (ids.size !== 1) return null;
  return { shares: [{ id: [...ids][0], amount: read.credit.amount }], from: labels[0][0].trim() };
}

const READERS: Partial<Record<string, (text: string, read: ReadCredit) => StatedCategories | null>> = {
  nsca: nscaLetter,
  pmi: pmiAreas,
  ncbtmb: ncbtmbHours,
};

/**
 * The categories `text` (the certificate's own part) states for one of its credits. Statements apply to
 * the body's one credit on the page: two credits of one body would have to be told apart, and are not.
 */
export function statedCategories(
  text: string,
  read: ReadCredit,
  credits: readonly ReadCredit[],
): StatedCategories | null {
  const body = read.credit.body;
  const reader = body && READERS[body];
  if (!reader || credits.filter((c) => c.credit.body === body).length !== 1) return null;
  const stated = reader(text, read);
  const known = new Set(assignableCategories(DEFAULT_RULES[body] ?? NO_RULES).map((c) => c.id));
  return stated && stated.shares.every((s) => known.has(s.id)) ? stated : null;
}

/** Statements of a share with its amount, by the body whose categories they name. */
const SHARE_STATEMENTS: ReadonlyArray<[string, RegExp]> = [
  ['pmi', PMI_AMOUNT],
  ['ncbtmb', NCBTMB_AMOUNT],
];

/**
 * "PDUs: 2" above "Ways of Working PDUs: 1.25" and "Business Acumen PDUs: 0.75", "CE hours: 6" above "Ethics: 3
 * CE hours": the shares are read as credits of their own, but they are parts of the body's one credit when they
 * add up to it or to less.
 */
function withoutShares(text: string, credits: readonly ReadCredit[]): ReadCredit[] {
  let kept = [...credits];
  for (const [body, statement] of SHARE_STATEMENTS) {
    const spans = [...text.matchAll(statement)].map((m) => [m.index, m.index + m[0].length, shareAmount(m)]);
    const shares = kept.filter(
      (c) =>
        (!c.credit.body || c.credit.body === body) &&
        spans.some(([start, end, amount]) => c.at >= start && c.at < end && c.credit.amount === amount),
    );
    const totals = kept.filter((c) => c.credit.body === body && !shares.includes(c));
    const sum = shares.reduce((total, c) => total + c.credit.amount, 0);
    const total = totals.length === 1 ? totals[0].credit.amount : 0;
    if (shares.length > 0 && total > 0 && (sum < total || addsUp(sum, total))) {
      note(
        `credits: ${shares.map((c) => `"${c.from}"`).join(', ')} are shares of "${totals[0].from}", not credits of their own`,
      );
      kept = kept.filter((c) => !shares.includes(c));
    }
  }
  return kept;
}

/**
 * The credits as the model keeps them, each with the categories the page states for it (said for --explain).
 * A share stated for part of a credit ("6 CE hours, 3 of them ethics") is only proposed (`statedShares`): the
 * credit stays one, as the page states it, until the user accepts the split (lib/model/stated-shares.ts).
 */
export function withStatedCategories(text: string, read: readonly ReadCredit[]): Credit[] {
  const credits = withoutShares(text, read);
  return credits.map((read) => {
    const stated = statedCategories(text, read, credits);
    if (!stated) return read.credit;
    const shares = stated.shares.map((s) => `${s.id} ${s.amount}`).join(', ');
    const from = stated.from.replace(/\s+/g, ' ');
    if (stated.rest) {
      note(
        `category: ${shares} proposed for part of the ${read.credit.body} credit (${stated.rest} in none), read from "${from}"`,
      );
      return { ...read.credit, statedShares: stated.shares };
    }
    note(`category: ${shares} for the ${read.credit.body} credit, read from "${from}"`);
    return { ...read.credit, categories: stated.shares };
  });
}

/** A category a title suggests, for the user to confirm. */
export interface SuggestedCategory {
  creditIndex: number;
  id: 'ethics' | 'self-care';
  label: string;
}

/**
 * A category a title only suggests ("Professional Ethics for Massage Therapists"): for the user to
 * confirm, never set by itself. The first credit without a category whose body has one of that name;
 * none when the page said which part is ethics (a credit is in it, or its share is proposed).
 */
export function suggestedCategory<C extends Pick<Credit, 'body' | 'categories' | 'statedShares'>>(
  title: string,
  credits: readonly C[],
): SuggestedCategory | null {
  const id = /\bethic(?:s|al)\b/i.test(title) ? 'ethics' : /\bself[-\s]care\b/i.test(title) ? 'self-care' : null;
  const stated = (c: C) => [...(c.categories ?? []), ...(c.statedShares ?? [])];
  if (!id || credits.some((c) => stated(c).some((s) => s.id === id))) return null;
  const creditIndex = credits.findIndex(
    (c) =>
      !c.categories?.length &&
      c.body &&
      assignableCategories(DEFAULT_RULES[c.body] ?? NO_RULES).some((rule) => rule.id === id),
  );
  return creditIndex === -1 ? null : { creditIndex, id, label: id === 'ethics' ? 'ethics' : 'self-care' };
}

/**
 * A category as a spreadsheet or a badge names it ("C", "Category C", "Ethics", "Power Skills",
 * "Leadership") to its id for the credit's body. For a body without categories (or none), a cell that
 * is an id is kept as written: an "other" certification defines its own. Undefined: not one of the body's.
 */
export function categoryFromName(name: string, body: BodyId | undefined): string | undefined {
  const written = name.replace(/\s+/g, ' ').trim();
  if (!written) return undefined;
  const rules = assignableCategories((body && DEFAULT_RULES[body]) || NO_RULES);
  const folded = written.toLowerCase();
  const known = rules.find((r) => r.id.toLowerCase() === folded || r.label.toLowerCase() === folded);
  if (known) return known.id;
  const letter = /^(?:CEU )?category ?:? ?([A-D])\b/i.exec(written)?.[1];
  if (body === 'nsca' && letter) return letter.toUpperCase();
  const area = PMI_AREAS.find(([, re]) => new RegExp(`^(?:education ?: ?)?(?:${re.source})$`, 'i').test(written));
  if (body === 'pmi' && area) return area[0];
  const topic = /^(?:professional )?(ethics|self[- ]?care)$/i.exec(written)?.[1];
  if (body === 'ncbtmb' && topic) return topicId(topic);
  return rules.length === 0 && CATEGORY_ID.test(written.trim()) ? written : undefined;
}
