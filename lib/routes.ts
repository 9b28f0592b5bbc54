/**
 * The options page's addresses. The hashes are a contract (docs/contracts.md): the popup's Edit opens
 * `options.html#edit=<id>` and its Add certification `options.html#add-certification`.
 */
type OptionsPath = `/options.html${string}`;

export const optionsUrl = {
  edit: (id: string): OptionsPath => `/options.html#edit=${encodeURIComponent(id)}`,
  addCertification: (): OptionsPath => '/options.html#add-certification',
  certifications: (): OptionsPath => '/options.html#certifications',
};

export type OptionsRoute = { kind: 'edit'; id: string } | { kind: 'add-certification' } | { kind: 'certifications' };

/** What a location hash of the options page asks for; undefined for none (or one we do not know). */
export function parseOptionsHash(hash: string): OptionsRoute | undefined {
  if (hash === '#add-certification') return { kind: 'add-certification' };
  if (hash === '#certifications') return { kind: 'certifications' };
  const edit = /^#edit=(.+)$/.exec(hash);
  if (!edit) return undefined;
  try {
    return { kind: 'edit', id: decodeURIComponent(edit[1]) };
  } catch {
    return undefined;
  }
}
