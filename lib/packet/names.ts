/**
 * File names inside a renewal packet, and the packet's own: portable to every file system a reviewer may
 * unzip it on (Windows, macOS, Linux, a phone), unique, and still readable as the course they prove.
 */

/** Characters Windows refuses in a name that separate words ('/' and '\\' everywhere): they become dashes. */
const SEPARATORS = /\s*[:|]\s+|\s+[:|]\s*|[/\\:|]/g;
/** The others Windows refuses (quotes, brackets, wildcards) and control characters: they go. */
const UNSAFE = /["<>?*]/g;
const CONTROLS = /\p{Cc}/gu;
/** Emoji and the joiners and selectors that build them: many file systems and zip tools mangle them. */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u200d|\ufe0e|\ufe0f|\u20e3/gu;
/** Names Windows keeps for devices, whatever the extension ("CON.pdf" cannot be created). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** The longest part of a name, in characters: the whole name stays far below 255 bytes, and a path in a folder below Windows' 260. */
export const MAX_PART = 80;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Cuts text to at most `max` characters without splitting one (an accented letter, a flag). */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const { segment } of graphemes.segment(text)) {
    if (out.length + segment.length > max - 1) break;
    out += segment;
  }
  return `${out.trimEnd()}…`;
}

/**
 * One part of a file name: separators Windows refuses (/ \\ : |) become dashes, its other refused characters and emoji go, spaces run together, no dot or space at
 * either end (Windows drops them, and a leading dot hides the file), no device name, at most `max` characters.
 */
export function safeNamePart(text: string, max = MAX_PART): string {
  const cleaned = text
    .normalize('NFC')
    .replace(EMOJI, '')
    .replace(CONTROLS, ' ')
    .replace(SEPARATORS, (match) => (match.trim() === match ? '-' : ' - '))
    .replace(UNSAFE, '')
    .replace(/\s+/g, ' ')
    .replace(/-{2,}/g, '-')
    .replace(/^[\s.-]+|[\s.]+$/g, '');
  const part = cut(cleaned, max).replace(/[\s.]+$/, '');
  return RESERVED.test(part) ? `${part}-` : part;
}

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
};

/** The extension of a stored certificate's type (sniffed on the way in, lib/store/certificate-files.ts). */
export function extensionOf(type: string): string {
  return EXTENSIONS[type] ?? 'bin';
}

export interface CertificateNaming {
  completedOn: string;
  title: string;
  /** The provider's name or the organizer's, if known. */
  provider?: string;
}

/**
 * `YYYY-MM-DD_<title>_<provider>` for each certificate, without its extension, in the order given, each
 * unique whatever the case (Windows and macOS fold it): a second "Same title" gets " (2)".
 */
export function certificateStems(entries: readonly CertificateNaming[]): string[] {
  const taken = new Set<string>();
  return entries.map(({ completedOn, title, provider }) => {
    const parts = [completedOn, safeNamePart(title) || 'Untitled', provider ? safeNamePart(provider, 40) : ''];
    const base = parts.filter(Boolean).join('_');
    let stem = base;
    for (let n = 2; taken.has(stem.toLowerCase()); n++) stem = `${base} (${n})`;
    taken.add(stem.toLowerCase());
    return stem;
  });
}

/** `ce-tally-<certification>-<cycle end>.zip` (docs/contracts.md). */
export function packetFileName(certificationName: string, cycleEnd: string): string {
  const name = safeNamePart(certificationName, 60).replace(/ /g, '-') || 'certification';
  return `ce-tally-${name}-${cycleEnd}.zip`;
}
