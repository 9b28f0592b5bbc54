import { detectCompletion } from '../completion';
import { metaContent } from '../text';
import type { Provider } from '../types';

/** ACE course certificates and passed final quizzes on acefitness.org. ACE names its credits CECs (0.1 CEC = 1 hour). */
export const ace: Provider = {
  id: 'ace',
  name: 'American Council on Exercise',
  matches: ['https://acefitness.org/*', 'https://*.acefitness.org/*'],
  detect(doc, url) {
    // A page that does not name ACE as its own site is another site's certificate, whatever credits it states.
    if (!/\bACE\b|acefitness|American Council on Exercise/i.test(`${doc.title} ${metaContent(doc, 'og:site_name')}`)) return null;
    return detectCompletion(doc, url, {
      siteName: 'ACE',
      siteBody: 'ace',
      requireCredits: true,
      // ACE course numbers: CEP/CP/CA/CS/CL and 5-6 digits, e.g. CEP251107.
      codePattern: /\b(?:CEP|CP|CA|CS|CL)\d{5,6}\b/,
      completion: /quiz passed|passed the (final )?quiz/i,
    });
  },
};
