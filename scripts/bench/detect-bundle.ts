import { build } from 'vite';
import { resolve } from 'node:path';

/** The detector exactly as the content script uses it, bundled for injection into a page. */
export async function detectorBundle(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: {
        entry: resolve(import.meta.dirname, '../../lib/detect/registry.ts'),
        name: 'CeTallyDetect',
        formats: ['iife'],
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = outputs.flatMap((o) => ('output' in o ? o.output : [])).find((c) => c.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('no bundle');
  return chunk.code;
}
