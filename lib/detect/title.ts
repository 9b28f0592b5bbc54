import { bodyFromName, findCredits } from './credits';
import { findDates } from './dates';
import { note } from './explain';
import { OTHER_SECTION, cleanText, contentRoot, elementText, escapeRegExp, metaContent } from './text';

/**
 * The course's name, read as a person reads a certificate: every place a certificate may put it is a
 * candidate, the most specific place first; chrome (the page's own headings, the site's or the learner's
 * name) is refused wherever it stands.
 */
export type TitleSource =
  | 'marked up'
  | 'labelled value'
  | 'label beside its value'
  | 'emphasised in the completion sentence'
  | 'line after the completion sentence'
  | 'line before the completion sentence'
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
  /^(?:(?:your |a |the |course |completion |digital |verified |official )?(?:certificate|certification|credential|badge|award|diploma|transcript)s?(?: of (?:completion|achievement|attendance|participation|accomplishment))?(?: (?:for|details|preview|verification))?|(?:course |program |module |training |activity )?(?:complete|completed|completion)d?(?: status| report| details)?|congratulations.*|well done.*|great (?:job|work).*|you (?:did it|passed|completed).{0,3}|(?:quiz|exam|test|assessment|post-test)(?: results?| passed| complete| summary| score)?|.*\b(?:quiz|exam|test) results|results?|score|passed|status|(?:my |ce |cec |ceu |course |learning |training )?(?:records?|history)|(?:my |completed |finished )?(?:courses|achievements|cecs|ceus)(?: completed)?|my (?:account|courses|certificates|transcript|learning|dashboard|profile)|dashboard|home|account|verify.*|verification|this (?:is to )?certif(?:y|ies) that|(?:is )?(?:hereby )?(?:awarded|presented) to|is awarded|has (?:successfully )?completed(?: the)?(?: course| program)?|successfully completed|issued (?:to|by|on)|date(?: issued| completed| of completion)?|continuing education|ce credits?|credits?|details|overview|(?:course )?(?:contents?|description|(?:learning )?objectives|syllabus|curriculum|outline|lessons|materials)|share|print|download|title|name|course|program|date|provider|instructors?|presenter|certificate id|credits? earned)[.!:]*$/i;

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
/** "Kettlebell Foundations (CEP250934)": the course's number after its name is not part of the name. */
const CODE_SUFFIX = /\s*\([A-Z]{2,6}[-\s]?\d{3,}[A-Z\d-]*\)$/;
/** Course names that say nothing: "the final quiz", "the course". */
const NOT_A_COURSE =
  /^(?:the\s+|this\s+|your\s+)?(?:(?:final|online|live|on-demand|recorded|self-paced|home-study|ce)\s+)*(?:quiz|exam|examination|test|post-test|pre-test|self-test|knowledge check|assessment|course|program|module|lesson|requirements?|training|activity|workshop|seminar|webinar|class|session)$/i;

/**
 * A completion sentence and the course it names: "… has successfully completed Functional Training in Water
 * on September 14, 2026." The name ends where the sentence goes on with a date, a score or the credits.
 */
