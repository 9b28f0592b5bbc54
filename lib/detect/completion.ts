import type { BodyId } from '../model/bodies';
import { BODY_SCALES } from '../model/body-scales';
import { LIMITS } from '../model/limits';
import type { Credit } from '../model/schema';
import { completionDate } from './dates';
import { findCredits } from './credits';
import {
  cleanText,
  contentRoot,
  contentText,
  elementText,
  escapeRegExp,
  firstText,
  metaContent,
  truncateText,
} from './text';
import type { ProviderId } from '../model/provider-ids';
import type { DetectedActivity, Provider } from './types';

/*
 * The page markers below are only tested, never matched for their text: a phrase that contains a shorter
 * one already listed is not listed again ("has successfully completed", "this is to certify that",
 * "enroll now", "US$ 49").
 */
/** Words a completion page uses. Catalog pages and articles use them too, so they are never enough alone. */
export const COMPLETION =
  /certificate of (completion|achievement|attendance)|successfully (completed|passed|finished)|has completed|you (have )?passed|congratulations\W+(you|on)|course completed?\b|completion certificate|date (of )?completion|date completed|completed on|certif(y|ies) that|awarded to|was issued by|issued to|verified certificate|completion date/i;
/** A failed or unfinished attempt. */
export const FAILED =
  /did not pass|not passed|you failed|\bfailed\b|unsuccessful|below the passing|try again|retake (the )?(quiz|exam|test)|attempts? remaining|incomplete/i;
/** An unfinished course. */
export const IN_PROGRESS =
  /\b(continue|resume) (course|learning|lesson|where)|\d{1,3}\s?% complete\b|\bin progress\b|not started|lesson \d+ of \d+|\bcontinue\s*$/im;
/** A page that sells: catalog, product and landing pages, carts. */
export const COMMERCE =
  /add to cart|buy now|enroll\b|register\b|start (this )?course|checkout|purchase|[$€£]\s?\d|\bprice\b|free trial|shopping cart|subtotal/i;
/** A listing of results or courses. */
export const LISTING = /\b\d+ (results|courses) (found|for)|search results|showing \d+\s*(-|–|to)\s*\d+ of/i;

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

const TITLE_SELECTORS = [
  '[itemtype*="Course"] [itemprop="name"]',
  '[data-course-title]',
  '[class*="course-title" i]',
  '[class*="coursetitle" i]',
  '[class*="course-name" i]',
  '[class*="coursename" i]',
  '[id*="course-title" i]',
];
/** Where a certificate puts the learner's name, which is never the title. */
const LEARNER =
  '[class*="recipient" i], [class*="learner" i], [class*="student" i], [class*="awardee" i], [class*="participant" i], [itemtype*="Person"]';
/** Headings that are the page's chrome, not a course name. */
const CHROME_TITLE =
  /^(certificate( of (completion|achievement|attendance))?|congratulations.*|course complete.*|(quiz|exam|test) results?|my (account|courses|certificates|transcript)|dashboard|transcript|verify.*|you passed.*|this certifies that|awarded to)$/i;
const TITLE_LABEL = /^((course|program|activity)( (title|name))?|title)\s*:?$/i;
/**
 * "… has successfully completed Functional Training in Water on September 14, 2026." The title ends
 * where the sentence goes on with a date, a score or the credits, not at the first "in" or "with".
 */
