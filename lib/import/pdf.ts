import type * as PdfJs from 'pdfjs-dist';
import { draftFromText, UnreadableFile, type ImportDraft, type SourceFile } from './draft';

/** pdf.js as loaded by the page that imports (its build and worker differ between the extension and Node). */
export type PdfLib = Pick<typeof PdfJs, 'getDocument'> & { PDFWorker?: typeof PdfJs.PDFWorker };

/** A PDF page with fewer characters than this holds no text layer: a scan. */
const MIN_TEXT = 20;

/** The text of each page, lines as pdf.js lays them out. */
export async function pdfPageTexts(
  pdfjs: PdfLib,
  bytes: Uint8Array,
  worker?: PdfJs.PDFWorker,
): Promise<{ texts: string[]; document: PdfJs.PDFDocumentProxy }> {
  const task = pdfjs.getDocument({
    data: bytes,
    ...(worker ? { worker } : {}),
    // Extension pages forbid eval; pdf.js then draws fonts without compiling them, and needs no font files for text.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let document: PdfJs.PDFDocumentProxy;
  try {
    document = await task.promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException')
      throw new UnreadableFile('is password-protected (encrypted): open it, print it to a new PDF, and import that.');
    throw new UnreadableFile('is not a readable PDF (damaged or cut short).');
  }
  const texts: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    let text = '';
    let lastY: number | undefined;
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const y = item.transform[5];
      // A run lower on the page than the last is a new line, whether or not pdf.js marked the end of the last.
      if (lastY !== undefined && Math.abs(y - lastY) > 2 && !text.endsWith('\n')) text += '\n';
      text += item.str + (item.hasEOL ? '\n' : '');
      lastY = y;
    }
    texts.push(text);
    page.cleanup();
  }
  return { texts, document };
}

/** Pages that start a certificate: one with a date or a completion's words; a page without either continues the last. */
export function certificatesOfPages(texts: readonly string[]): string[] {
  const certificates: string[] = [];
  for (const text of texts) {
    const starts = certificates.length === 0 || /certificate|complet|certif(y|ies)|awarded|issued/i.test(text);
    if (starts) certificates.push(text);
    else certificates[certificates.length - 1] += `\n${text}`;
  }
  return certificates;
}

export function hasText(text: string): boolean {
  return text.replace(/\s+/g, '').length >= MIN_TEXT;
}

/**
 * A PDF's certificates as drafts, one per certificate (a PDF of several certificates gives several). A PDF
 * without a text layer is a scan: `scanned` is told its document to read by OCR, else it is refused.
 */
export async function readPdf(
  pdfjs: PdfLib,
  fileName: string,
  bytes: Uint8Array,
  options: {
    worker?: PdfJs.PDFWorker;
    source?: SourceFile;
    scanned?: (document: PdfJs.PDFDocumentProxy) => Promise<string[]>;
  } = {},
): Promise<ImportDraft[]> {
  const { texts, document } = await pdfPageTexts(pdfjs, bytes, options.worker);
  try {
    let pages = texts;
    if (!pages.some(hasText)) {
      if (!options.scanned) throw new UnreadableFile('has no text to read (a scan or a picture).');
      pages = await options.scanned(document);
      if (!pages.some(hasText)) throw new UnreadableFile('has no text that could be read, even by text recognition.');
    }
    const drafts = certificatesOfPages(pages.filter(hasText)).map((text) =>
      draftFromText(fileName, text, options.source),
    );
    // Several certificates in one file share the file: each activity keeps a copy.
    return drafts;
  } finally {
    await document.destroy();
  }
}
