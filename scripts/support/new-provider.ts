/**
 * What `npm run new-provider -- <id> <host>` writes: the provider's file from a template, its registry line, its
 * id in the model's contract list, and two fixture skeletons (a completion and a near-miss) to fill in with a
 * real page. Pure over a root folder, so a test can run it on a copy.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type NewProviderKind = 'ce-site' | 'platform';

export interface NewProvider {
  id: string;
  host: string;
  /** The name the site calls itself; by default the id in title case ("ce-zoom": "Ce Zoom"). */
  name?: string;
  kind?: NewProviderKind;
}

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

/** The export's name: 'human-kinetics' is humanKinetics. */
export const exportName = (id: string) => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

const titleCase = (id: string) =>
  id
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');

function providerFile({ id, host, name, kind }: Required<NewProvider>): string {
  const quotedName = `'${name.replace(/'/g, "\\'")}'`;
  if (kind === 'platform')
    return `import { platformProvider } from '../credential-page';
import { firstText } from '../text';

/** ${name} certificate pages at https://${host}/… (TODO: say which URL shapes, with an example from a real page). */
export const ${exportName(id)} = platformProvider(
  {
    id: '${id}',
    name: ${quotedName},
    matches: ['https://${host}/*'],
    // TODO: the hostname + pathname of a certificate page only.
    path: /^${host.replace(/\./g, '\\\\.')}\\/certificates?\\/[\\w-]+\\/?$/i,
  },
  {
    // TODO: text only an issued certificate shows.
    completion: /certificate of completion/i,
    title: (doc) => firstText(doc, ['main h1', 'h1']),
  },
);
`;
  return `import { ceSiteProvider } from '../completion';

/** ${name} course certificates and completion pages on ${host} (TODO: what they show; the body's unit and scale). */
export const ${exportName(id)} = ceSiteProvider({ id: '${id}', name: ${quotedName}, hosts: ['${host}'] });
`;
}

function skeleton(title: string, host: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<!-- TODO: replace this skeleton with the real page, saved from the site (its header, navigation and footer too). -->
</head>
<body>
<header><a href="https://${host}/">${host}</a><nav><a href="/courses">Courses</a> <a href="/account">My Account</a></nav></header>
<main>
${body}
</main>
<footer>&copy; ${host}</footer>
</body>
</html>
`;
}

/** Inserts `line` among the lines of `text` that start with `prefix`, in sorted order. */
function insertSorted(text: string, prefix: string, line: string): string {
  const lines = text.split('\n');
  const members = lines.map((l, i) => [l, i] as const).filter(([l]) => l.startsWith(prefix));
  if (members.length === 0) throw new Error(`no line starting with ${prefix}`);
  const after = members.filter(([l]) => l < line).at(-1);
  lines.splice(after ? after[1] + 1 : members[0][1], 0, line);
  return lines.join('\n');
}

/** Writes the new provider under `root`; returns the files it wrote or changed. Throws a clear message on bad input. */
export function scaffoldProvider(root: string, input: NewProvider): string[] {
  const { id, host } = input;
  if (!ID.test(id)) throw new Error(`"${id}" is not a provider id: lower-case letters and digits, words joined by "-"`);
  if (!HOST.test(host)) throw new Error(`"${host}" is not a host name (e.g. example.com, without https:// or a path)`);
  const provider: Required<NewProvider> = {
    id,
    host,
    name: input.name ?? titleCase(id),
    kind: input.kind ?? 'ce-site',
  };

  const file = `lib/detect/providers/${id}.ts`;
  const registry = 'lib/detect/provider-files.ts';
  const ids = 'lib/model/provider-ids.ts';
  const fixtures = `tests/fixtures/providers/${id}`;
  if (existsSync(join(root, file))) throw new Error(`${file} exists already: provider "${id}" is there`);

  const idsText = readFileSync(join(root, ids), 'utf8');
  if (idsText.includes(`'${id}'`)) throw new Error(`${ids} lists "${id}" already`);
  const end = idsText.indexOf('] as const');
  if (end === -1) throw new Error(`${ids}: cannot find the end of PROVIDER_IDS ("] as const")`);

  writeFileSync(join(root, file), providerFile(provider));
  writeFileSync(
    join(root, registry),
    insertSorted(
      readFileSync(join(root, registry), 'utf8'),
      'export {',
      `export { ${exportName(id)} } from './providers/${id}';`,
    ),
  );
  writeFileSync(join(root, ids), `${idsText.slice(0, end)}  '${id}',\n${idsText.slice(end)}`);

  mkdirSync(join(root, fixtures), { recursive: true });
  const page = (name: string, url: string, html: string, expected: object) => {
    writeFileSync(join(root, fixtures, `${name}.html`), html);
    writeFileSync(join(root, fixtures, `${name}.json`), `${JSON.stringify({ url, expected }, null, 2)}\n`);
  };
  const certificateUrl = `https://${host}/certificates/TODO`;
  page(
    'certificate',
    certificateUrl,
    skeleton(
      `Certificate of Completion | ${provider.name}`,
      host,
      `<h1>Certificate of Completion</h1>
<p>This certifies that TODO Learner has successfully completed</p>
<h2>TODO Course Title</h2>
<p>Completed on: TODO date</p>
<p>TODO credits, e.g. "0.2 CEUs (2 contact hours)"</p>`,
    ),
    {
      detected: true,
      provider: id,
      activity: {
        title: 'TODO Course Title',
        completedOn: 'TODO YYYY-MM-DD',
        courseCode: null,
        credits: [{ kind: 'CEC', amount: 0, unit: 'TODO', body: 'TODO', hours: 0 }],
        sourceUrl: certificateUrl,
        certificateUrl: null,
      },
    },
  );
  page(
    'catalog-course',
    `https://${host}/courses/TODO`,
    skeleton(
      `TODO Course Title | ${provider.name}`,
      host,
      `<h1>TODO Course Title</h1>
<p>Earn TODO credits and a certificate of completion.</p>
<p>$TODO <a href="/cart">Add to cart</a></p>`,
    ),
    { detected: false },
  );
  return [
    file,
    registry,
    ids,
    `${fixtures}/certificate.html`,
    `${fixtures}/certificate.json`,
    `${fixtures}/catalog-course.html`,
    `${fixtures}/catalog-course.json`,
  ];
}
