import { removeControls } from '../model/plain-text';
/** Reading a page's text the way a person sees it: no scripts, no hidden parts, blocks on their own lines. */

/**
 * Elements whose text is not the page's own: code, embedded and form widgets, the head, and the site's
 * chrome (navigation and asides, the same on every page, so they say nothing about this one).
 */
const SKIPPED = new Set('SCRIPT STYLE NOSCRIPT TEMPLATE SVG CANVAS IFRAME OBJECT SELECT HEAD NAV ASIDE'.split(' '));
/** A header or footer is chrome at the page's level, but a section's own heading inside content. */
const PAGE_LEVEL = new Set(['HEADER', 'FOOTER']);
/** Blocks that sell other courses ("Recommended for you") or ask about cookies say nothing about this page. */
const PROMOTION = /recommend|upsell|cross-?sell|cookie|consent|gdpr/i;
/** A cookie banner known by its id or name ("onetrust-banner-sdk", aria-label "Cookie banner"). */
const COOKIES = /cookie|consent|onetrust|gdpr/i;
const CHROME_ROLES = new Set('banner navigation contentinfo complementary dialog alertdialog'.split(' '));
const INLINE = new Set(
  'A ABBR B BDI BDO CITE CODE DATA EM I KBD LABEL MARK Q S SMALL SPAN STRONG SUB SUP TIME U VAR WBR FONT'.split(' '),
);

/**
 * Caps work on huge pages: detection reads at most this much of the content's text. A certificate or a
 * passed quiz says what it is within its first few thousand characters; a page whose content runs far
 * longer is a transcript or a listing. The cap keeps detection on a 1 MB page fast (docs/performance.md).
 */
export const MAX_TEXT = 20_000;
/** A single text node counts for at most this much: one megabyte-long title must not hide the rest of the page. */
const MAX_NODE_TEXT = 2_000;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * Where a certificate page goes on with other things (courses to buy next, related reading): the certificate
 * is the text before it, and only that decides whether the page is a completion.
 */
export const OTHER_SECTION =
  /^(?:you (?:may|might) also (?:like|enjoy)|related (?:courses|products|content|programs)|recommended(?: for you| courses| next)?|more (?:courses|from|ce courses)|popular (?:courses|programs)|students also (?:bought|viewed)|keep learning|what to learn next|up next|explore (?:more|courses|other)|similar courses|frequently bought together|customers (?:also|who)|continue your (?:learning|education)|next steps?|shop (?:more|ce))\b/im;

/** Where the page's own content is: its main element, else the body. Searching there skips the site's chrome, and is fast on huge pages. */
export function contentRoot(doc: Document): Element | null {
  // getElementsByTagName first: a selector list would scan a huge navigation before reaching <main>.
  return doc.getElementsByTagName('main')[0] ?? doc.querySelector('[role="main"]') ?? doc.body;
}

/** The main content's text, without header, navigation, footer and asides. */
export function contentText(doc: Document): string {
  const root = contentRoot(doc);
  if (!root) return '';
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && length < MAX_TEXT; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = (child.nodeValue ?? '').slice(0, MAX_NODE_TEXT);
        parts.push(value);
        length += value.length;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        if (
          SKIPPED.has(tag) ||
          isHidden(el) ||
          CHROME_ROLES.has(el.getAttribute('role') ?? '') ||
          PROMOTION.test(el.getAttribute('class') ?? '') ||
          COOKIES.test(el.id) ||
          COOKIES.test(el.getAttribute('aria-label') ?? '')
        )
          continue;
        if (PAGE_LEVEL.has(tag) && !el.parentElement?.closest('main, article, section, [role="main"]')) continue;
        const block = !INLINE.has(tag);
        if (block) parts.push('\n');
        if (tag === 'BR') continue;
        // Form values (a read-only field showing a date) are text a person sees.
        if (tag === 'INPUT') parts.push(` ${(el as HTMLInputElement).value ?? ''} `);
        walk(el);
        if (block) parts.push('\n');
        else parts.push(' ');
      }
    }
  };
  walk(root);
  return tidyLines(parts.join(''));
}

/**
 * Whitespace and zero-width spaces that are not one plain space: each run becomes one space. A single
 * space is not matched at all, which keeps this ten times faster on a megabyte of text.
 */
const SPACES = /[\s\u200b]{2,}|[^\S ]|\u200b/g;

/** Single spaces within a line, no empty lines. */
export function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(SPACES, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * Text a page gives as one value (a title, a name), fit to show and store: mojibake repaired, control
 * characters removed, whitespace single.
 */
export function cleanText(value: string | null | undefined): string {
  return removeControls(repairMojibake(value ?? ''))
    .replace(SPACES, ' ')
    .trim();
}

/** What Windows-1252 shows for the bytes 0x80-0x9F; the five it leaves undefined show as the C1 control of that number. */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const CONTINUATION = `[${CP1252_80_9F}\u00a0-\u00bf]`;
/**
 * UTF-8 read as Windows-1252 ("individualâ€™s"). Only the sequences common on the web, so that real Latin-1
 * text is left alone: Â or Ã and one byte (Latin-1 letters and signs), â€ or â„ and one byte (quotes, dashes,
 * ellipsis, ™), ðŸ and two bytes (emoji).
 */
const MOJIBAKE = new RegExp(
  `[\u00c2\u00c3]${CONTINUATION}|\u00e2[€„]${CONTINUATION}|\u00f0\u0178${CONTINUATION}{2}`,
  'g',
);
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function windows1252Byte(char: string): number {
  const code = char.charCodeAt(0);
  return code >= 0xa0 && code <= 0xff ? code : 0x80 + CP1252_80_9F.indexOf(char);
}

export function repairMojibake(text: string): string {
  return text.replace(MOJIBAKE, (sequence) => {
    try {
      const repaired = strictUtf8.decode(Uint8Array.from(sequence, windows1252Byte));
      // "Â" before a byte of 0x80-0x9F would decode to a control character: that was not mojibake.
      return /[\u0080-\u009f]/.test(repaired) ? sequence : repaired;
    } catch {
      return sequence;
    }
  });
}

/**
 * Text of at most `max` characters. A longer one is cut at a space in its second half (else mid-word, but
 * never between the two halves of an emoji) and ends in "…".
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  // Room for the ellipsis: a space right after the first max - 1 characters ends a whole word.
  const space = text.lastIndexOf(' ', max - 1);
  let cut = space >= max / 2 ? text.slice(0, space) : text.slice(0, max - 1);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.replace(/[\s,;:–—-]+$/, '')}…`;
}

const CODE_ELEMENTS = 'script, style, noscript, template';

/** What a person reads in an element, cleaned: its textContent includes the code of scripts and styles inside it. */
export function elementText(el: Element | null | undefined): string {
  if (!el) return '';
  if (!el.querySelector(CODE_ELEMENTS)) return cleanText(el.textContent);
  const copy = el.cloneNode(true) as Element;
  for (const code of copy.querySelectorAll(CODE_ELEMENTS)) code.remove();
  return cleanText(copy.textContent);
}

export function metaContent(doc: Document, key: string): string {
  // Meta tags live in the head: never search a whole megabyte body for them.
  const el = (doc.head ?? doc).querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return cleanText(el?.getAttribute('content'));
}

/** Text of the first element matching one of the selectors that has any text. */
export function firstText(root: ParentNode, selectors: readonly string[]): string {
  for (const selector of selectors) {
    for (const el of root.querySelectorAll(selector)) {
      const text = elementText(el);
      if (text) return text;
    }
  }
  return '';
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