const COMPLETED_SENTENCE = new RegExp(
  String.raw`(?:(?:successfully\s+)?(?:passed|finished|completed)\s+(?:the\s+)?(?:final\s+)?(?:quiz|exam|examination|test|post-test|assessment)\s+(?:for|of|in)|on the (?:final )?(?:quiz|exam|test|post-test|assessment) (?:for|of|in)|successfully completed(?: and received a passing grade in)?|successfully (?:finished|passed)|(?:you|has|have)\s+finished|attended and completed|(?:has|have) completed|you completed|(?<=\w\s)completed(?!\s+(?:on|by)\b)|by completing|for completing|\bon completing|(?:the )?successful completion of|completion of|you(?: have)? passed(?:\s+the\s+(?:final\s+)?(?:quiz|exam|examination|test|post-test|assessment)\s+(?:for|of|in))?|certifies that .{1,80}? (?:completed|attended)|\battended)\s*(?:all\s+)?(?:the\s+)?(?:requirements\s+(?:for|of)\s+(?:the\s+)?)?(?:(?:(?:online|on-demand|live|recorded)\s+)*(?:course|program|webinar|workshop|seminar)\b\s*)?:?\s*["“'‘]?([^\n"”’]{3,200}?)["”'’]?(?=\s+(?:on\s+(?:the\s+|[a-z]+\.?,?\s+){0,2}\d|dated\s|with\s+(?:a\s+)?(?:score|grade|\d)|and\s+(?:has\s+)?(?:earned|received|been|is)|earning\s|for\s+(?:a\s+total\s+of\s+)?[\d.]|a course of study|offered by|as taught by|taught by|through\s|at\s+\d)|\s*(?:[.;\n!]|\((?=[\d.]+\s*(?:CE|contact|clock|PDU|credit)|\s*(?:online|home|live|self|recorded|on-demand)\b)|,\s|$))`,
  'i',
);

/**
 * A name goes on over a comma when a capital word follows ("Sleep, Stress and Recovery"), not over a clause
 * or a date ("…, earning 2 CEUs", "…, March 3, 2026"). Case-sensitive, unlike the sentence itself.
 */
const NAME_GOES_ON =
  /^,\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s)(?=\p{Lu})/u;
