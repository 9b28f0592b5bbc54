import { ceSiteProvider } from '../completion';

/**
 * MedBridge course certificates and course-complete pages: contact hours, CEUs and the boards that approve them.
 * Its current pages are on www.medbridge.com; older links and accounts on medbridgeeducation.com.
 */
export const medbridge = ceSiteProvider({
  id: 'medbridge',
  name: 'MedBridge',
  hosts: ['medbridge.com', 'medbridgeeducation.com'],
});
