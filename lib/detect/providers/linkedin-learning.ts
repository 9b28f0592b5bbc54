import { captured, platformProvider } from '../credential-page';
import { firstText } from '../text';

/**
 * LinkedIn Learning certificates at /learning/certificates/{64 hex}. The app renders them by script. Some
 * courses state accredited credits on the certificate ("PMI PDUs: 1.50", "NASBA CPE credits: 1.8"); the
 * course length ("2 hours 41 minutes") is not one. Only /learning/* is matched, never the rest of LinkedIn.
 */
export const linkedinLearning = platformProvider(
  {
    id: 'linkedin-learning',
    name: 'LinkedIn Learning',
    matches: ['https://www.linkedin.com/learning/*'],
    // Shared links carry ?lipi=… or ?trk=…: the path alone is the certificate's.
    path: /^www\.linkedin\.com\/learning\/certificates\/[0-9a-f]{64}\/?$/i,
  },
  {
    completion: /^(?:course )?completed on\b/im,
    notCompletion: /learning history/i,
    listedBy: /^(?:course )?completed on\b/,
    title: (doc, text) =>
      firstText(doc, ['[data-test-certificate-course-title]', '.certificate__course-title']) ||
      // The course's name is the line above "Course completed on …".
      captured(text, /^(.+)\n(?:course )?completed on\b/im),
  },
);
