import { completionProvider } from '../completion';

/** NASM account certificates and course-complete pages on nasm.org. NASM names its credits CEUs (0.1 CEU = 1 hour). */
export const nasm = completionProvider('nasm', 'nasm.org', { siteBody: 'nasm' });
