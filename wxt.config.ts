import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { PROVIDER_MATCHES } from './lib/detect/registry';
import { FONT_FILES, FONT_SOURCES } from './lib/packet/fonts';

/**
 * Extension pages load only the extension's own code; they may connect nowhere but to themselves
 * (and blob: for files the user saved), so nothing can leave the browser even by mistake.
 */
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  // WebAssembly only: the OCR engine of the import is WebAssembly, which no other policy lets compile.
  "script-src 'self' 'wasm-unsafe-eval'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "connect-src 'self' blob:",
  "img-src 'self' blob: data:",
  "frame-src 'self' blob:",
].join('; ');

/**
 * The import's engines, copied from their packages into the extension (never fetched from a CDN): pdf.js's
 * worker, and tesseract.js's worker, its WebAssembly cores (LSTM only: relaxed SIMD, SIMD and plain, one
 * chosen by the browser) and its English data. Only the log's import loads them (lib/import/engines.ts).
 */
const ENGINE_FILES: Array<[string, string]> = [
  ['pdfjs-dist/build/pdf.worker.min.mjs', 'pdf.worker.min.mjs'],
  ['tesseract.js/dist/worker.min.js', 'ocr/worker.min.js'],
  ...['relaxedsimd-lstm', 'simd-lstm', 'lstm'].map((core): [string, string] => [
    `tesseract.js-core/tesseract-core-${core}.wasm.js`,
    `ocr/core/tesseract-core-${core}.wasm.js`,
  ]),
  ['@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz', 'ocr/lang/eng.traineddata.gz'],
  // The renewal packet's fonts (lib/packet/fonts.ts): only its worker reads them.
  ...(['regular', 'bold'] as const).map((weight): [string, string] => [
    FONT_SOURCES[weight],
    FONT_FILES[weight].slice(1),
  ]),
];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const [from, to] of ENGINE_FILES)
        files.push({ absoluteSrc: fileURLToPath(import.meta.resolve(from)), relativeDest: to });
    },
  },
  // The sources zip (for the Firefox add-on review) holds the project, not scratch or build output.
  zip: { excludeSources: ['tmp/**', 'web-ext-artifacts/**', 'coverage/**', '**/*.log'] },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'CE Tally',
    description:
      'Keeps your continuing-education credits: notices finished courses, saves them in one click, tracks renewals. Nothing leaves your browser.',
    // Least privilege (see README, Privacy): no tabs, downloads, cookies or <all_urls>. Alarms and
    // notifications are for renewal reminders only (lib/background/reminder-service.ts).
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'alarms', 'notifications'],
    host_permissions: PROVIDER_MATCHES,
    action: { default_title: 'CE Tally' },
    // The shortcut opens the popup, which saves exactly as the click does.
    commands: {
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the course on this page to CE Tally',
      },
    },
    content_security_policy: manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : EXTENSION_PAGES_CSP,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ce-tally@ce-tally.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
