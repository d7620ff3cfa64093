/**
 * A workspace the size of England's looked-after children's placements, for the CLI benchmark:
 * the examples' consortia, needs framework, national contracts and providers, plus `agreements`
 * placement agreements and as many outcome trackers, written as each authority would keep them
 * (a folder per placing authority, a file per batch of documents).
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const EXAMPLES = new URL('../../examples/', import.meta.url);
function read(path) {
  return readFileSync(new URL(path, EXAMPLES), 'utf8');
}

/**
 * The example agreements that have a tracker (they call off different consortia's arrangements),
 * each with its reference (`BFD-2015-0117`) to replace; the placement request is left out of the
 * generated workspace, so the agreement stops naming it.
 */
function templates() {
  const agreements = new Map();
  for (const file of readdirSync(new URL('agreements/', EXAMPLES))) {
    const text = read(`agreements/${file}`);
    agreements.set(/^ {2}id: (\S+)/m.exec(text)[1], text.replace(/^ {2}request: .*\n/m, ''));
  }
  const out = [];
  for (const file of readdirSync(new URL('trackers/', EXAMPLES)).sort()) {
    const tracker = read(`trackers/${file}`);
    const id = /^ {2}agreement: (\S+)/m.exec(tracker)?.[1];
    if (id && agreements.has(id)) out.push({ ref: id.replace(/^ipa-/, '').toUpperCase(), agreement: agreements.get(id), tracker });
  }
  if (out.length === 0) throw new Error('no example agreement with a tracker to copy');
  return out;
}

function renumber(text, from, to) {
  return text.split(from).join(to).split(from.toLowerCase()).join(to.toLowerCase());
}

/** The `made`th copy of an example agreement and its tracker, under a reference of their own. */
function placement(kinds, made) {
  const template = kinds[made % kinds.length];
  const ref = `${template.ref.slice(0, 3)}-${String(made).padStart(6, '0')}`;
  return { agreement: renumber(template.agreement, template.ref, ref), tracker: renumber(template.tracker, template.ref, ref) };
}

/**
 * Writes the workspace into `dir` and returns its size. Agreements are spread over
 * `authorities` folders in files of `perFile` documents (agreements and trackers in separate
 * files; no trackers with `trackers: false`).
 */
export function writeEngland(dir, { agreements = 83_000, perFile = 50, authorities = 152, trackers: withTrackers = true } = {}) {
  // Everything but the placements themselves (consortia, framework, contracts, providers, profiles, config).
  const placements = new Set(['agreements', 'trackers', 'requests']);
  let shared = 0;
  for (const entry of readdirSync(EXAMPLES, { withFileTypes: true }).filter((e) => !placements.has(e.name))) {
    cpSync(new URL(entry.name, EXAMPLES), join(dir, entry.name), { recursive: true });
    if (entry.isDirectory()) shared += readdirSync(join(dir, entry.name)).filter((f) => f.endsWith('.yaml')).length;
  }
  const kinds = templates();
  let files = shared;
  let made = 0;
  for (let a = 0; made < agreements; a++) {
    const folder = join(dir, 'authorities', `la-${String((a % authorities) + 1).padStart(3, '0')}`);
    mkdirSync(folder, { recursive: true });
    const ipas = [];
    const trackers = [];
    for (let i = 0; i < perFile && made < agreements; i++, made++) {
      const copy = placement(kinds, made);
      ipas.push(copy.agreement);
      trackers.push(copy.tracker);
    }
    const batch = String(Math.floor(a / authorities) + 1).padStart(4, '0');
    writeFileSync(join(folder, `agreements-${batch}.yaml`), ipas.join('---\n'));
    files++;
    if (!withTrackers) continue;
    writeFileSync(join(folder, `trackers-${batch}.yaml`), trackers.join('---\n'));
    files++;
  }
  return { files, documents: shared + (withTrackers ? 2 : 1) * made };
}

/**
 * The whole examples workspace in one file of at least `lines` lines: every example document
 * (consortia, framework, contracts, providers, requests, agreements, trackers), then copies of
 * the agreements and their trackers, each document after a `---`. Writes it to `dir`/workspace.yaml
 * beside the examples' nof.config.yaml and profiles/, and returns its path and size.
 */
export function writeOneFile(dir, lines = 10_000) {
  cpSync(new URL('nof.config.yaml', EXAMPLES), join(dir, 'nof.config.yaml'));
  cpSync(new URL('profiles', EXAMPLES), join(dir, 'profiles'), { recursive: true });
  const documents = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml') && f !== 'nof.config.yaml' && statSync(new URL(f, EXAMPLES)).isFile())
    .sort()
    .map(read);
  const kinds = templates();
  let count = documents.reduce((n, d) => n + d.split('\n').length, 0);
  for (let made = 0; count < lines; made++) {
    const copy = placement(kinds, made);
    documents.push(copy.agreement, copy.tracker);
    count += copy.agreement.split('\n').length + copy.tracker.split('\n').length;
  }
  const path = join(dir, 'workspace.yaml');
  const text = documents.join('---\n');
  writeFileSync(path, text);
  return { path, lines: text.split('\n').length, documents: documents.length };
}
