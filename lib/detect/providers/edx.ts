import { captured, detectCredentialPage } from '../credential-page';
import { firstText } from '../text';
import type { Provider } from '../types';

/**
 * edX course certificates (courses.edx.org/certificates/{id}) and program certificates
 * (credentials.edx.org/credentials/{id}/): "successfully completed and received a passing grade in
 * {number}: {course}", "Issued {date}". The course number (CS50x) is the course code.
 */
export const edx: Provider = {
  id: 'edx',
  name: 'edX',
  matches: ['https://courses.edx.org/certificates/*', 'https://credentials.edx.org/credentials/*'],
  detect(doc, url) {
    return detectCredentialPage(doc, url, {
      siteName: 'edX',
      path: /^(?:courses\.edx\.org\/certificates|credentials\.edx\.org\/credentials)\/[0-9a-f]{32}\/?$/i,
      completion: /successfully completed (?:and received a passing grade in|all courses and received passing grades for)/i,
      notCompletion: /not (?:yet )?(?:available|issued|eligible)|resume course/i,
      title: (doc, text) =>
        firstText(doc, ['.accomplishment-course-name', '.program-title']) ||
        captured(text, /received (?:a )?passing grades? (?:in|for an? .+? in)\s+(?:[\w.]+x:\s+)?(.+?)\.?$/im),
      courseCode: (doc) => firstText(doc, ['.accomplishment-course-number']),
    });
  },
};
