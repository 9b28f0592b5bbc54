import { readCertificateText, type CertificateReading } from '../detect/certificate-text';
import { LIMITS } from '../model/limits';
import { activityDraftSchema, type ActivityDraft } from '../model/schema';
import type { CertificateType } from '../store/certificate-files';

/** The fields of a draft the review marks when a reader guessed them. */
export type DraftField = 'title' | 'completedOn' | 'credits' | 'provider' | 'courseCode';

/** A file the activity keeps as its certificate once saved. */
export interface SourceFile {
  name: string;
  type: CertificateType;
  blob: Blob;
}

/**
 * One activity read from a file, before the user checks it: the fields as read (empty where nothing was
 * found), those the reader was unsure of, and what the file did not hold.
 */
export interface ImportDraft {
  fileName: string;
  fields: Partial<ActivityDraft> & { title: string; completedOn: string };
  unsure: DraftField[];
  /** Sentences for the user: what is missing and why ("The badge's class is only linked: …"). */
  missing: string[];
  /** The file attached to the activity (PDFs and images; SVG, JSON and CSV are not kept as certificates). */
  source?: SourceFile;
}

/** What one file gave: its drafts, or one line saying why it could not be read. */
export type FileReading = { fileName: string; drafts: ImportDraft[] } | { fileName: string; error: string };

/** A file that could not be read, with the message the review shows on its one line. */
export class UnreadableFile extends Error {
  override name = 'UnreadableFile';
}

/** A draft from a certificate's text (a PDF's text layer or OCR), through the detector's reading rules. */
export function draftFromText(fileName: string, text: string, source?: SourceFile): ImportDraft {
  const reading: CertificateReading = readCertificateText(text);
  return {
    fileName,
    fields: {
      title: reading.title,
      completedOn: reading.completedOn,
      credits: reading.credits,
      courseCode: reading.courseCode,
      ...(reading.provider ? { provider: reading.provider } : {}),
      ...(reading.organizer ? { organizer: reading.organizer } : {}),
      ...(reading.shortened ? { shortened: reading.shortened } : {}),
      sourceUrl: null,
      certificateUrl: null,
    },
    unsure: reading.unsure,
    missing: [],
    ...(source ? { source } : {}),
  };
}

export type DraftCheck = { ok: true; draft: ActivityDraft } | { ok: false; problems: string[] };

const FIELD_NAMES: Record<string, string> = {
  title: 'title',
  completedOn: 'completion date',
  credits: 'credits',
  courseCode: 'course code',
  organizer: 'provider',
  sourceUrl: 'source URL',
  certificateUrl: 'certificate URL',
  notes: 'notes',
};

/** The draft as the model takes it (the schema every detected page passes), or what is wrong with it. */
export function checkDraft(draft: ImportDraft): DraftCheck {
  const parsed = activityDraftSchema.safeParse({
    sourceUrl: null,
    certificateUrl: null,
    courseCode: null,
    ...draft.fields,
  });
  if (parsed.success) return { ok: true, draft: parsed.data };
  const problems = parsed.error.issues.map((issue) => {
    const field = FIELD_NAMES[String(issue.path[0])] ?? String(issue.path[0]);
    if (issue.path[0] === 'completedOn') return 'No completion date was read: enter it.';
    if (issue.path[0] === 'title') return 'No title was read: enter it.';
    return `The ${field} is not valid: ${issue.message}.`;
  });
  return { ok: false, problems: [...new Set(problems)] };
}

/** Text that goes in a note, within the model's limit. */
export function noteText(lines: readonly string[]): string | undefined {
  const text = lines.filter(Boolean).join('\n');
  return text ? text.slice(0, LIMITS.notes) : undefined;
}
