import { completionProvider } from '../completion';

/** AFAA certificates and course-complete pages on afaa.com; AFAA courses often list NASM CEUs beside AFAA's own. */
export const afaa = completionProvider('afaa', 'afaa.com', { siteBody: 'afaa' });
