import { ceSiteProvider } from '../completion';

/**
 * Human Kinetics online CE course certificates and passed exams (humankinetics.com and its
 * subdomains: the US store is us.humankinetics.com).
 * Not a certifying body: several bodies approve one course, each credit is the body's own.
 */
export const humanKinetics = ceSiteProvider({
  id: 'human-kinetics',
  name: 'Human Kinetics',
  hosts: ['humankinetics.com'],
});
