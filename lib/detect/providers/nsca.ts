import { completionProvider } from '../completion';

/** Passed NSCA CEU quizzes and course certificates on nsca.com. NSCA names its credits CEUs (0.1 CEU = 1 hour). */
export const nsca = completionProvider('nsca', 'nsca.com', { siteBody: 'nsca' });
