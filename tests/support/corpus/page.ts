import type { ProviderId } from '../../../lib/model/provider-ids';
import type { ExpectedCredit } from './credits';
import { esc } from './vocabulary';

/** What a person reads off the page: the ground truth a detection is scored against. */
export interface Truth {
  detected: boolean;
  provider: ProviderId;
  title?: string;
  /** Other names a person would accept as the title ("Healthcare Operations Specialization"). */
  titleAlso?: string[];
  completedOn?: string;
  courseCode?: string | null;
  credits?: ExpectedCredit[];
}

export interface GeneratedPage {
  seed: number;
  url: string;
  html: string;
  truth: Truth;
  /** The shape: completion or which near-miss, on which kind of site. */
  kind: string;
  /** The parts it was composed from ("layout:table", "title:emphasis", "date:day-month"), for reporting misses. */
  parts: string[];
  /** Completion pages: the text the page shows for the truth's date and course code, as written on it. */
  shows?: { date: string; code?: string };
}

/** The page around the content: head, site chrome and scripts. */
export interface Shell {
  lang?: string;
  title: string;
  meta?: Record<string, string>;
  canonical?: string;
  bodyClass?: string;
  /** Markup before the content (cookie banner, promo bar, header with navigation). */
  before: string;
  /** Markup after the content (footer, scripts). */
  after: string;
  /** false: the content is not wrapped in <main> (many sites have none). */
  main: boolean;
  /** Attributes of the <main> element. */
  mainAttributes?: string;
}

export function documentHtml(shell: Shell, content: string): string {
  const meta = Object.entries(shell.meta ?? {})
    .map(([key, value]) =>
      key.startsWith('og:')
        ? `<meta property="${key}" content="${esc(value)}">`
        : `<meta name="${key}" content="${esc(value)}">`,
    )
    .join('\n');
  const canonical = shell.canonical ? `<link rel="canonical" href="${esc(shell.canonical)}">` : '';
  const body = shell.main
    ? `<main ${shell.mainAttributes ?? 'id="main-content"'}>\n${content}\n</main>`
    : `<div id="page" class="page-wrapper">\n${content}\n</div>`;
  return `<!DOCTYPE html>
<html lang="${shell.lang ?? 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(shell.title)}</title>
${meta}
${canonical}
<link rel="icon" href="/favicon.ico">
<link rel="stylesheet" href="/assets/css/site.css">
</head>
<body${shell.bodyClass ? ` class="${shell.bodyClass}"` : ''}>
${shell.before}
${body}
${shell.after}
</body>
</html>
`;
}
