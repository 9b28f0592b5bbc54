import { launchChromium } from '../support/browser/chromium-harness';
import { runFlows } from './flows';

// The shared flows (tests/e2e/flows/) in Chromium; flows.firefox.test.ts runs the same in Firefox.
runFlows(launchChromium);