const COMPLETED_SENTENCE =
  /(?:successfully completed|has completed|for completing|completion of|you passed|passed the final (?:quiz|exam) for|certifies that .{1,80}? completed)\s*(?:the\s+)?(?:course|program|webinar|workshop)?\s*:?\s*["“']?([^\n"”]{3,200}?)["”']?(?=\s+(?:on\s+(?:\w+\.?\s+)?\d|dated\s|with\s+(?:a\s+)?(?:score|grade|\d)|and\s+(?:has\s+)?(?:earned|received|been)|earning\s|for\s+[\d.])|\s*(?:[.;(\n]|,\s|$))/i;

export function cleanTitle(raw: string, siteName = ''): string {
  let title = cleanText(raw)
    // "Certificate - Youth Exercise", "Course: Youth Exercise", but not "Course-Based Learning".
    .replace(/^(course|program|title|certificate( of completion)?)(\s*[:|–—]|\s+-)\s*/i, '')
    .replace(/^["“']|["”']$/g, '');
  if (siteName) title = title.replace(new RegExp(String.raw`\s*[|–—-]\s*${escapeRegExp(siteName)}.*$`, 'i'), '');
  return title.trim();
}

/** The title within LIMITS.title. A longer one is cut, and its length on the page kept so that the user can be told. */
export function fitTitle(title: string): Pick<DetectedActivity, 'title' | 'shortened'> {
  const fitted = truncateText(title, LIMITS.title);
  return fitted === title ? { title } : { title: fitted, shortened: { title: title.length } };
}

/** "You have successfully completed the final quiz" names the quiz, not the course. */
const NOT_A_COURSE = /^(?:the\s+)?(?:final\s+)?(?:quiz|exam|test|assessment|course|program|module|lesson)$/i;

/** The course named in a "has successfully completed …" sentence; '' when there is none. */
export function sentenceTitle(text: string): string {
  const title = COMPLETED_SENTENCE.exec(text)?.[1]?.trim() ?? '';
  return NOT_A_COURSE.test(title) ? '' : title;
}

/**
 * The course's own name: a marked-up title, else a labelled one, else the sentence around "completed",
 * else a heading that is neither chrome nor the learner's name.
 */
export function courseTitle(doc: Document, text: string, siteName = ''): string {
  const root = contentRoot(doc) ?? doc;
  const usable = (value: string) => value && !CHROME_TITLE.test(value) && value !== siteName;
  const marked = firstText(root, TITLE_SELECTORS);
  const title =
    (usable(marked) && marked) ||
    labelledValue(root, TITLE_LABEL) ||
    /^(?:course|course title|program)\s*:\s*(.+)$/im.exec(text)?.[1] ||
    sentenceTitle(text) ||
    [...root.querySelectorAll('h1, h2, h3')]
      .filter((h) => !h.closest(`nav, header:not(main header), footer:not(main footer), ${LEARNER}`))
      .map((h) => elementText(h))
      .find(usable) ||
    metaContent(doc, 'og:title') ||
    doc.title;
  return cleanTitle(title, siteName);
}

/** The value beside a label in a table or definition list: <th>Course</th><td>…</td>. */
export function labelledValue(root: ParentNode, label: RegExp): string {
  for (const term of root.querySelectorAll('dt, th, .label, [class*="label" i]')) {
    if (!label.test(elementText(term))) continue;
    const value = elementText(term.nextElementSibling);
    if (value) return value;
  }
  return '';
}

/**
 * Where a page names its own site: title, site name, canonical address and the copyright line.
 * Not the content, which may name other bodies and sites (a course approved by NASM and ACE).
 */
export function namesSite(doc: Document, site: RegExp): boolean {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  if (site.test([doc.title, metaContent(doc, 'og:site_name'), metaContent(doc, 'og:url'), canonical].join('\n')))
    return true;
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

/**
 * The common detector: a completion page with a title and a date, its credits and course code. A CE
 * provider's certificate always states a credit: a page without one is not a completion.
 */
export function detectCompletion(
  doc: Document,
  url: URL,
  siteName: string,
  options: CompletionOptions,
): DetectedActivity | null {
  const text = contentText(doc);
  const looksComplete = COMPLETION.test(text) || (options.completion?.test(text) ?? false);
  if (!looksComplete || [FAILED, IN_PROGRESS, COMMERCE, LISTING].some((re) => re.test(text)) || isArticle(doc, text))
    return null;
  const completedOn = completionDate(text);
  if (!completedOn) return null;
  const credits = findCredits(text, options.siteBody);
  // More credits than one activity holds: a transcript or listing, not one completion.
  if (credits.length === 0 || credits.length > LIMITS.credits) return null;
  const title = courseTitle(doc, text, siteName);
  if (!title) return null;
  const courseCode = options.codePattern?.exec(text)?.[0]?.toUpperCase() ?? null;
  return foundActivity(doc, url, { title, completedOn, courseCode, credits });
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
