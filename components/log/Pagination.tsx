import { PAGE_SIZE } from './use-log-rows';

/** Previous and next screen of the log, with where this one stands; nothing when everything fits on one. */
export function Pagination({
  page,
  pageCount,
  shownCount,
  onPage,
}: {
  page: number;
  pageCount: number;
  shownCount: number;
  onPage: (page: number) => void;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        Previous page
      </button>
      <span>
        Page {page + 1} of {pageCount} (activities {page * PAGE_SIZE + 1}–{Math.min(shownCount, (page + 1) * PAGE_SIZE)}
        )
      </span>
      <button type="button" disabled={page === pageCount - 1} onClick={() => onPage(page + 1)}>
        Next page
      </button>
    </nav>
  );
}
