import type { Credit, Shortened } from '../model/schema';
import type { ProviderId } from '../model/provider-ids';

/** What a detector reads off a completion page (the detect CLI prints exactly these fields, `shortened` aside). */
export interface DetectedActivity {
  title: string;
  completedOn: string;
  courseCode: string | null;
  credits: Credit[];
  sourceUrl: string | null;
  certificateUrl: string | null;
  /** Present when the page's title was too long and the title above is its start. */
  shortened?: Shortened;
}

export interface Detection {
  provider: ProviderId;
  activity: DetectedActivity;
}

/**
 * How a provider's pages are known: a CE site (`ceSiteProvider`) by the name the page gives its site, on its
 * hosts; a learning platform (`platformProvider`) by the URL shape of its certificate pages.
 */
export type ProviderKind = 'ce-site' | 'platform';

/** One provider site: its identity (id, name, URL shapes) at the top of its file, then `detect`, pure over (document, url). */
export interface Provider<Id extends ProviderId = ProviderId> {
  id: Id;
  name: string;
  kind: ProviderKind;
  /** Chrome match patterns: the content script's matches and the host permissions come from these. */
  matches: string[];
  detect(doc: Document, url: URL): DetectedActivity | null;
}
