import { bodyFromName, findCredits } from './credits';
import { findDates } from './dates';
import { note } from './explain';
import { cleanText, contentRoot, elementText, escapeRegExp, metaContent } from './text';

/**
 * The course's name, read as a person reads a certificate: every place a certificate may put it is a
 * candidate, the most specific place first; chrome (the page's own headings, the site's or the learner's
 * name) is refused wherever it stands.
 */
export type TitleSource =
  | 'marked up'
  | 'labelled value'
  | 'emphasised in the completion sentence'
  | 'line after the completion sentence'
  | 'completion sentence'
  | 'link to the course'
  | 'og:title'
  | 'heading'
  | 'document title';

/** Where a certificate puts the learner's name, which is never the title. */
export const LEARNER =
  '[class*="recipient" i], [class*="learner" i], [class*="student" i], [class*="awardee" i], [class*="participant" i], [class*="earner" i], [class*="user-name" i], [class*="username" i], [itemtype*="Person"]';

const TITLE_SELECTORS = [
  '[itemtype*="Course"] [itemprop="name"]',
  '[data-course-title]',
  '[class*="course-title" i]',
  '[class*="coursetitle" i]',
  '[class*="course-name" i]',
  '[class*="coursename" i]',
  '[class*="course_title" i]',
  '[class*="course_name" i]',
  '[id*="course-title" i]',
];

/** A page's own headings, the certificate's chrome: never a course's name. */
const CHROME =
  /^(?:(?:your |a |the |course |completion |digital |verified |official )?(?:certificate|certification|credential|badge|award|diploma|transcript)s?(?: of (?:completion|achievement|attendance|participation|accomplishment))?(?: (?:for|details|preview|verification))?|(?:course |program |module |training )?(?:complete|completed|completion)d?|congratulations.*|well done.*|great (?:job|work).*|you (?:did it|passed|completed).{0,3}|(?:quiz|exam|test|assessment|post-test)(?: results?| passed| complete| summary| score)?|.*\b(?:quiz|exam|test) results|results?|score|passed|status|(?:my |ce |cec |ceu )?(?:records?|history)|my (?:account|courses|certificates|transcript|learning|dashboard|profile)|dashboard|home|account|verify.*|verification|this (?:is to )?certif(?:y|ies) that|(?:is )?(?:hereby )?(?:awarded|presented) to|is awarded|has (?:successfully )?completed(?: the)?(?: course| program)?|successfully completed|issued (?:to|by|on)|date(?: issued| completed| of completion)?|continuing education|ce credits?|credits?|details|overview|share|print|download|title|name|course|program|date|provider|instructors?|presenter|certificate id|credits? earned)[.!:]*$/i;

/** Words that qualify a course in the phrase before its name: "AFAA-approved", "online", "NASM". */
const QUALIFIER = String.raw`(?:(?:[A-Z]{2,6}[-\s])?(?:approved|accredited)|online|home[-\s]study|live|on[-\s]demand|self[-\s]paced|CE|continuing education|[A-Z]{2,6})`;
const KIND = String.raw`(?:course|program|programme|webinar|workshop|seminar|class|module|training|activity)`;
/** What certificates put before a course's name: "AFAA-approved course", "the online course", "Course:". */
const PREFIX = new RegExp(
  String.raw`^(?:(?:(?:the|this)\s+(?:${QUALIFIER}\s+)*|(?:${QUALIFIER}\s+)+)${KIND}\b\s*[:–—-]?\s+|(?:${KIND}|quiz|exam|test)\s*[:–—]\s*)(?=\S)`,
);
/** What follows it: "(online course)", "(home study)". */
const SUFFIX =
  /\s*\((?:online|home[-\s]study|live|on[-\s]demand|self[-\s]paced|recorded)?\s*(?:course|webinar|program|workshop|seminar)?\)$/i;
/** Course names that say nothing: "the final quiz", "the course". */
const NOT_A_COURSE =
  /^(?:the\s+|this\s+|your\s+)?(?:(?:final|online|live|on-demand|recorded|self-paced|home-study|ce)\s+)*(?:quiz|exam|examination|test|post-test|assessment|course|program|module|lesson|requirements?|training|activity|workshop|seminar|webinar|class|session)$/i;

