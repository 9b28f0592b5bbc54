import type { ActivityDraft } from '../lib/model/schema';

/**
 * Says plainly that the page's title did not fit and only its start was kept, so that the user can
 * correct it. `fix` says where (the popup points to the log, the log's form to its title field).
 */
export function ShortenedNote({
  activity,
  fix,
}: {
  activity: Pick<Partial<ActivityDraft>, 'title' | 'shortened'> | undefined;
  fix: string;
}) {
  const length = activity?.shortened?.title;
  if (!length) return null;
  return (
    <p className="notice shortened-note" role="note">
      The page’s title was {length.toLocaleString('en-US')} characters long; it was shortened to{' '}
      {activity.title?.length ?? 0}. {fix}
    </p>
  );
}