const NAME_PART =
  /^([^\n"”’.;!,]{2,120}?)(?=["”'’]?(?:\s+(?:on\s|dated\s|with\s|and\s+(?:has\s+)?(?:earned|received|been|is)\b|earning\s|for\s+[\d.])|\s*(?:[.;\n!]|,\s|$)))/;
/** "completion of Program Design for …": a kind of course written as a name's first word is the name's. */
const KIND_IN_NAME =
  /(?<!\b(?:the|this|a|an|online|live|recorded|on-demand|approved)\s+)\b(Program|Course|Webinar|Workshop|Seminar)\s+$/i;

/** The course a completion sentence names, '' when none: its captured name, continued over commas that name goes on over. */
function sentenceName(text: string): string {
  const m = COMPLETED_SENTENCE.exec(text);
  if (!m?.[1]) return '';
  let title = m[1];
  const before = m[0].slice(0, m[0].lastIndexOf(m[1]));
  const kind = KIND_IN_NAME.exec(before);
  if (kind && /^\p{Lu}/u.test(kind[1]) && /^\p{Lu}/u.test(title)) title = `${kind[1]} ${title}`;
  let rest = text.slice(m.index + m[0].length);
  for (let more = 0; more < 4 && NAME_GOES_ON.test(rest); more++) {
    const comma = /^,\s+/.exec(rest)![0];
    const part = NAME_PART.exec(rest.slice(comma.length));
    if (!part) break;
    title += `, ${part[1]}`;
    rest = rest.slice(comma.length + part[1].length);
  }
  return title.replace(/["”'’]$/, '').trim();
}

/** The course named in a "has successfully completed …" sentence; '' when there is none. */
export function sentenceTitle(text: string): string {
  const title = sentenceName(text);
  return NOT_A_COURSE.test(title) ? '' : title;
}

/** Words that start a completion sentence, to find the element that holds one. */
const COMPLETION_VERB =
  /successfully (?:completed|finished|passed)|(?:has|have|you) (?:completed|finished)|\w\s+completed\s+(?!on\b|by\b|\d)|\bon completing\b|hereby (?:granted|awarded|presented)|on the (?:final )?(?:quiz|exam|test|post-test|assessment)\b|by completing|for completing|completion of|you (?:have )?passed|(?:quiz|exam|test|post-test|assessment) for|certifies that|\battended\b|\bcompleted\s*:/i;

/** A name introduced as the learner's: "This certifies that Dana Ruiz has", "Congratulations, Dana!", "Completed by Dana Ruiz". */
const LEARNER_PHRASES = [
  /certif(?:y|ies) that\s+([^\n]{2,60}?)\s+(?:has|have|successfully|satisfactorily|completed|passed|finished|earned|attended|participated|is|was)\b/i,
  // "Welcome back, Derek Lin": a portal greets its learner by name.
  /^(?:welcome(?: back)?|hi|hello|good (?:morning|afternoon|evening)),?\s+([A-Z][^\n!.,]{1,50})[!.,]?\s*$/im,
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
  /** The page's address: its host names the site too ("ACE Fitness" on acefitness.org). */
  url?: URL;
}

/** The host's own name, letters and digits only: "acefitness" for www.acefitness.org, "humankinetics" for us.humankinetics.com. */
function hostName(url: URL | undefined): string {
  const labels = url?.hostname.split('.') ?? [];
  return labels.length >= 2 ? labels[labels.length - 2].replace(/[^a-z0-9]/g, '') : '';
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
  // The same without a colon, a label beside its value: "Course Resistance Band Training".
  for (const m of text.matchAll(
    /^(?:course|program|programme|activity|title|webinar|workshop|seminar|module)\b[^\n:!?]*$/gim,
  )) {
    const label = labelBefore(m[0]);
    if (label) yield { title: m[0].slice(label.length), source: 'label beside its value' };
  }
  yield* sentenceCandidates(root, text);
  yield* courseLinks(root);
  for (const key of ['og:title', 'twitter:title'])
    yield { title: socialTitle(metaContent(doc, key)), source: 'og:title' };
  for (const h of root.querySelectorAll('h1, h2, h3, h4'))
    if (!h.closest(`nav, header:not(main header), footer:not(main footer), ${LEARNER}`) && !inOtherSection(h))
      yield { title: elementText(h), source: 'heading' };
  for (const part of titleParts(cleanText(doc.title))) yield { title: part, source: 'document title' };
}

/** Inside a block headed "Recommended for you", "Related courses": another course's name, not this one's. */
function inOtherSection(el: Element): boolean {
  let block = el.parentElement;
  for (let up = 0; block && up < 3; up++, block = block.parentElement) {
    const first = block.firstElementChild;
    if (first && first !== el && /^H[1-6]$/.test(first.tagName) && OTHER_SECTION.test(elementText(first))) return true;
  }
  return false;
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
    const captured = sentenceName(lines[i]);
    if (!captured && !COMPLETION_VERB.test(lines[i])) continue;
    if (captured && !NOT_A_COURSE.test(captured)) yield { title: captured, source: 'completion sentence' };
    // "has successfully completed the course" and the name on the lines below (a learner's name or a date may come between).
    for (const next of lines.slice(i + 1, i + 6))
      if (!COMPLETION_VERB.test(next)) yield { title: next, source: 'line after the completion sentence' };
    // "<strong>Senior Fitness Refresher</strong> / You completed this course": the name set above it.
    // Only a line that reads as a name: a promotion or a notice above the certificate is a sentence.
    // (Tried after the sentence's own name and the lines below, so a name the sentence gives wins.)
    // A colon inside a name ("ACL Injury Prevention: A Team Approach") is the name's; one that ends a line is a label's.
    for (const previous of lines.slice(Math.max(0, i - 3), i).reverse())
      if (!/[!?]|\.(?:\s|$)|:$/.test(previous) && previous.split(/\s+/).length <= 14)
        yield { title: previous, source: 'line before the completion sentence' };
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
    .replace(SUFFIX, '')
    .replace(CODE_SUFFIX, '');
  if (siteName)
    title = title
      .replace(new RegExp(String.raw`\s*[|–—-]\s*${escapeRegExp(siteName)}.*$`, 'i'), '')
      .replace(new RegExp(String.raw`^${escapeRegExp(siteName)}\s*[|–—:-]\s*`, 'i'), '');
  // "Youth Exercise | Certificate": the parts between separators that are chrome or the site go.
  // "Course Complete: Youth Exercise": a chrome prefix before a colon goes too.
  const colon = /^([^:]{3,40}):\s+(?=\S)/.exec(title);
  if (colon && CHROME.test(colon[1].trim())) title = title.slice(colon[0].length);
  const pieces = title.split(/(\s+[|–—-]\s+)/);
  if (pieces.length > 1) {
    const site = siteName.toLowerCase();
    const chrome = (part: string) => CHROME.test(part.trim()) || part.trim().toLowerCase() === site;
    // Parts at even places, each separator before the part it leads to: the separators kept stay as written.
    const kept = pieces.filter((piece, i) => (i % 2 === 0 ? !chrome(piece) : !chrome(pieces[i + 1])));
    const joined = kept.join('').replace(/^\s+[|–—-]\s+/, '');
    if (joined && kept.length < pieces.length) title = joined;
  }
  return title.replace(/^["“'‘]|["”'’]$/g, '').trim();
}

/**
 * "Course Resistance Band Training": a label and its value read as one line. "Program" alone is a label only
 * before a name ("Program Dementia Care"), not in one ("Program Design for Group Fitness").
 */
const LABEL_BEFORE =
  /^(?:(?:course|activity|webinar|workshop|seminar|module)(?:\s+(?:title|name))?|program(?:me)?\s+(?:title|name)|title(?!\s+[IVX]+\b)|program(?=\s+(?!(?:design|development|management|planning|evaluation|implementation|leadership|administration|director)\b)))\s+/iu;
/** "Course #97210 — Sepsis Recognition": a course's number and a dash before its name. */
const CODE_BEFORE =
  /^(?:course|activity|program)\s*(?:code|number|no\.?|#|id)\s*[:.]?\s*[\w-]*\d[\w-]*\s*[—–:|-]\s+(?=\p{L})/iu;

/** A value starts with a capital or a number, checked case-sensitively ("Course evaluation" is no label and value). */
const VALUE_START = /^[\p{Lu}\d]/u;
/** "Module 1–4 videos", "Webinar 3": a numbered part of a course, not a label before its value. */
const NUMBERED_PART = /^\d+(?:\s*[–-]\s*\d+)?(?!\S)/;

function labelBefore(title: string): string {
  const label = LABEL_BEFORE.exec(title)?.[0];
  const value = label ? title.slice(label.length) : '';
  if (label && VALUE_START.test(value) && !NUMBERED_PART.test(value)) return label;
  return CODE_BEFORE.exec(title)?.[0] ?? '';
}

/** What else stands on a certificate's lines: a signature, a button, a field's label, a sentence, another section's heading. */
const SIGNATURE =
  /^[^,]{3,60},\s+(?:[\p{L}&-]+\s+){0,5}(?:director|officer|manager|president|chair(?:person)?|coordinator|dean|administrator|registrar|ceo|vp|founder|head|chief|instructor|presenter|educator|planner|faculty)\b[^,]{0,40}$/iu;
const ACTION =
  /^(?:print|download|share|view|save|email|send|add to|back to|return to|go to|verify|copy|open|close|get|accept|reject|dismiss|got it|ok(?:ay)?)\b(?:\s+\S+){0,3}$/i;
const FIELD_LABEL =
  /^(?:enrolled(?: on)?|enrollment(?: date)?|valid (?:through|until|thru|to)|printed(?: on)?|awarded(?: on)?|expires?(?: on)?|expir(?:y|ation)(?: date)?|recertification(?: due| date)?|renew(?:al)?(?: by| due| date)?|issued(?: on)?|date(?:\s+\w+){0,2}|passed(?: on)?|completed(?: on)?|finished(?: on)?|completion(?: date)?|date (?:earned|passed|awarded)|started(?: on)?|registered(?: on)?|purchased(?: on)?|certificate (?:id|no\.?|number|#)|course (?:#|no\.?|number|code|id)|credits?(?: earned| awarded| hours)?|hours|format|delivery(?: method)?|location|instructors?|presenters?|faculty|provider(?: number| #)?|approval(?: number| #)?|score|grade|status|(?:ceu |cec |credit )?categor(?:y|ies)|learner|participant|recipient|name|number|id|code)\s*:?$/i;
const UNIT_LABEL =
  /^(?:(?:[A-Z]{2,6}(?:\s+ACE)?|approved|total|your)\s+)*(?:(?:CE[CU]s?|contact hours?|clock hours?|CE (?:credits?|hours?)|continuing education (?:credits?|units?|hours?)|PD[UH]s?|CPE(?: credits?)?)(?:\s*\([^)]*\))?(?:\s+(?:earned|awarded|approved))?|approved|accredited)\s*:?$/i;
const STATEMENT =
  /\b(?:is (?:an? )?(?:approved|accredited|registered|recognized)|has been (?:approved|accredited)|approved (?:continuing education )?provider|maintains responsibility|does not imply|uses cookies|all rights reserved|regulatory boards)\b/i;

const CODE_LIKE =
  /^[\p{L}#:-]*\d[\p{L}\d#:.-]*$|\b(?:course|certificate|activity|approval|provider)\s*(?:#|no\.?|number|id|code)(?:\s|:|$)/iu;
const WHOLE_COURSE =
  /^(?:every|all|each)\s+(?:of\s+)?(?:the\s+|its\s+)?(?:lessons?|modules?|units?|sections?|chapters?|videos?|requirements?|parts?)\b/i;

/** A date's pieces on a line of their own: "Friday", "August 5th", "8 September". */
const DATE_PIECE =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?)$/i;
/** "Approving organization NSCA", "Accredited by ACE": who approved it, not what was completed. */
const APPROVER = /^(?:approv|accredit)\w*\s+(?:organi[sz]ation|body|by|provider|agency)\b/i;

function lineChrome(title: string): string {
  if (OTHER_SECTION.test(title)) return "another section's heading";
  const label = /^([^:]{2,30}):\s/.exec(title);
  if (label && (FIELD_LABEL.test(label[1]) || UNIT_LABEL.test(label[1]))) return 'a field and its value';
  if (DATE_PIECE.test(title)) return 'a date';
  if (APPROVER.test(title)) return 'an approval';
  if (COMPLETION_VERB.test(title)) return 'a completion statement';
  if (CODE_LIKE.test(title)) return 'a course or certificate number';
  if (WHOLE_COURSE.test(title)) return 'names no course';
  if (/\b\d{1,3}(?:\.\d+)?\s?%/.test(title)) return 'a score';
  if (SIGNATURE.test(title)) return 'a signature';
  if (ACTION.test(title)) return 'a button or link';
  if (FIELD_LABEL.test(title) || UNIT_LABEL.test(title)) return "a field's label";
  const words = title.split(/\s+/).length;
  if (STATEMENT.test(title) || (words >= 8 && /[.!?]$/.test(title)) || words > 18) return 'a sentence, not a name';
  return '';
}

const GREETING = /^(?:welcome(?: back)?|hi|hello|hey|good (?:morning|afternoon|evening))\b[\s,!]/i;

/** The title less the site's name at its start or end ("NetCE Certificate of Completion" → "Certificate of Completion"). */
function withoutSiteName(title: string, ctx: TitleContext): string {
  for (const site of [ctx.siteName, metaContent(ctx.doc, 'og:site_name')].filter(Boolean)) {
    const at = new RegExp(String.raw`^${escapeRegExp(site)}\b[\s:|–—-]*|[\s:|–—-]*\b${escapeRegExp(site)}$`, 'i');
    if (at.test(title)) return title.replace(at, '').trim();
  }
  return title;
}

/** What the page's text holds beside the title: its learners' names and its tables' column headings. */
interface PageNames {
  learners: readonly string[];
  /** Read only when a line of text comes that far: a transcript's rows are many. */
  columnHeadings: () => ReadonlySet<string>;
}

/** The headings of a table's columns: the cells of a row of two or more headers ("Organization | Credits"). */
function columnHeadings(root: ParentNode): Set<string> {
  const headings = new Set<string>();
  for (const row of root.querySelectorAll('tr')) {
    const cells = [...row.children];
    if (cells.length >= 2 && cells.every((cell) => cell.tagName === 'TH'))
      for (const cell of cells) headings.add(elementText(cell).toLowerCase());
  }
  return headings;
}

function refusal(
  title: string,
  source: TitleSource,
  ctx: TitleContext,
  { learners, columnHeadings }: PageNames,
): string {
  // A label and its value read as one line ("Course Resistance Band Training"): the value alone is tried next.
  if (labelBefore(title) && /line after|completion sentence|heading/.test(source)) return 'a label before the name';
  if (title.length < 3 || !/\p{L}/u.test(title)) return 'too short';
  // A marked-up or labelled name is the name, however long; a line of text that long is a paragraph.
  if (title.length > 300 && !['marked up', 'labelled value'].includes(source)) return 'a paragraph, not a name';
  if (
    /:$/.test(title) ||
    /^(?:course|activity|program|certificate|credential|provider|approval)\s*(?:number|code|no\.?|id|#)\b/i.test(title)
  )
    return 'a label';
  if (CHROME.test(title)) return "the page's chrome";
  if (GREETING.test(title)) return 'a greeting';
  // "NetCE Certificate of Completion": the site's name beside its chrome names no course either.
  const withoutSite = withoutSiteName(title, ctx);
  if (withoutSite !== title && CHROME.test(withoutSite)) return "the page's chrome";
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
    // "Passed (score 9/10)": a status line's value is the outcome, not the course.
    if (/^(?:passed|failed|incomplete|in progress|not started)(?:\s*[(:,.–—-]|$)/i.test(title)) return 'a result';
    if (
      /^(?:approved|accredited|this (?:course|program|activity)|credits?|passed on|completed on|completion date|provider|approval)\b/i.test(
        title,
      )
    )
      return 'a statement, not a name';
    if (bodyFromName(title.replace(/\s*\([A-Z]{2,6}\)$/, ''))) return 'a certifying body';
    if (columnHeadings().has(title.toLowerCase())) return "a table's column heading";
    const chrome = lineChrome(title);
    if (chrome) return chrome;
  }
  if (/^(?:course\s+)?(?:number|no\.?|#|code|id)\s*:?\s*[\w-]*\d[\w-]*,?$/i.test(title)) return 'a course number';
  const folded = title.toLowerCase();
  const sites = [ctx.siteName, metaContent(ctx.doc, 'og:site_name')].filter(Boolean).map((n) => n.toLowerCase());
  const host = hostName(ctx.url);
  if (
    sites.some((site) => folded === site) ||
    (host.length >= 4 && folded.replace(/[^\p{L}\d]/gu, '') === host) ||
    /^[\w.-]+\.(?:com|org|net|edu)$/i.test(title)
  )
    return "the site's name";
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
  let headings: Set<string> | undefined;
  const names = { learners: learnerNames(root, ctx.text), columnHeadings: () => (headings ??= columnHeadings(root)) };
  for (const candidate of candidates(ctx, root)) {
    const title = cleanTitle(candidate.title, ctx.siteName);
    if (!title) continue;
    const why = refusal(title, candidate.source, ctx, names);
    const unlabelled = why === 'a label before the name' ? title.slice(labelBefore(title).length) : '';
    if (unlabelled && !refusal(unlabelled, 'label beside its value', ctx, names)) {
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
