import type { ActivityDraft } from './schema';

/** Lower-case, accents and punctuation folded, single spaces: "Core  Training – Level 1!" -> "core training level 1". */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The same completion saved twice has the same key: provider (or organizer) + course code or title + date. */
export function dedupKey(draft: Pick<ActivityDraft, 'provider' | 'organizer' | 'courseCode' | 'title' | 'completedOn'>): string {
  const source = draft.provider ?? (draft.organizer ? normalizeTitle(draft.organizer) : '');
  const what = draft.courseCode ? `code:${draft.courseCode.trim().toUpperCase()}` : `title:${normalizeTitle(draft.title)}`;
  return `${source}|${what}|${draft.completedOn}`;
}
