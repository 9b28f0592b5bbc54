import type * as PdfJs from 'pdfjs-dist';
import { MAX_CERTIFICATE_BYTES, sniffCertificateType, type CertificateType } from '../store/certificate-files';
import { draftFromBadge, parseBadgeText, pngBadgeText, svgBadgeText } from './badge';
import { draftFromText, UnreadableFile, type ImportDraft, type SourceFile } from './draft';
import { hasText, readPdf, type PdfLib } from './pdf';
import { IN_THREAD_SHEETS, type SheetReader } from './sheets';
import type { Sheet } from './spreadsheet';

/** What reading one file gave: drafts, a sheet whose columns the user maps first, or one line saying why not. */
export type FileResult =
  | { status: 'drafts'; fileName: string; drafts: ImportDraft[] }
  | { status: 'sheet'; fileName: string; sheet: Sheet }
  | { status: 'error'; fileName: string; error: string };

/** Text recognition of an image (a photo, a scanned page), told its progress from 0 to 1. */
export type Recognize = (
  image: Blob | HTMLCanvasElement | OffscreenCanvas,
  onProgress?: (done: number) => void,
) => Promise<string>;

/** The heavy engines, loaded by the page only when a file needs them. */
export interface Engines {
  pdf(): Promise<{ pdfjs: PdfLib; worker?: PdfJs.PDFWorker }>;
  /** OCR, if this page has it; without it a scan becomes a draft with its file attached, for the user to fill in. */
  recognize?: Recognize;
  /** Draws each page of a PDF for OCR. */
  renderPages?(document: PdfJs.PDFDocumentProxy): Promise<Array<HTMLCanvasElement | OffscreenCanvas>>;
  /** Spreadsheets, read in a worker where the page has one (on the calling thread otherwise). */
  sheets?: SheetReader;
}

/** The sort of file, from its bytes first (a PDF renamed .png is a PDF), then its name. */
export type FileKind = 'pdf' | 'image' | 'svg' | 'json' | 'sheet' | 'unknown';

const decoder = new TextDecoder('utf-8');

export function fileKind(name: string, head: Uint8Array): { kind: FileKind; type?: CertificateType } {
  const type = sniffCertificateType(head);
  if (type === 'application/pdf') return { kind: 'pdf', type };
  if (type) return { kind: 'image', type };
  const start = decoder
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^<(\?xml|svg|!doctype svg)/i.test(start) || /\.svg$/i.test(name)) return { kind: 'svg' };
  if (/^[{[]/.test(start) || /\.(json|jsonld)$/i.test(name) || /^eyJ/.test(start)) return { kind: 'json' };
  if (/\.(csv|tsv|txt)$/i.test(name)) return { kind: 'sheet' };
  return { kind: 'unknown' };
}

function unreadable(fileName: string, error: unknown): FileResult {
  const reason = error instanceof UnreadableFile ? error.message : 'could not be read.';
  return { status: 'error', fileName, error: `“${fileName}” ${reason}` };
}

/** An image's or PDF's bytes kept as the activity's certificate, when within the log's size for one. */
function sourceFile(file: File, type: CertificateType, bytes: Uint8Array): SourceFile | undefined {
  return bytes.byteLength <= MAX_CERTIFICATE_BYTES
    ? { name: file.name, type, blob: new Blob([bytes as BlobPart], { type }) }
    : undefined;
}

/** A draft that only keeps the file: nothing could be read from it, and the user types the fields. */
function fileOnlyDraft(fileName: string, source: SourceFile | undefined, why: string): ImportDraft {
  return {
    fileName,
    fields: { title: '', completedOn: '', credits: [], sourceUrl: null, certificateUrl: null },
    unsure: ['title', 'completedOn', 'credits', 'provider'],
    missing: [why],
    ...(source ? { source } : {}),
  };
}

/**
 * Reads one file into drafts. Never throws: a file that cannot be read gives one line saying why, and
 * the other files go on. Nothing is saved.
 */
export async function readImportFile(
  file: File,
  engines: Engines,
  onProgress?: (done: number) => void,
): Promise<FileResult> {
  const fileName = file.name;
  try {
    if (file.size === 0) throw new UnreadableFile('is empty (0 bytes).');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const { kind, type } = fileKind(fileName, bytes.subarray(0, 64));
    switch (kind) {
      case 'pdf': {
        const { pdfjs, worker } = await engines.pdf();
        const source = sourceFile(file, type!, bytes);
        const { recognize, renderPages } = engines;
        const scanned =
          recognize && renderPages
            ? async (document: PdfJs.PDFDocumentProxy) => {
                const pages = await renderPages(document);
                const texts: string[] = [];
                for (const [i, page] of pages.entries())
                  texts.push(await recognize(page, (done) => onProgress?.((i + done) / pages.length)));
                return texts;
              }
            : undefined;
        // pdf.js copies nothing: it takes the buffer, so the attached file keeps its own.
        const drafts = await readPdf(pdfjs, fileName, bytes.slice(), { worker, source, scanned });
        return { status: 'drafts', fileName, drafts };
      }
      case 'image': {
        const source = sourceFile(file, type!, bytes);
        if (type === 'image/png') {
          const baked = await pngBadgeText(bytes);
          if (baked !== null)
            return { status: 'drafts', fileName, drafts: [draftFromBadge(fileName, parseBadgeText(baked), source)] };
        }
        if (!engines.recognize)
          return {
            status: 'drafts',
            fileName,
            drafts: [
              fileOnlyDraft(
                fileName,
                source,
                'Text recognition is not available here: the picture is attached; enter its details.',
              ),
            ],
          };
        const text = await engines.recognize(new Blob([bytes as BlobPart], { type }), onProgress);
        if (!hasText(text)) throw new UnreadableFile('is a picture with no text that could be read.');
        return { status: 'drafts', fileName, drafts: [draftFromText(fileName, text, source)] };
      }
      case 'svg': {
        const baked = svgBadgeText(decoder.decode(bytes));
        if (baked === null) throw new UnreadableFile('is an SVG picture without an Open Badges assertion in it.');
        // An SVG can hold script: it is never kept as a certificate file.
        return { status: 'drafts', fileName, drafts: [draftFromBadge(fileName, parseBadgeText(baked))] };
      }
      case 'json':
        return {
          status: 'drafts',
          fileName,
          drafts: [draftFromBadge(fileName, parseBadgeText(decoder.decode(bytes)))],
        };
      case 'sheet':
        return {
          status: 'sheet',
          fileName,
          sheet: await (engines.sheets ?? IN_THREAD_SHEETS).parse(decoder.decode(bytes)),
        };
      default:
        throw new UnreadableFile('is not a file this reads (PDF, PNG, JPEG, SVG or JSON badge, CSV or TSV).');
    }
  } catch (error) {
    return unreadable(fileName, error);
  }
}
