/** Reading a page's text the way a person sees it: no scripts, no hidden parts, blocks on their own lines. */

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'SELECT', 'HEAD']);
/** The site's chrome: the same on every page, so it says nothing about this one. */
const CHROME = new Set(['NAV', 'ASIDE']);
/** A header or footer is chrome at the page's level, but a section's own heading inside content. */
const PAGE_LEVEL = new Set(['HEADER', 'FOOTER']);
/** Blocks that sell other courses ("Recommended for you") say nothing about this page. */
const PROMOTION = /recommend|upsell|cross-?sell/i;
const CHROME_ROLES = new Set(['banner', 'navigation', 'contentinfo', 'complementary', 'dialog', 'alertdialog']);
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'EM', 'I', 'KBD', 'LABEL', 'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'FONT']);

/**
 * Caps work on huge pages: detection reads at most this much of the content's text. A certificate or a
 * passed quiz says what it is within its first few thousand characters; a page whose content runs far
 * longer is a transcript or a listing. 20,000 characters keep detection near 4 ms on a 1 MB page.
 */
export const MAX_TEXT = 20_000;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

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
        const value = child.nodeValue ?? '';
        parts.push(value);
        length += value.length;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        if (SKIPPED.has(tag) || CHROME.has(tag) || isHidden(el) || PROMOTION.test(el.getAttribute('class') ?? '')) continue;
        if (PAGE_LEVEL.has(tag) && !el.parentElement?.closest('main, article, section, [role="main"]')) continue;
        const role = el.getAttribute('role');
        if (role && CHROME_ROLES.has(role)) continue;
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

/** Single spaces within a line, no empty lines. */
export function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0\u200b]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

export function cleanText(value: string | null | undefined): string {
  return (value ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
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
      const text = cleanText(el.textContent);
      if (text) return text;
    }
  }
  return '';
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
