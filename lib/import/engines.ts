import type * as PdfJs from 'pdfjs-dist';
import type { Engines, Recognize } from './read-file';
import { workerSheets } from './sheets';

/**
 * The import's engines in an extension page, each loaded (dynamic import) only when a file needs it, from
 * files bundled with the extension (wxt.config.ts copies them): nothing is fetched from anywhere else.
 */
export const ENGINE_FILES = {
  pdfWorker: '/pdf.worker.min.mjs',
  ocrWorker: '/ocr/worker.min.js',
  ocrCore: '/ocr/core',
  ocrLanguages: '/ocr/lang',
} as const;

let pdf: Promise<{ pdfjs: typeof PdfJs; worker: PdfJs.PDFWorker }> | undefined;

/** pdf.js and one worker thread that parses every PDF of the import. */
function loadPdf() {
  pdf ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = ENGINE_FILES.pdfWorker;
    return { pdfjs, worker: new pdfjs.PDFWorker() };
  });
  return pdf;
}

type OcrWorker = Awaited<ReturnType<(typeof import('tesseract.js'))['createWorker']>>;
let ocr: Promise<OcrWorker> | undefined;
let progress: ((done: number) => void) | undefined;

/** Tesseract (English, LSTM engine), in a worker, with its core and language data from the extension. */
function loadOcr(): Promise<OcrWorker> {
  ocr ??= import('tesseract.js').then(({ createWorker, OEM }) =>
    createWorker('eng', OEM.LSTM_ONLY, {
      workerPath: ENGINE_FILES.ocrWorker,
      corePath: ENGINE_FILES.ocrCore,
      langPath: ENGINE_FILES.ocrLanguages,
      // A blob: worker would need the CSP to allow blob: scripts; the bundled file needs nothing.
      workerBlobURL: false,
      gzip: true,
      // Keep nothing in IndexedDB: the data is in the extension already.
      cacheMethod: 'none',
      logger: (m: { status: string; progress: number }) => {
        if (m.status === 'recognizing text') progress?.(m.progress);
      },
    }),
  );
  return ocr;
}

const recognize: Recognize = async (image, onProgress) => {
  const worker = await loadOcr();
  // One image at a time: the worker reports the progress of the one it reads.
  progress = onProgress;
  try {
    const { data } = await worker.recognize(image as HTMLCanvasElement | Blob);
    return data.text;
  } finally {
    progress = undefined;
  }
};

/** Each page of a scanned PDF drawn at twice its size, which OCR reads far better than the screen's size. */
async function renderPages(document: PdfJs.PDFDocumentProxy): Promise<HTMLCanvasElement[]> {
  const canvases: HTMLCanvasElement[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const viewport = page.getViewport({ scale: 2 });
    const canvas = globalThis.document.createElement('canvas');
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    await page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport }).promise;
    canvases.push(canvas);
  }
  return canvases;
}

/** OCR's queue is one image at a time: several in flight would only wait for each other. */
let ocrQueue: Promise<unknown> = Promise.resolve();
const queuedRecognize: Recognize = (image, onProgress) => {
  const next = ocrQueue.then(() => recognize(image, onProgress));
  ocrQueue = next.catch(() => undefined);
  return next;
};

/** Spreadsheets in a worker of their own, started with the first one (Vite bundles the worker file). */
const sheets = workerSheets(() => new Worker(new URL('./sheet-worker.ts', import.meta.url), { type: 'module' }));

export const EXTENSION_ENGINES: Engines = { pdf: loadPdf, recognize: queuedRecognize, renderPages, sheets };
