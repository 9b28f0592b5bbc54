import { completionProvider } from '../completion';

/** MedBridge course certificates and course-complete pages: contact hours, CEUs and the boards that approve them. */
export const medbridge = completionProvider('medbridge', 'medbridgeeducation.com');
