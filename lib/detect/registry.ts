import { matchesPattern } from './match-pattern';
import { accredible } from './providers/accredible';
import { ace } from './providers/ace';
import { acsm } from './providers/acsm';
import { aea } from './providers/aea';
import { afaa } from './providers/afaa';
import { coursera } from './providers/coursera';
import { credly } from './providers/credly';
import { edx } from './providers/edx';
import { humanKinetics } from './providers/human-kinetics';
import { issa } from './providers/issa';
import { linkedinLearning } from './providers/linkedin-learning';
import { medbridge } from './providers/medbridge';
import { nasm } from './providers/nasm';
import { netce } from './providers/netce';
import { nsca } from './providers/nsca';
import { pesi } from './providers/pesi';
import { udemy } from './providers/udemy';
import type { Detection, Provider } from './types';

/** Every provider, one file each in ./providers/, in the order of docs/contracts.md. The manifest's matches come from here. */
export const PROVIDERS: readonly Provider[] = [
  nasm,
  ace,
  acsm,
  nsca,
  afaa,
  issa,
  aea,
  humanKinetics,
  medbridge,
  pesi,
  netce,
  coursera,
  udemy,
  edx,
  linkedinLearning,
  credly,
  accredible,
];

export const PROVIDER_MATCHES: string[] = PROVIDERS.flatMap((p) => p.matches);

export function providerForUrl(url: URL): Provider | undefined {
  return PROVIDERS.find((p) => p.matches.some((pattern) => matchesPattern(pattern, url)));
}

/** Runs the detector of the page's provider. A detector that throws on a strange page detects nothing. */
export function detectPage(doc: Document, url: URL): Detection | null {
  const provider = providerForUrl(url);
  if (!provider) return null;
  try {
    const activity = provider.detect(doc, url);
    return activity ? { provider: provider.id, activity } : null;
  } catch {
    return null;
  }
}
