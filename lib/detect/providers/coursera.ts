import { captured, platformProvider, textBefore } from '../credential-page';
import { firstText, metaContent } from '../text';
import { emphasisAfter, socialTitle } from '../title';

/**
 * Coursera course, Specialization and Professional Certificate pages: /verify/{code},
 * /account/accomplishments/... and /share/{32 hex}. "38 hours (approximately)" is the course's length, not a credit:
 * a Coursera certificate states no CE body, so it has none unless the certificate itself names one.
 */
/**
 * A university or company as its name is formed: "University of Minnesota", "Duke University", "Rutgers the State
 * University of New Jersey", "Imperial College London" (a place of two words when its first says so: "New Jersey").
 */
const INSTITUTION = new RegExp(
  String.raw`^(?:the\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+){0,4}(?:the\s+)?(?:State\s+)?(?:University|College|Institute|School)(?:\s+of\s+(?:Technology\s+)?(?:(?:New|North|South|West|East|San|Santa|Los|Hong|Rhode|Saint|St\.)\s+)?\p{Lu}[\p{L}-]+|\s+London)?\s+(?=\p{Lu})`,
  'u',
);

/**
 * "… completion of University of Minnesota Software Development Lifecycle Specialization": a Specialization's or
 * Professional Certificate's statement names its partner first. The partner goes: as the page names it elsewhere
 * ("Specialization by …", "offered by …", "Taught by …", og:description's "Meta's"), else as such names are formed.
 */
function withoutPartner(doc: Document, text: string, name: string): string {
  if (!/\b(?:Specialization|Professional Certificate)$/.test(name)) return name;
  const partners = [
    ...text.matchAll(
      /\b(?:specialization|certificate|course) by\s+([^\n]{2,80}?)\s*$|\b(?:offered|taught) by\s*:?\s+([^\n,]{2,80}?)\s*$/gim,
    ),
  ].map((m) => m[1] ?? m[2]);
  const possessive = /completion of\s+(.{2,80}?)['’]s\s+["“]/.exec(metaContent(doc, 'og:description'));
  if (possessive) partners.push(possessive[1]);
  const rest = (prefix: string) => name.slice(prefix.length).trim();
  const named = partners.find((partner) => name.startsWith(`${partner} `) && rest(partner).split(/\s+/).length >= 2);
  if (named) return rest(named);
  const formed = INSTITUTION.exec(name)?.[0];
  return formed && rest(formed).split(/\s+/).length >= 2 ? rest(formed) : name;
}

export const coursera = platformProvider(
  {
    id: 'coursera',
    name: 'Coursera',
    // /learn/* too: a course page navigates to its certificate without a page load.
    // Owners publish links on the bare host too (coursera.org/verify/…).
    matches: ['www.coursera.org', 'coursera.org'].flatMap((host) =>
      ['learn', 'verify', 'account/accomplishments', 'share'].map((path) => `https://${host}/${path}/*`),
    ),
    // The share links owners publish (/share/{32 hex}) show the same accomplishment.
    path: /^(?:www\.)?coursera\.org\/(?:(?:verify\/(?:specialization\/|professional-cert\/)?|account\/accomplishments\/(?:verify|certificate|specialization\/certificate|specialization|professional-cert)\/)[A-Z0-9]{6,20}|share\/[0-9a-f]{32})\/?$/i,
  },
  {
    // "Completed by" a person (a name), not "Completed by 1,200,000 learners" on a course page.
    completion: /\bcompleted by\s+\p{Lu}|certifies (?:their|his|her) successful completion of/iu,
    notCompletion: /invalid (?:verification|certificate)|\bin progress\b|\d{1,3}\s?% complete/i,
    // The name marked up in the statement, else og:title ("Completion Certificate for …"), else the statement's
    // words: a Specialization's statement puts its partner first ("… completion of University of Michigan …").
    // A Specialization's title is its name: the word "Specialization" after it is the kind of program.
    title: (doc, text) =>
      (
        emphasisAfter(doc, /certifies (?:their|his|her) successful completion of/i) ||
        firstText(doc, ['h2.course-name', 'a.product-link']) ||
        socialTitle(metaContent(doc, 'og:title')).replace(/(Specialization) Certificate$/i, '$1') ||
        withoutPartner(
          doc,
          text,
          captured(text, /certifies (?:their|his|her) successful completion of\s+(?:the\s+)?(.+?)\.?$/im),
        )
      ).replace(/(?<=\S)\s+Specialization$/, ''),
    // Below the certificate: the course's own description, which may advertise credits for the whole program.
    certificatePart: (text) =>
      textBefore(
        text,
        /^(?:what you(?:['’]ll| will) learn|skills you(?:['’]ll| will) gain|about (?:this|the) (?:course|specialization|professional certificate))/im,
      ),
  },
);
