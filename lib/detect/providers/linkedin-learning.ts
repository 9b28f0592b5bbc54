import { captured, platformProvider } from '../credential-page';
import { firstText } from '../text';

/**
 * LinkedIn Learning certificates at /learning/certificates/{64 hex}. The app renders them by script. Some
 * courses state accredited credits on the certificate ("PMI PDUs: 1.50", "NASBA CPE credits: 1.8"); the
 * course length ("2 hours 41 minutes") is not one. Only /learning/* is matched, never the rest of LinkedIn.
 */
const COMPLETED_LINE =
  /^(?:(?:course|learning path) )?completed (?:on|by)\b|^(?:curso|ruta de aprendizaje|itinerario) completad[oa]\b|^cours termin[ée]|^kurs abgeschlossen|^curso conclu[íi]do/im;

export const linkedinLearning = platformProvider(
  {
    id: 'linkedin-learning',
    name: 'LinkedIn Learning',
    matches: ['https://www.linkedin.com/learning/*'],
    // Shared links carry ?lipi=… or ?trk=…: the path alone is the certificate's.
    path: /^www\.linkedin\.com\/learning\/certificates\/[0-9a-f]{64}\/?$/i,
  },
  {
    // In the learner's language: "Course completed on …", "Learning Path completed by …", "Curso completado el …".
    completion: COMPLETED_LINE,
    notCompletion: /learning history|historial de aprendizaje/i,
    listedBy: COMPLETED_LINE,
    title: (doc, text) =>
      firstText(doc, [
        '.base-search-card__title',
        '[data-test-certificate-course-title]',
        '.certificate__course-title',
      ]) ||
      // The course's name is the line above "Course completed on …".
      captured(text, new RegExp(`^(.+)\\n(?:${COMPLETED_LINE.source.slice(1)})`, 'im')),
  },
);
