import { z } from 'zod';
import { detectionSchema, type Activity } from '../model/schema';

/** Messages the background accepts. Anything else, or anything malformed, is refused and writes nothing. */
export const contentMessageSchema = z.object({
  type: z.literal('detection'),
  detection: detectionSchema.nullable(),
});
export type ContentMessage = z.infer<typeof contentMessageSchema>;

export const pageMessageSchema = z.discriminatedUnion('type', [
  // The popup opened over a tab: save what the tab shows, or say what is there.
  z.object({ type: z.literal('popup-opened'), tabId: z.number().int().nonnegative() }),
  // The log changed from a page (Undo, a capture saved): recompute the tab's badge. A capture saved names its
  // activity, so that the popup opened again over the same page says it is saved.
  z.object({
    type: z.literal('refresh-tab'),
    tabId: z.number().int().nonnegative(),
    capturedActivityId: z.string().min(1).max(100).optional(),
  }),
  // A certification was added, edited, removed or restored: look at the renewal reminders again.
  z.object({ type: z.literal('certifications-changed') }),
]);
export type PageMessage = z.infer<typeof pageMessageSchema>;

/** What the popup learns about the current tab. */
export type TabReply =
  { status: 'none' } | { status: 'saved' | 'already'; activity: Activity } | { status: 'error'; message: string };
