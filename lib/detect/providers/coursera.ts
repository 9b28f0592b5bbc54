import { captured, platformProvider, textBefore } from '../credential-page';
import { firstText, metaContent } from '../text';
import { emphasisAfter, socialTitle } from '../title';

/**
 * Coursera course, Specialization and Professional Certificate pages: /verify/{code},
 * /account/accomplishments/... and /share/{32 hex}. "38 hours (approximately)" is the course's length, not a credit:
 * a Coursera certificate states no CE body, so it has none unless the certificate itself names one.
 */
export const coursera = platformProvider(
  {
    id: 'coursera',
    name: 'Coursera',
    // /learn/* too: a course page navigates to its certificate without a page load.
    matches: [
      'https://www.coursera.org/learn/*',
      'https://www.coursera.org/verify/*',
      'https://www.coursera.org/account/accomplishments/*',
      'https://www.coursera.org/share/*',
    ],
    // The share links owners publish (/share/{32 hex}) show the same accomplishment.
    path: /^www\.coursera\.org\/(?:(?:verify\/(?:specialization\/|professional-cert\/)?|account\/accomplishments\/(?:verify|certificate|specialization\/certificate|specialization|professional-cert)\/)[A-Z0-9]{6,20}|share\/[0-9a-f]{32})\/?$/i,
  },
  {
    // "Completed by" a person (a name), not "Completed by 1,200,000 learners" on a course page.
    completion: /\bcompleted by\s+\p{Lu}|certifies (?:their|his|her) successful completion of/iu,
    notCompletion: /invalid (?:verification|certificate)|\bin progress\b|\d{1,3}\s?% complete/i,
    // The name marked up in the statement, else og:title ("Completion Certificate for …"), else the statement's
    // words: a Specialization's statement puts its partner first ("… completion of University of Michigan …").
    title: (doc, text) =>
      emphasisAfter(doc, /certifies (?:their|his|her) successful completion of/i) ||
      firstText(doc, ['h2.course-name', 'a.product-link']) ||
      socialTitle(metaContent(doc, 'og:title')).replace(/(Specialization) Certificate$/i, '$1') ||
      captured(text, /certifies (?:their|his|her) successful completion of\s+(?:the\s+)?(.+?)\.?$/im),
    // Below the certificate: the course's own description, which may advertise credits for the whole program.
    certificatePart: (text) =>
      textBefore(
        text,
        /^(?:what you(?:['’]ll| will) learn|skills you(?:['’]ll| will) gain|about (?:this|the) (?:course|specialization|professional certificate))/im,
      ),
  },
);
