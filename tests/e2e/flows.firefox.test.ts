import { launchFirefox } from '../support/browser/firefox-harness';
import { runFlows } from './flows';

// The shared flows (tests/e2e/flows/) in Firefox ESR (npm run test:e2e:firefox, after the Chromium ones).
runFlows(launchFirefox);
