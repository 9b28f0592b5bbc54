import { z } from 'zod';
import { activityFieldsSchema } from '../../lib/forms/activity-form';

/**
 * An entry typed into the popup's form and not saved yet. A popup closes at the first click outside it
 * (to copy a line from a PDF certificate, say), so what the user typed is kept in the extension's own
 * localStorage and comes back when the popup opens again; it is forgotten once saved or cancelled.
 */
const TYPED_ENTRY_KEY = 'ce-tally:popup-entry';

const typedEntrySchema = z.object({
  capturedBy: z.enum(['captured', 'manual']),
  fields: activityFieldsSchema,
});
export type TypedEntry = z.infer<typeof typedEntrySchema>;

export function loadTypedEntry(): TypedEntry | undefined {
  try {
    const parsed = typedEntrySchema.safeParse(JSON.parse(localStorage.getItem(TYPED_ENTRY_KEY) ?? 'null'));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined; // not JSON: nothing to restore
  }
}

export function keepTypedEntry(entry: TypedEntry): void {
  try {
    localStorage.setItem(TYPED_ENTRY_KEY, JSON.stringify(entry));
  } catch {
    // Storage full or blocked: the form still works, it just does not outlive the popup.
  }
}

export function forgetTypedEntry(): void {
  localStorage.removeItem(TYPED_ENTRY_KEY);
}
