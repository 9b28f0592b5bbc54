/**
 * A course code as certificates print it under a label: "Course ID: AF-30291", "Program ID SEM071245",
 * a "Course number" cell beside "MB-4821", "Course #97210". A code holds a digit, so a word after the
 * label ("Course ID Nutrition") is none.
 */
export const LABELLED_CODE =
  /\b(?:course|activity|program)\s*(?:code|number|no\.?|#|id)\s*[:.]?\s*((?=[A-Z-]*\d)[A-Z0-9][A-Z0-9-]{2,24})\b/i;

export function labelledCode(text: string): string | null {
  return LABELLED_CODE.exec(text)?.[1]?.toUpperCase() ?? null;
}
