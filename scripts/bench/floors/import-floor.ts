/**
 * The import's floors, run inside the log's own page (the bench adds this script to it): the same engines
 * from the same extension files, with nothing of CE Tally's around them.
 * - PDFs: pdf.js's text of every page of each file, four files at a time as the import reads them;
 * - OCR: Tesseract's text of one picture, its worker started once;
 * - a spreadsheet: papaparse's rows of the same file, as objects keyed by its header.
 */
import Papa from 'papaparse';
import * as pdfjs from 'pdfjs-dist';
import { createWorker, OEM } from 'tesseract.js';

/** lib/import/engines.ts ENGINE_FILES: the files the extension bundles. */
const FILES = {
  pdfWorker: '/pdf.worker.min.mjs',
  ocrWorker: '/ocr/worker.min.js',
  ocrCore: '/ocr/core',
  ocrLanguages: '/ocr/lang',
};
const PARALLEL_READS = 4;

pdfjs.GlobalWorkerOptions.workerSrc = FILES.pdfWorker;
let worker: pdfjs.PDFWorker | undefined;

async function pdfText(file: File): Promise<string> {
  worker ??= new pdfjs.PDFWorker();
  const document = await pdfjs.getDocument({
    data: new Uint8Array(await file.arrayBuffer()),
    worker,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  let text = '';
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str + '\n';
  }
  await document.destroy();
  return text;
}

async function pdfs(files: File[]): Promise<number> {
  const queue = [...files];
  let characters = 0;
  await Promise.all(
    Array.from({ length: PARALLEL_READS }, async () => {
      for (let file = queue.shift(); file; file = queue.shift()) characters += (await pdfText(file)).length;
    }),
  );
  return characters;
}

let ocrWorker: ReturnType<typeof createWorker> | undefined;

async function ocr(file: File): Promise<string> {
  ocrWorker ??= createWorker('eng', OEM.LSTM_ONLY, {
    workerPath: FILES.ocrWorker,
    corePath: FILES.ocrCore,
    langPath: FILES.ocrLanguages,
    workerBlobURL: false,
    gzip: true,
    cacheMethod: 'none',
  });
  const { data } = await (await ocrWorker).recognize(file);
  return data.text;
}

async function sheet(file: File): Promise<number> {
  return Papa.parse<Record<string, string>>(await file.text(), { header: true, skipEmptyLines: 'greedy' }).data.length;
}

(window as unknown as { ceTallyImportFloors: unknown }).ceTallyImportFloors = { pdfs, ocr, sheet };
