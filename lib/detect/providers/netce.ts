import { ceSiteProvider } from '../completion';

/** NetCE certificates and passed tests on netce.com: ANCC contact hours and a five-digit course number. */
export const netce = ceSiteProvider(
  { id: 'netce', name: 'NetCE', hosts: ['netce.com'] },
  {
    // "Course #94143", "Course Number: 98244".
    codePattern: /(?<=\bcourse\s*(?:#|number)\s*:?\s*)\d{5}\b/i,
  },
);
