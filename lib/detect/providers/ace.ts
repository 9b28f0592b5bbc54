import { ceSiteProvider } from '../completion';

/** ACE course certificates and passed final quizzes on acefitness.org. ACE names its credits CECs (0.1 CEC = 1 hour). */
export const ace = ceSiteProvider(
  { id: 'ace', name: 'ACE', hosts: ['acefitness.org'] },
  {
    siteBody: 'ace',
    // ACE course numbers: CEP/CP/CA/CS/CL and 5-6 digits, e.g. CEP251107.
    codePattern: /\b(?:CEP|CP|CA|CS|CL)\d{5,6}\b/,
    completion: /quiz passed|passed the (final )?quiz/i,
  },
);
