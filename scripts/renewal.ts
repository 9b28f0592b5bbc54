/**
 * The renewal CLI (a contract, see docs/contracts.md):
 *   npm run -s renewal -- FILE.csv --certification JSON --today YYYY-MM-DD
 * reads a CSV in the export's format and prints one JSON object: what the certification requires, what
 * was earned and counted, what is missing, per category, and CPR/AED, from the popup's counting. A bad file
 * or certification: one line on stderr, exit 2.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isOwnExport, ownExportMapping, parseSheet, sheetDrafts } from '../lib/import/spreadsheet';
import { activityDraftSchema } from '../lib/model/schema';
import { certificationFromArg, renewalReportFor } from '../lib/tally/renewal-report';

function fail(message: string): never {
  process.stderr.write(`renewal: ${message.replace(/\s+/g, ' ')}\n`);
  process.exit(2);
}

let file: string | undefined;
let certificationJson: string | undefined;
let today: string | undefined;
try {
  const { values, positionals } = parseArgs({
    options: { certification: { type: 'string' }, today: { type: 'string' } },
    allowPositionals: true,
  });
  [file] = positionals;
  certificationJson = values.certification;
  today = values.today;
} catch (error) {
  fail((error as Error).message);
}
if (!file) fail('usage: renewal FILE.csv --certification JSON --today YYYY-MM-DD');
if (!certificationJson) fail('--certification JSON is required');
if (!today || !/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today)))
  fail('--today YYYY-MM-DD is required');

let certification;
try {
  certification = certificationFromArg(certificationJson);
} catch (error) {
  fail((error as Error).message);
}

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
}
let activities;
try {
  const sheet = parseSheet(text);
  if (!isOwnExport(sheet.header)) throw new Error('is not a CE Tally CSV export (its header is not the contract’s)');
  const { drafts, badRows } = sheetDrafts(file, sheet, ownExportMapping(sheet.header));
  if (badRows.length > 0) throw new Error(`line ${badRows[0]} has no date this can read`);
  activities = drafts.map((draft, index) => {
    const parsed = activityDraftSchema.safeParse(draft.fields);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `activity ${index + 1} (“${draft.fields.title ?? ''}”): ${issue.path.join('.')}: ${issue.message}`,
      );
    }
    return { ...parsed.data, id: String(index).padStart(8, '0') };
  });
} catch (error) {
  fail(`${file} ${(error as Error).message}`);
}

process.stdout.write(`${JSON.stringify(renewalReportFor(certification, activities, today))}\n`);
