/**
 * Whether an activity is a CPR/AED course (CPR, AED, BLS, First Aid), from its title: bodies ask for a current
 * card at renewal and some count the course (NASM 0.1 CEU, AFAA 2, AEA 3). The title only, not the page: every
 * renewal page says "current CPR/AED required", and that is no course. Acronyms count as words only ("CPRA" is
 * not CPR); first aid for the mind is not this first aid; "AED 500" is money and "BLS data" are statistics.
 */
const MARKERS = [
  /\bCPR\b/i,
  /\bAEDs?\b(?!\s?[\d.,])/,
  /\bBLS\b(?!\s+(?:data|statistics|survey|report))/,
  /\bbasic life support\b/i,
  /\bcardiopulmonary resuscitation\b/i,
  /\bheartsaver\b/i,
  /\bfirst[\s-]aid\b/i,
];

/** First aid that is not the first aid of a CPR/AED card. */
const NOT_THIS_FIRST_AID = /\b(?:mental health|psychological|emotional|digital|data)\s+first[\s-]aid\b/i;

export function isCprAedCourse(title: string | null | undefined): boolean {
  if (!title) return false;
  const text = title.replace(NOT_THIS_FIRST_AID, ' ');
  if (/bureau of labor statistics/i.test(text)) return false;
  return MARKERS.some((marker) => marker.test(text));
}
