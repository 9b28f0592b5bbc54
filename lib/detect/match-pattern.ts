import { escapeRegExp } from './text';

/** Whether a URL falls under a Chrome match pattern such as "https://*.acefitness.org/*". */
export function matchesPattern(pattern: string, url: URL): boolean {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m;
  if (scheme === '*' ? !/^https?:$/.test(url.protocol) : url.protocol !== `${scheme}:`) return false;
  if (host.startsWith('*.')) {
    if (!url.hostname.endsWith(host.slice(1))) return false;
  } else if (host !== '*' && url.hostname !== host) return false;
  const pathRe = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return pathRe.test(url.pathname + url.search);
}
