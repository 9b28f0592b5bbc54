// Dexie reads globalThis.indexedDB when first imported; each test still opens its own database (tests/support/helpers.ts).
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// findBy… and waitFor wait 1 s by default: on a busy two-core machine a log of a hundred rows in
// fake-indexeddb can take longer to show, which is slowness, not a failure (each test still has 30 s).
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});
