import { ceSiteProvider } from '../completion';

/** Passed NSCA CEU quizzes and course certificates on nsca.com. NSCA names its credits CEUs (0.1 CEU = 1 hour). */
export const nsca = ceSiteProvider({ id: 'nsca', name: 'NSCA', hosts: ['nsca.com'] }, { siteBody: 'nsca' });
