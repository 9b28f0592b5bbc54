import type { BodyId } from '../model/bodies';
import { BODY_SCALES } from '../model/body-scales';
import { LIMITS } from '../model/limits';
import type { Credit } from '../model/schema';
import { labelledCode } from './course-code';
import { completionDate, dateOrderOf } from './dates';
import { OTHER_SECTION, contentRoot, contentText, escapeRegExp, metaContent, truncateText } from './text';
import type { ProviderId } from '../model/provider-ids';
import type { DetectedActivity, Provider } from './types';
import { note } from './explain';
import { readCredits } from './credits';
import { withStatedCategories } from './category';
import { readTitle } from './title';

/*
 * The page markers below are only tested, never matched for their text: a phrase that contains a shorter
 * one already listed is not listed again ("has successfully completed", "this is to certify that",
 * "enroll now", "US$ 49").
 */
/** Words a completion page uses. Catalog pages and articles use them too, so they are never enough alone. */
export const COMPLETION =
  /certificate of (completion|achievement|attendance)|successfully (completed|passed|finished)|has completed|you(?: have|['’]ve)?(?: now| just)? (successfully )?(passed|completed)\b|congratulations\W+(you|on)|course completed?\b|completion certificate|date (of )?completion|date completed|completed on|certif(y|ies) that|awarded to|was issued by|issued to|verified certificate|completion date|on the final (quiz|exam|test|assessment) for|(status|result)\s*:?\s*(passed|complete[d]?)\b|curso completado|has attended|completed by\s+\S|successful completion of|by completing\b|quiz passed|passed the (post-test|quiz|exam|test)|attended and completed|congratulations on (completing|finishing|passing)|(thank you|presented to .{2,80}?|awarded to .{2,80}?) for (successfully )?completing/i;
/**
 * "Emily Chen completed Deep Water Interval Training": a name, then "completed" and a name (case-sensitive), or
 * the line's end ("Priya Natarajan, NASM-CPT completed" above the course's heading).
 */
const NAMED_COMPLETION =
  /\b\p{Lu}[\p{L}'’.-]+(?:,? \p{Lu}[\p{L}'’./-]*){1,4} completed(?:\s*:| (?:the |this )?(?:course|program|webinar|workshop|module|training|["“]?\p{Lu})|[^\S\n]*(?=\n|$))/u;
/**
 * A sentence about completing in the future or on a condition ("Upon completion you will receive a certificate
 * of completion", "Once you have successfully completed the final quiz"): a catalog's promise, not a completion.
 */
const PROSPECTIVE =
  /(?<!congratulations )\b(upon|after|on) (successful )?(completion|completing|passing)|\bonce you|\b(?:when|after|if) you(?:['’]ve| have)? (complete|pass|finish)|\byou(['’]ll| will) (receive|earn|get|be)|\bto (earn|receive|get) (your|a|the)\b|\beligible (to|for)|\bcan (earn|receive)|\bincludes? (a )?certificate|\bearn (a|your) certificate|\brequirements? (to|for)\b/i;
/** A failed or unfinished attempt. */
export const FAILED =
  /did not pass|not passed|you failed|\bfailed\b|unsuccessful|below the passing|try again|retake (the )?(quiz|exam|test)|attempts? remaining|incomplete|no aprobado/i;
/** An unfinished course ("100% complete" and "completed 6 of 6" are finished ones). */
export const IN_PROGRESS =
  /\b(continue|resume) (course|learning|lesson|where|module)|\b(?!100\s?%)\d{1,3}\s?% complete\b|\bin progress\b|not started|lesson \d+ of \d+|completed (?<done>\d+) of (?!\k<done>\b)\d+|\bcontinue\s*$|\btake (the )?test\b|complete for credit|\bstart (the )?(quiz|exam|test)\b/im;
/** A page that sells: catalog, product and landing pages, carts. */
export const COMMERCE =
  /add to cart|buy now|enroll\b|register\b|start (this )?course|checkout|purchase|[$€£]\s?\d|\bprice\b|free trial|shopping cart|subtotal/i;
/** A listing of results or courses. */
export const LISTING = /\b\d+ (results|courses) (found|for)|search results|showing \d+\s*(-|–|to)\s*\d+ of/i;
/** The certificate's own part of the content's text. */
export function certificateRegion(text: string): string {
  const at = text.search(OTHER_SECTION);
  return at > 0 ? text.slice(0, at) : text;
}

/** The first completion statement that is not a promise, or '' when the text makes none. */
export function completionSignal(text: string, extra?: RegExp): string {
  for (const re of extra ? [COMPLETION, NAMED_COMPLETION, extra] : [COMPLETION, NAMED_COMPLETION]) {
    for (const m of text.matchAll(new RegExp(re.source, re.flags.replace('g', '') + 'g'))) {
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      const lineEnd = text.indexOf('\n', m.index);
      const line = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
      const at = m.index - lineStart;
      // The sentence around the match: from the last full stop before it to the next after it.
      const sentence = line.slice(line.lastIndexOf('. ', at) + 1, (line.indexOf('. ', at) + 1 || line.length + 1) - 1);
      if (!PROSPECTIVE.test(sentence)) return m[0];
    }
  }
  return '';
}

/** The first of the page's refusals that the text shows, named for --explain; '' when none. */
export function refusedBy(text: string, checks: ReadonlyArray<readonly [string, RegExp]>): string {
  for (const [name, re] of checks) {
    const m = re.exec(text);
    if (m) return `${name} ("${m[0].trim()}")`;
  }
  return '';
}

const ARTICLE_TYPE = /BlogPosting|NewsArticle|schema\.org\/Article/;
const BYLINE = /\b\d+ min(ute)? read\b|posted (on|by)|written by|share this (article|post)|related (articles|posts)/i;

/** Articles and blog posts use every word a certificate uses. `text` is the content's text. */
export function isArticle(doc: Document, text: string): boolean {
  if (metaContent(doc, 'og:type') === 'article') return true;
  const root = contentRoot(doc);
  if (!root) return false;
  const typed = (el: Element | null) => ARTICLE_TYPE.test(el?.getAttribute('itemtype') ?? '');
  if (typed(root.closest('[itemtype]'))) return true;
  // Look inside <article> elements only: scanning a huge content for attributes costs milliseconds.
  const articles = root.tagName === 'ARTICLE' ? [root] : [...root.getElementsByTagName('article')];
  return articles.some(
    (article) =>
      typed(article) ||
      article.querySelector(
        '[rel="author"], .byline, time[datetime][pubdate], [itemtype*="BlogPosting"], [itemtype*="NewsArticle"]',
      ) !== null ||
      BYLINE.test(text),
  );
}

/** "You have successfully completed the final quiz" names the quiz; sentenceTitle reads the course a sentence names. */
export { cleanTitle, sentenceTitle } from './title';

/** The title within LIMITS.title. A longer one is cut, and its length on the page kept so that the user can be told. */
export function fitTitle(title: string): Pick<DetectedActivity, 'title' | 'shortened'> {
  const fitted = truncateText(title, LIMITS.title);
  return fitted === title ? { title } : { title: fitted, shortened: { title: title.length } };
}

/** The course's own name (lib/detect/title.ts): '' when the page names none. */
export function courseTitle(
  doc: Document,
  text: string,
  siteName = '',
  selectors?: readonly string[],
  url?: URL,
): string {
  return readTitle({ doc, text, siteName, selectors, url }).title;
}

/**
 * Where a page names its own site: title, site name, canonical address, the logo's alt and the copyright line.
 * Not the content, which may name other bodies and sites (a course approved by NASM and ACE).
 */
export function namesSite(doc: Document, site: RegExp): boolean {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  if (site.test([doc.title, metaContent(doc, 'og:site_name'), metaContent(doc, 'og:url'), canonical].join('\n')))
    return true;
  // A print certificate has no footer, only the site's logo: its alt names the site.
  const logos = doc.querySelectorAll('img[src*="logo" i], img[class*="logo" i], [class*="logo" i] img');
  if ([...logos].some((img) => site.test(img.getAttribute('alt') ?? ''))) return true;
  // The copyright line last: reading a large footer's text costs more than the rest together.
  const footer = [...doc.querySelectorAll('footer, [role="contentinfo"]')].map((el) => el.textContent).join('\n');
  return site.test(/(©|&copy;|copyright)[^\n]{0,120}/i.exec(footer)?.[0] ?? '');
}

/** A link to the certificate itself (PDF, download, print) in the content, only over http(s) and of a length the model keeps. */
export function certificateLink(doc: Document, url: URL): string | null {
  for (const a of contentRoot(doc)?.querySelectorAll('a[href]') ?? []) {
    const label = `${a.textContent ?? ''} ${a.getAttribute('aria-label') ?? ''}`;
    const href = a.getAttribute('href') ?? '';
    if (!/certificate|\.pdf\b/i.test(`${label} ${href}`) || !/download|pdf|print|view/i.test(`${label} ${href}`))
      continue;
    try {
      const target = new URL(href, url);
      if (/^https?:$/.test(target.protocol) && target.href.length <= LIMITS.url) return target.href;
    } catch {
      // A malformed href is not a certificate link.
    }
  }
  return null;
}

export function pageUrl(url: URL): string {
  const clean = new URL(url.href);
  clean.hash = '';
  return clean.href;
}

/** What a detector found, as the model keeps it: the title fitted, with the page's address and its certificate link. */
export function foundActivity(
  doc: Document,
  url: URL,
  found: { title: string; completedOn: string; courseCode: string | null; credits: Credit[] },
): DetectedActivity {
  const { title, completedOn, courseCode, credits } = found;
  return {
    ...fitTitle(title),
    completedOn,
    courseCode,
    credits,
    sourceUrl: pageUrl(url),
    certificateUrl: certificateLink(doc, url),
  };
}

export interface CompletionOptions {
  /** The certifying body whose own site this is: credits stated without a body are its, and the site may name it in full. */
  siteBody?: BodyId;
  codePattern?: RegExp;
  /** Words beyond COMPLETION that this site's completion pages use. */
  completion?: RegExp;
}

const CE_SITE_REFUSALS = [
  ['a failed attempt', FAILED],
  ['unfinished', IN_PROGRESS],
  ['a page that sells', COMMERCE],
  ['a listing', LISTING],
] as const;

/**
 * The common detector: a completion page with a title and a date, its credits and course code. A CE
 * provider's certificate always states a credit: a page without one is not a completion. Only the
 * certificate's own region decides (what follows it, courses to buy next, does not).
 */
export function detectCompletion(
  doc: Document,
  url: URL,
  siteName: string,
  options: CompletionOptions,
): DetectedActivity | null {
  const text = certificateRegion(contentText(doc));
  const signal = completionSignal(text, options.completion);
  if (!signal) return refuse('no completion statement (only promises, or none)');
  note(`completion: "${signal.replace(/\s+/g, ' ')}"`);
  const refused = refusedBy(text, CE_SITE_REFUSALS);
  if (refused) return refuse(refused);
  if (isArticle(doc, text)) return refuse('an article');
  const completedOn = completionDate(text, dateOrderOf(doc));
  if (!completedOn) return refuse('no completion date');
  const credits = readCredits(text, options.siteBody);
  // More credits than one activity holds: a transcript or listing, not one completion.
  if (credits.length === 0) return refuse('no credit stated');
  if (credits.length > LIMITS.credits) return refuse('more credits than one activity holds (a listing)');
  explainCredits(credits);
  const title = courseTitle(doc, text, siteName, undefined, url);
  if (!title) return refuse('no course title');
  const courseCode = options.codePattern?.exec(text)?.[0]?.toUpperCase() ?? labelledCode(text);
  return foundActivity(doc, url, { title, completedOn, courseCode, credits: withStatedCategories(text, credits) });
}

/** Records the refusal for --explain and detects nothing. */
export function refuse(why: string): null {
  note(`not a completion: ${why}`);
  return null;
}

export function explainCredits(credits: ReadonlyArray<{ credit: Credit; from: string; bodyBy: string }>): void {
  for (const { credit, from, bodyBy } of credits)
    note(
      `credit: ${credit.amount} ${credit.unit}${credit.body ? ` (${credit.body}, by ${bodyBy})` : ''} = ${credit.hours} h, read from "${from.replace(/\s+/g, ' ')}"`,
    );
}

/** Who a CE site is: its id (one of PROVIDER_IDS), the name it calls itself, and its hosts (the first is its home). */
export interface CeSite<Id extends ProviderId> {
  id: Id;
  name: string;
  hosts: readonly string[];
}

/**
 * A CE provider whose completion pages detectCompletion reads, on its hosts and their subdomains.
 * The page must name the site as its own (see namesSite): another site's certificate, even one
 * that names this body among its approvals, is not this provider's completion.
 */
export function ceSiteProvider<Id extends ProviderId>(
  { id, name, hosts }: CeSite<Id>,
  options: CompletionOptions = {},
): Provider<Id> {
  const names = [name, ...hosts, ...(options.siteBody ? BODY_SCALES[options.siteBody].aliases : [])];
  const site = new RegExp(`\\b(${names.map(escapeRegExp).join('|')})\\b`, 'i');
  return {
    id,
    name,
    kind: 'ce-site',
    matches: hosts.flatMap((host) => [`https://${host}/*`, `https://*.${host}/*`]),
    detect: (doc, url) => (namesSite(doc, site) ? detectCompletion(doc, url, name, options) : null),
  };
}
