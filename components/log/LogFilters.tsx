import { useId } from 'react';
import type { DateOrder } from '../../lib/store/activities';
import { BODIES, BODY_IDS } from '../../lib/model/bodies';
import { cycleStart } from '../../lib/tally/renewal';
import { formatDateRange } from '../../lib/model/format';
import { isFiltered, NO_FILTER, type LogFilter } from '../../lib/tally/log-filter';
import type { Certification } from '../../lib/model/schema';

interface LogFiltersProps {
  filter: LogFilter;
  onFilter: (filter: LogFilter) => void;
  order: DateOrder;
  onOrder: (order: DateOrder) => void;
  certifications: Certification[];
}

/** Search, date range, kind, body, certification and order. */
export function LogFilters({ filter, onFilter, order, onOrder, certifications }: LogFiltersProps) {
  const id = useId();
  const set = <K extends keyof LogFilter>(key: K, value: LogFilter[K]) => onFilter({ ...filter, [key]: value });
  return (
    <div role="search" className="log-filters" aria-label="Filter the log">
      <div className="field search-field">
        <label htmlFor={`${id}-text`}>Search</label>
        <input
          id={`${id}-text`}
          type="search"
          placeholder="Title, provider, course code, notes…"
          value={filter.text}
          onChange={(e) => set('text', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>From</label>
        <input id={`${id}-from`} type="date" value={filter.from} onChange={(e) => set('from', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>To</label>
        <input id={`${id}-to`} type="date" value={filter.to} onChange={(e) => set('to', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`}
          value={filter.kind}
          onChange={(e) => set('kind', e.target.value as LogFilter['kind'])}
        >
          <option value="">CECs and CEUs</option>
          <option value="CEC">CECs (accredited)</option>
          <option value="CEU">CEUs (participation)</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-body`}>Body</label>
        <select
          id={`${id}-body`}
          value={filter.body}
          onChange={(e) => set('body', e.target.value as LogFilter['body'])}
        >
          <option value="">All bodies</option>
          {BODY_IDS.map((b) => (
            <option key={b} value={b}>
              {BODIES[b].label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-certification`}>Certification</label>
        <select
          id={`${id}-certification`}
          value={filter.certificationId}
          disabled={certifications.length === 0}
          onChange={(e) => set('certificationId', e.target.value)}
        >
          <option value="">{certifications.length === 0 ? 'No certifications yet' : 'All'}</option>
          {certifications.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} (cycle {formatDateRange(cycleStart(c.cycleEnd, c.cycleMonths), c.cycleEnd)})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-order`}>Order</label>
        <select id={`${id}-order`} value={order} onChange={(e) => onOrder(e.target.value as DateOrder)}>
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
        </select>
      </div>
      {isFiltered(filter) && (
        <button type="button" className="clear-filters" onClick={() => onFilter(NO_FILTER)}>
          Clear filters
        </button>
      )}
    </div>
  );
}
