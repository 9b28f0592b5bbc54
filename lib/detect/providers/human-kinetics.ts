import { completionProvider } from '../completion';

/**
 * Human Kinetics online CE course certificates and passed exams (humankinetics.com and its CE subdomain).
 * Not a certifying body: several bodies approve one course, each credit is the body's own.
 */
export const humanKinetics = completionProvider('human-kinetics', 'humankinetics.com');
