import { completionProvider } from '../completion';

/** AEA workshop certificates (of attendance) and passed online-course exams on aeawave.com. AEA names its credits CECs. */
export const aea = completionProvider('aea', 'Aquatic Exercise Association', 'aeawave.com', {
  siteName: 'AEA',
  siteBody: 'aea',
  requireCredits: true,
});
