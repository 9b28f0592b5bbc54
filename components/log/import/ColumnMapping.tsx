import { useState } from 'react';
import { COLUMN_ROLES, ROLE_LABELS, type ColumnRole, type Sheet } from '../../../lib/import/spreadsheet';

const PREVIEW_ROWS = 5;

/** The mapping step of a spreadsheet: a role per column, with the first rows as they will be read. */
export function ColumnMapping({
  fileName,
  sheet,
  initial,
  onConfirm,
  onSkip,
}: {
  fileName: string;
  sheet: Sheet;
  initial: ColumnRole[];
  onConfirm: (mapping: ColumnRole[]) => void;
  onSkip: () => void;
}) {
  const [mapping, setMapping] = useState(initial);
  const hasDate = mapping.includes('completedOn');
  return (
    <section className="column-mapping" aria-label={`Columns of ${fileName}`}>
      <h3>Columns of “{fileName}”</h3>
      <p className="muted">
        Say what each column holds ({sheet.rows.length} rows). CE Tally remembers this for the next file with these
        columns.
      </p>
      <div className="mapping-scroll">
        <table>
          <thead>
            <tr>
              {sheet.header.map((name, i) => (
                <th key={i} scope="col">
                  <label>
                    {name || `Column ${i + 1}`}
                    <select
                      aria-label={`Column “${name || i + 1}”`}
                      value={mapping[i]}
                      onChange={(e) =>
                        setMapping((m) => m.map((role, j) => (j === i ? (e.target.value as ColumnRole) : role)))
                      }
                    >
                      {COLUMN_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {ROLE_LABELS[role]}
                        </option>
                      ))}
                    </select>
                  </label>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sheet.rows.slice(0, PREVIEW_ROWS).map((row, r) => (
              <tr key={r}>
                {sheet.header.map((_, i) => (
                  <td key={i}>{row[i]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!hasDate && <p className="notice error">Choose the column that holds the completion date.</p>}
      <button type="button" disabled={!hasDate} onClick={() => onConfirm(mapping)}>
        Read these rows
      </button>{' '}
      <button type="button" onClick={onSkip}>
        Skip this file
      </button>
    </section>
  );
}
