import { completionProvider } from '../completion';

/** AEA workshop certificates (of attendance) and passed online-course exams on aeawave.com. AEA names its credits CECs. */
export const aea = completionProvider('aea', 'aeawave.com', { siteBody: 'aea' });
