import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SitePages } from '../../support/browser/harness';

/** The ACE certificate and what the detector must read on it (the fixture's expected result, as the CLI gives it). */
export const ACE_CERTIFICATE = readExpected('providers/ace/certificate.json');
/** An ACE catalog page that advertises CECs: a near-miss, nothing detected. */
export const ACE_CATALOG = readExpected('providers/ace/catalog-course.json');
/** A completion on a site that is no provider's: no host permission, only activeTab after a click. */
export const WORKSHOP = 'https://www.example-workshops.org/certificates/4411';

/** Every page the shared flows visit, at its real address. */
export const SITE_PAGES: SitePages = {
  [ACE_CERTIFICATE.url]: { fixture: 'providers/ace/certificate.html' },
  [ACE_CATALOG.url]: { fixture: 'providers/ace/catalog-course.html' },
  [WORKSHOP]: { fixture: 'capture/workshop-certificate.html' },
};

interface ExpectedDetection {
  url: string;
  expected: {
    detected: boolean;
    activity?: { title: string; completedOn: string; courseCode: string | null };
  };
}

function readExpected(path: string): ExpectedDetection {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures', path), 'utf8'));
}
