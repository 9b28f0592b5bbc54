/**
 * The options page's addresses. The hashes are a contract (docs/contracts.md): the popup's Edit opens
 * `options.html#edit=<id>`, its Add certification `options.html#add-certification` and its Renewal packet
 * `options.html#packet=<certification id>` (which makes the current cycle's packet), and a renewal reminder's
 * notification `options.html#certification=<certification id>` (the log on that certification). The Print of a packet opens
 * `summary.html?certification=<id>&cycle=<cycle end>`.
 */
type OptionsPath = `/options.html${string}`;

export const optionsUrl = {
  edit: (id: string): OptionsPath => `/options.html#edit=${encodeURIComponent(id)}`,
  addCertification: (): OptionsPath => '/options.html#add-certification',
  certifications: (): OptionsPath => '/options.html#certifications',
  packet: (certificationId: string): OptionsPath => `/options.html#packet=${encodeURIComponent(certificationId)}`,
  certification: (certificationId: string): OptionsPath =>
    `/options.html#certification=${encodeURIComponent(certificationId)}`,
};

export const summaryUrl = (certificationId: string, cycleEnd: string): `/summary.html?${string}` =>
  `/summary.html?${new URLSearchParams({ certification: certificationId, cycle: cycleEnd })}`;

/** What summary.html's address asks for; undefined without a certification. */
export function parseSummaryQuery(search: string): { certificationId: string; cycleEnd?: string } | undefined {
  const params = new URLSearchParams(search);
  const certificationId = params.get('certification');
  if (!certificationId) return undefined;
  return { certificationId, cycleEnd: params.get('cycle') ?? undefined };
}

export type OptionsRoute =
  | { kind: 'edit'; id: string }
  | { kind: 'add-certification' }
  | { kind: 'certifications' }
  | { kind: 'packet'; certificationId: string }
  | { kind: 'certification'; certificationId: string };

/** What a location hash of the options page asks for; undefined for none (or one we do not know). */
export function parseOptionsHash(hash: string): OptionsRoute | undefined {
  if (hash === '#add-certification') return { kind: 'add-certification' };
  if (hash === '#certifications') return { kind: 'certifications' };
  const route = /^#(edit|packet|certification)=(.+)$/.exec(hash);
  if (!route) return undefined;
  try {
    const id = decodeURIComponent(route[2]);
    if (route[1] === 'edit') return { kind: 'edit', id };
    return { kind: route[1] === 'packet' ? 'packet' : 'certification', certificationId: id };
  } catch {
    return undefined;
  }
}
