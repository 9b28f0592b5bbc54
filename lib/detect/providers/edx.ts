import { captured, platformProvider } from '../credential-page';
import { firstText } from '../text';

/**
 * edX course certificates (courses.edx.org/certificates/{id}) and program certificates
 * (credentials.edx.org/credentials/{id}/): "successfully completed and received a passing grade in
 * {number}: {course}", "Issued {date}". The course number (CS50x) is the course code.
 */
export const edx = platformProvider(
  {
    id: 'edx',
    name: 'edX',
    matches: ['https://courses.edx.org/certificates/*', 'https://credentials.edx.org/credentials/*'],
    path: /^(?:courses\.edx\.org\/certificates|credentials\.edx\.org\/credentials)\/[0-9a-f]{32}\/?$/i,
  },
  {
    completion:
      /successfully completed (?:and received a passing grade in|all courses and received passing grades for|all courses in the XSeries Program)/i,
    notCompletion: /not (?:yet )?(?:available|issued|eligible)|resume course/i,
    title: (doc, text) =>
      firstText(doc, ['.accomplishment-course-name', '.accomplishment-program-name', '.program-title']) ||
      // XSeries: "… all courses in the XSeries Program {name} a series of 3 courses offered by …".
      captured(text, /all courses in the XSeries Program\s+(.+?)\s+a series of\b/i) ||
      captured(
        text,
        /received (?:a )?passing grades? (?:in|for an? .+? in)\s+(?:[\w.]+x:\s+)?(.+?)(?:,? (?:a (?:course of study|program|series)|offered by)\b.*)?\.?$/im,
      ),
    // The markup's number, else the statement's ("… a passing grade in “SKILLS105X: PUBLIC SPEAKING”"), else
    // the tab title Open edX writes ("RITx SKILLS105X Certificate | edX").
    courseCode: (doc, text) =>
      firstText(doc, ['.accomplishment-course-number']) ||
      captured(text, /passing grade in\s+["“]?(?:\S+\s+)?([A-Z0-9.]*\d[A-Z0-9.]*)\s*:/i) ||
      captured(doc.title, /^\S+\s+([A-Z0-9.]*\d[A-Z0-9.]*)\s+Certificate\b/i),
  },
);
