import type { Activity, ActivityDraft } from './schema';

/** Lower-case, accents and punctuation folded, single spaces: "Core  Training – Level 1!" -> "core training level 1". */
export function foldText(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The same completion saved twice has the same key: provider (or organizer) + course code or title + date. */
export function dedupKey(
  draft: Pick<ActivityDraft, 'provider' | 'organizer' | 'courseCode' | 'title' | 'completedOn'>,
): string {
  const source = draft.provider ?? (draft.organizer ? foldText(draft.organizer) : '');
  const what = draft.courseCode ? `code:${draft.courseCode.trim().toUpperCase()}` : `title:${foldText(draft.title)}`;
  return `${source}|${what}|${draft.completedOn}`;
}

/** Activities already in the log that look like the draft: the same dedup key, or the same title on the same day. */
export function possibleDuplicates(
  draft: Pick<ActivityDraft, 'provider' | 'organizer' | 'courseCode' | 'title' | 'completedOn'>,
  candidates: readonly Activity[],
  exceptId?: string,
): Activity[] {
  const key = dedupKey(draft);
  const title = foldText(draft.title);
  return candidates.filter(
    (a) =>
      a.id !== exceptId && (a.dedupKey === key || (a.completedOn === draft.completedOn && foldText(a.title) === title)),
  );
}