/**
 * A completion sentence and the course it names: "… has successfully completed Functional Training in Water
 * on September 14, 2026." The name ends where the sentence goes on with a date, a score or the credits.
 */
const COMPLETED_SENTENCE =
  /(?:(?:successfully\s+)?(?:passed|finished|completed)\s+(?:the\s+)?(?:final\s+)?(?:quiz|exam|examination|test|post-test|assessment)\s+(?:for|of|in)|on the (?:final )?(?:quiz|exam|test|post-test|assessment) (?:for|of|in)|successfully completed(?: and received a passing grade in)?|successfully (?:finished|passed)|attended and completed|(?:has|have) completed|you completed|by completing|for completing|(?:the )?successful completion of|completion of|you(?: have)? passed(?:\s+the\s+(?:final\s+)?(?:quiz|exam|examination|test|post-test|assessment)\s+(?:for|of|in))?|certifies that .{1,80}? (?:completed|attended)|\battended)\s*(?:all\s+)?(?:the\s+)?(?:requirements\s+(?:for|of)\s+(?:the\s+)?)?(?:(?:(?:online|on-demand|live|recorded)\s+)*(?:course|program|webinar|workshop|seminar)\b\s*)?:?\s*["“'‘]?([^\n"”’]{3,200}?)["”'’]?(?=\s+(?:on\s+(?:\w+\.?\s+)?\d|dated\s|with\s+(?:a\s+)?(?:score|grade|\d)|and\s+(?:has\s+)?(?:earned|received|been|is)|earning\s|for\s+(?:a\s+total\s+of\s+)?[\d.]|a course of study|offered by|as taught by|taught by|through\s|at\s+\d)|\s*(?:[.;(\n!]|,\s|$))/i;

/** The course named in a "has successfully completed …" sentence; '' when there is none. */
export function sentenceTitle(text: string): string {
  const title = COMPLETED_SENTENCE.exec(text)?.[1]?.trim() ?? '';
  return NOT_A_COURSE.test(title) ? '' : title;
}

/** Words that start a completion sentence, to find the element that holds one. */
const COMPLETION_VERB =
  /successfully (?:completed|finished|passed)|has completed|have completed|you completed|by completing|for completing|completion of|you (?:have )?passed|(?:quiz|exam|test|post-test|assessment) for|certifies that|\battended\b|\bcompleted\s*:/i;

/** A name introduced as the learner's: "This certifies that Dana Ruiz has", "Congratulations, Dana!", "Completed by Dana Ruiz". */
const LEARNER_PHRASES = [
  /certif(?:y|ies) that\s+([^\n]{2,60}?)\s+(?:has|have|successfully|completed|attended|is)\b/i,
  /congratulations,?\s+([A-Z][^\n!.,]{1,50})[!.,]?\s*$/im,
  /(?:completed|earned|issued|awarded|presented) (?:by|to)\s*:?\s+([A-Z][^\n]{1,60}?)\s*(?:\n|$|\bon\b|\.)/im,
  /^(?:name|learner|student|participant|recipient|awarded to|presented to)\s*:\s*([^\n]{2,60})$/im,
  /^([^\n]{2,60}?)['’]s account is verified/im,
  /^¡?felicidades,?\s+([^\n!]{2,50})!?$/im,
];

export interface TitleContext {
  doc: Document;
  text: string;
  siteName: string;
  /** Where the provider's own markup puts the title, tried first. */
  selectors?: readonly string[];
}

interface Candidate {
  title: string;
  source: TitleSource;
}

/** Everything read as a title, most specific first (each read only if the ones before it gave nothing usable). */
function* candidates(ctx: TitleContext, root: ParentNode): Generator<Candidate> {
  const { doc, text } = ctx;
  for (const selector of [...(ctx.selectors ?? []), ...TITLE_SELECTORS])
    for (const el of root.querySelectorAll(selector))
      if (!el.closest(`nav, ${LEARNER}`)) yield { title: elementText(el), source: 'marked up' };
  for (const value of labelledValues(root, TITLE_LABEL)) yield { title: value, source: 'labelled value' };
  for (const m of text.matchAll(
    /^(?:course|course title|course name|program|program title|activity|activity title|title)\s*:\s*(.+)$/gim,
  ))
    yield { title: m[1], source: 'labelled value' };
  yield* sentenceCandidates(root, text);
  yield* courseLinks(root);
  for (const key of ['og:title', 'twitter:title'])
    yield { title: socialTitle(metaContent(doc, key)), source: 'og:title' };
  for (const h of root.querySelectorAll('h1, h2, h3, h4'))
    if (!h.closest(`nav, header:not(main header), footer:not(main footer), ${LEARNER}`))
      yield { title: elementText(h), source: 'heading' };
  for (const part of titleParts(cleanText(doc.title))) yield { title: part, source: 'document title' };
}

/** "HIIT Design | Certificate | NSCA": the whole title, then each part between separators (chrome and site refused). */
function titleParts(title: string): string[] {
  const parts = title.split(/\s+[|–—-]\s+/);
  return parts.length > 1 ? [title, ...parts] : [title];
}

/** In a completion sentence: its emphasised name, else the line after it, else the words after its verb. */
function* sentenceCandidates(root: ParentNode, text: string): Generator<Candidate> {
  for (const block of root.querySelectorAll('p, li, div, td, dd, span, h1, h2, h3, h4, h5, h6')) {
    if (block.children.length === 0 || !sentenceElement(block)) continue;
    const own = elementText(block);
    if (own.length > 600) continue;
    const verb = COMPLETION_VERB.exec(own);
    if (!verb) continue;
    const after = verb.index + verb[0].length;
    for (const em of block.querySelectorAll(
      'strong, b, em, i, cite, q, a, span[class*="title" i], span[class*="name" i]',
    )) {
      if (em.closest(LEARNER)) continue;
      const value = elementText(em);
      if (value.length >= 3 && own.indexOf(value, after - 1) >= after - 1)
        yield { title: value, source: 'emphasised in the completion sentence' };
    }
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = COMPLETED_SENTENCE.exec(lines[i]);
    if (!m && !COMPLETION_VERB.test(lines[i])) continue;
    const captured = m?.[1]?.trim() ?? '';
    if (captured && !NOT_A_COURSE.test(captured)) yield { title: captured, source: 'completion sentence' };
    // "has successfully completed the course" and the name on the lines below (a learner's name or a date may come between).
    for (const next of lines.slice(i + 1, i + 6))
      if (!COMPLETION_VERB.test(next)) yield { title: next, source: 'line after the completion sentence' };
  }
}

/** A sentence's own element: only inline elements inside (a certificate's whole card is no sentence). */
function sentenceElement(block: Element): boolean {
  return [...block.children].every((child) => INLINE_TAGS.has(child.tagName));
}

const INLINE_TAGS = new Set('A ABBR B BDI CITE CODE EM I MARK Q SMALL SPAN STRONG SUB SUP TIME U BR FONT'.split(' '));

/**
 * The emphasised name after a statement in the same element: "Coursera certifies their successful completion
 * of Rutgers <strong>Healthcare Organization Operations</strong> Specialization" names the Specialization in
 * <strong> after its partner; the kind of program after it ("Specialization") is part of its name.
 */
export function emphasisAfter(root: ParentNode, statement: RegExp, selectors = 'strong, b, em, i, cite, q, a'): string {
  for (const block of root.querySelectorAll('p, li, div, span, td, dd')) {
    if (!sentenceElement(block)) continue;
    const own = elementText(block);
    const m = own.length < 600 ? statement.exec(own) : null;
    if (!m) continue;
    const after = m.index + m[0].length;
    for (const em of block.querySelectorAll(selectors)) {
      const value = elementText(em);
      const at = own.indexOf(value, after - 1);
      if (value.length < 3 || at < after - 1) continue;
      const kind = /^\s*(Specialization|Professional Certificate|Learning Path|XSeries Program)\b/.exec(
        own.slice(at + value.length),
      );
      return kind ? `${value} ${kind[1]}` : value;
    }
  }
  return '';
}

/** A link to the course's own page (its catalog entry), named by the course. */
function* courseLinks(root: ParentNode): Generator<Candidate> {
  for (const a of root.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    if (
      !/\/(?:courses?|learn|catalog|product|products|programs?|webinars?|workshops?|classes|ce-courses?)\/[^/?#]+/i.test(
        href,
      )
    )
      continue;
    if (
      a.closest('nav, header:not(main header), footer:not(main footer), [class*="recommend" i], [class*="related" i]')
    )
      continue;
    const value = elementText(a);
    if (
      /^(?:view|browse|see|shop|start|continue|resume|enroll|buy|more|all|explore|go to|back|find|learn more|details)\b/i.test(
        value,
      )
    )
      continue;
    if (value.split(/\s+/).length >= 2) yield { title: value, source: 'link to the course' };
  }
}

/** og:title without its chrome: "Completion Certificate for X", "X was issued by Y to Z.", "Y Digital Badge: X". */
export function socialTitle(raw: string): string {
  return raw
    .replace(/^(?:course\s+)?(?:completion\s+)?certificate(?:\s+of\s+(?:completion|achievement))?\s+(?:for|in)\s+/i, '')
    .replace(/^(.+?)\s+was issued by\s+.+$/i, '$1')
    .replace(/^.{0,60}?\bdigital (?:badge|certificate|credential)\s*:\s*/i, '')
    .replace(/\s*[-–—|]\s*(?:\w+\s+)?certificate of (?:completion|achievement)$/i, '')
    .trim();
}

const TITLE_LABEL =
  /^(?:(?:course|program|programme|activity|module|webinar|workshop|seminar|training|quiz|exam|badge|credential|certificate)(?: (?:title|name))?|title|name of (?:course|program|activity))\s*:?$/i;

/**
 * Values beside a label: <dt>Course</dt><dd>…</dd>, <th>Course</th><td>…</td>, a two-cell row,
 * <span class="label">Course</span><span>…</span>, <strong>Course:</strong> … in one line.
 */
export function labelledValues(root: ParentNode, label: RegExp): string[] {
  const values: string[] = [];
  for (const term of root.querySelectorAll('dt, th, td:first-child, .label, [class*="label" i], strong, b, label')) {
    if (!label.test(elementText(term))) continue;
    let value = term.nextElementSibling?.tagName === 'TH' ? '' : elementText(term.nextElementSibling);
    // A header row: the value is in the same column of the next row (a one-row table, or a transcript's first row).
    if (!value && term.tagName === 'TH') {
      const row = term.parentElement;
      const next =
        row?.parentElement?.tagName === 'THEAD'
          ? row.parentElement.nextElementSibling?.firstElementChild
          : row?.nextElementSibling;
      value = elementText(next?.children[[...row!.children].indexOf(term)]);
    }
    if (!value && term.parentElement && /^(?:STRONG|B|LABEL|SPAN)$/.test(term.tagName))
      value = elementText(term.parentElement)
        .slice(elementText(term).length)
        .replace(/^\s*:\s*/, '');
    if (value) values.push(value);
  }
  return values;
}

/** Names the page gives its learner: never the title. */
export function learnerNames(root: ParentNode, text: string): string[] {
  const names = [...root.querySelectorAll(LEARNER)].map((el) => elementText(el)).filter((n) => n && n.length < 80);
  for (const re of LEARNER_PHRASES) {
    const m = re.exec(text);
    if (m) names.push(cleanText(m[1]));
  }
  return names;
}

/** A course name tidied: no "Certificate -", no "AFAA-approved course", no site name, no quotes. */
export function cleanTitle(raw: string, siteName = ''): string {
  let title = cleanText(raw)
    // "Certificate - Youth Exercise", "Course: Youth Exercise", but not "Course-Based Learning".
    .replace(/^(course|program|title|certificate( of completion)?)(\s*[:|–—]|\s+-)\s*/i, '')
    .replace(/^(?:(?:course|program|activity) (?:title|name)|title)\s*:?\s+(?=\S)/i, '')
    .replace(/^["“'‘]|["”'’.]$/g, '')
    .replace(PREFIX, '')
    .replace(SUFFIX, '');
  if (siteName)
    title = title
      .replace(new RegExp(String.raw`\s*[|–—-]\s*${escapeRegExp(siteName)}.*$`, 'i'), '')
      .replace(new RegExp(String.raw`^${escapeRegExp(siteName)}\s*[|–—:-]\s*`, 'i'), '');
  return title.replace(/^["“'‘]|["”'’]$/g, '').trim();
}

function refusal(title: string, source: TitleSource, ctx: TitleContext, learners: readonly string[]): string {
  // A label and its value read as one line ("Course Resistance Band Training"): the value alone is tried next.
  if (/^(?:course|program)\s+\p{Lu}/u.test(title) && /line after|completion sentence|heading/.test(source))
    return 'a label before the name';
  if (title.length < 3 || !/\p{L}/u.test(title)) return 'too short';
  // A marked-up or labelled name is the name, however long; a line of text that long is a paragraph.
  if (title.length > 300 && !['marked up', 'labelled value'].includes(source)) return 'a paragraph, not a name';
  if (
    /:$/.test(title) ||
    /^(?:course|activity|program|certificate|credential|provider|approval)\s*(?:number|code|no\.?|id|#)\b/i.test(title)
  )
    return 'a label';
  if (CHROME.test(title)) return "the page's chrome";
  if (
    NOT_A_COURSE.test(
      title.replace(/^(?:the\s+|this\s+)?(?:(?:[A-Z]{2,6}-)?(?:approved|accredited)\s+|[A-Z]{2,6}\s+)*/, ''),
    )
  )
    return 'names no course';
  if (/\b(?:of|for|in|the|to|and|a|an)$/i.test(title) || /^(?:and|or|its|with|on|at|by)\b/i.test(title))
    return 'an unfinished phrase';
  // A line near the statement that is its date, its credits or an approval, not the course.
  if (source !== 'marked up' && source !== 'labelled value') {
    if (findDates(title).length > 0) return 'a date';
    if (findCredits(title).length > 0) return 'a credit';
    if (/^\d+\s*(?:of|\/|out of)\s*\d+|^\d{1,3}\s*%/i.test(title)) return 'a score';
    if (
      /^(?:approved|accredited|this (?:course|program|activity)|credits?|passed on|completed on|completion date|provider|approval)\b/i.test(
        title,
      )
    )
      return 'a statement, not a name';
    if (bodyFromName(title)) return 'a certifying body';
  }
  if (/^(?:course\s+)?(?:number|no\.?|#|code|id)\s*:?\s*[\w-]*\d[\w-]*,?$/i.test(title)) return 'a course number';
  const folded = title.toLowerCase();
  const sites = [ctx.siteName, metaContent(ctx.doc, 'og:site_name')].filter(Boolean).map((n) => n.toLowerCase());
  if (sites.some((site) => folded === site) || /^[\w.-]+\.(?:com|org|net|edu)$/i.test(title)) return "the site's name";
  if (/[|–—]/.test(title) && sites.some((site) => folded.includes(site))) return "the site's name beside it";
  if (learners.some((name) => name && (folded === name.toLowerCase() || folded.startsWith(`${name.toLowerCase()} `))))
    return "the learner's name";
  if (
    /^(?:(?:on|dated?|issued|completed)\s*:?\s*)?(?:\w+\.?\s+\d{1,2},?\s+\d{4}|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})\b/i.test(
      title,
    )
  )
    return 'a date';
  if (/^[\d.]+\s*(?:\w+\s+)?(?:CE[CU]s?|contact hours?|PDUs?|credits?|hours?)\b/i.test(title)) return 'a credit';
  if (
    /^(?:score|grade|status|completed by|issued by|taught by|instructors?|date|expires?|certificate (?:no|id|number))\b/i.test(
      title,
    )
  )
    return 'a label';
  return '';
}

/** The course's own name, or '' when the page names none. */
export function readTitle(ctx: TitleContext): { title: string; source: TitleSource | null } {
  const root = contentRoot(ctx.doc) ?? ctx.doc;
  const learners = learnerNames(root, ctx.text);
  for (const candidate of candidates(ctx, root)) {
    const title = cleanTitle(candidate.title, ctx.siteName);
    if (!title) continue;
    const why = refusal(title, candidate.source, ctx, learners);
    const unlabelled = why === 'a label before the name' ? title.replace(/^\S+\s+/, '') : '';
    if (unlabelled && !refusal(unlabelled, 'labelled value', ctx, learners)) {
      note(`title: "${unlabelled}" (${candidate.source}, its label dropped)`);
      return { title: unlabelled, source: candidate.source };
    }
    if (!why) {
      note(`title: "${title}" (${candidate.source})`);
      return { title, source: candidate.source };
    }
    note(`title refused: "${title.slice(0, 80)}" (${candidate.source}): ${why}`);
  }
  return { title: '', source: null };
}
