import { matchesPattern } from './match-pattern';
import * as registered from './provider-files';
import { PROVIDER_IDS, type ProviderId } from '../model/provider-ids';
import type { Detection, Provider } from './types';

/*
 * One source of truth, without an arrow up: the ids are the model's contract list (lib/model/provider-ids.ts,
 * which the schema validates against and must not import detect for); everything else about a provider (name,
 * kind, URL shapes) is in its own file. The types hold the two together: a provider's id must be one of
 * PROVIDER_IDS (the builders' type parameter), and PROVIDER_NAMES below must name every id, so a contract id
 * without a provider file fails typecheck.
 */
type Registered = (typeof registered)[keyof typeof registered];

const byId = new Map<ProviderId, Registered>(Object.values(registered).map((p) => [p.id, p]));

/** Every provider, in the order of docs/contracts.md (PROVIDER_IDS). The manifest's matches come from here. */
export const PROVIDERS: readonly Provider[] = PROVIDER_IDS.map((id) => byId.get(id)!);

/** Display names, from the provider files. */
export const PROVIDER_NAMES: Record<ProviderId, string> = Object.fromEntries(
  PROVIDERS.map((p) => [p.id, p.name]),
) as Record<Registered['id'], string>;

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
