/**
 * A workspace the size of England's looked-after children's placements, for the CLI benchmark:
 * the examples' consortia, needs framework, national contracts and providers, plus `agreements`
 * placement agreements and as many outcome trackers, written as each authority would keep them
 * (a folder per placing authority, a file per batch of documents).
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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

/**
 * Writes the workspace into `dir` and returns its size. Agreements are spread over
 * `authorities` folders in files of `perFile` documents (agreements and trackers in separate files).
 */
export function writeEngland(dir, { agreements = 83_000, perFile = 50, authorities = 152 } = {}) {
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
      const template = kinds[made % kinds.length];
      const ref = `${template.ref.slice(0, 3)}-${String(made).padStart(6, '0')}`;
      ipas.push(renumber(template.agreement, template.ref, ref));
      trackers.push(renumber(template.tracker, template.ref, ref));
    }
    const batch = String(Math.floor(a / authorities) + 1).padStart(4, '0');
    writeFileSync(join(folder, `agreements-${batch}.yaml`), ipas.join('---\n'));
    writeFileSync(join(folder, `trackers-${batch}.yaml`), trackers.join('---\n'));
    files += 2;
  }
  return { files, documents: shared + 2 * made };
}
