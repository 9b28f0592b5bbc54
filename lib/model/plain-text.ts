/**
 * C0 and C1 control characters (whitespace aside: cleanText makes it a space) and the bidi embeddings,
 * overrides and isolates, which make text display as something it is not ("\u202Efdp.exe" shows as
 * "exe.pdf"). Right-to-left text needs none of them; its marks (U+200E, U+200F) and emoji joiners stay.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function removeControls(text: string): string {
  return text.replace(CONTROLS, '');
}
