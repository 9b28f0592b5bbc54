/** The paper sizes summary.pdf is laid out for. Apart from pdf.ts so the page can choose one without loading pdf-lib. */
export type Paper = 'a4' | 'letter';

/** The Letter countries (the US, Canada, Mexico and a few in the Americas, the Philippines); A4 everywhere else. */
const LETTER_REGIONS = /-(US|CA|MX|PH|CL|CO|VE|GT|CR|PA|DO|PR|SV|NI)\b/i;

/** The paper a locale's printers hold, from a BCP 47 tag such as navigator.language. */
export function paperFor(locale: string): Paper {
  return LETTER_REGIONS.test(locale) ? 'letter' : 'a4';
}
