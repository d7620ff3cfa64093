/**
 * A corpus of planted errors (issue 19): copies of every example file, each with one mistake a
 * person makes while writing NOF YAML, and where a good checker reports it. Each case expects
 * exactly one diagnostic, on the line the mistake was made, with the code given.
 *
 * The cases are chosen with a seeded generator, so the corpus is the same on every run and every
 * machine. Sites come from the examples and the schemas in schemas/v1, read here on their own
 * rather than through the SDK being measured.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Schemas } from './schemas.mjs';

const require = createRequire(new URL('../../packages/sdk/package.json', import.meta.url));
const { isMap, isScalar, isSeq, parseAllDocuments } = require('yaml');

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * @typedef {object} Case
 * @property {string} id        file, operator and line, e.g. `examples/consortia/x.yaml#enum@12`
 * @property {string} file      the example the case is a copy of, relative to the repository
 * @property {string} kind      the document's kind
 * @property {string} operator  the kind of mistake (see OPERATORS)
 * @property {string} text      the file's text with the mistake
 * @property {number} line      0-based line the one diagnostic belongs on
 * @property {string} code      the diagnostic code expected there
 * @property {string} note      what was changed, for reading a miss
 */

/**
 * The mistakes planted, each a function from a file's sites to candidate cases: one function
 * per candidate, which writes the case (or gives up), so only the cases picked are written.
 */
export const OPERATORS = {
  'unknown-key': unknownKey,
  enum: wrongEnumValue,
  'wrong-type': wrongType,
  'missing-required': missingRequired,
  format: wrongFormat,
  indentation: wrongIndentation,
  'unclosed-flow': unclosedFlow,
  'unclosed-quote': unclosedQuote,
  'missing-colon': missingColon,
  tab: tabIndent,
  'duplicate-key': duplicateKey,
  'misspelt-required': misspeltRequired,
  'wrong-nesting': wrongNesting,
};

/** Kinds with few example files get more cases per file, so every kind is well represented. */
const PER_FILE = { NeedsOutcomesFramework: 3, NationalContract: 2, PlacementRequest: 2, OutcomeTracker: 2 };

/** @returns {Case[]} every planted-error case for the examples under `root` */
export function plantedErrors(root = ROOT) {
  const schemas = new Schemas(join(root, 'schemas/v1'));
  const cases = [];
  for (const path of yamlFiles(join(root, 'examples'))) {
    const file = relative(root, path).split('\\').join('/');
    const text = readFileSync(path, 'utf8');
    const site = sitesOf(text, schemas);
    if (!site) continue;
    for (const [operator, plant] of Object.entries(OPERATORS)) {
      const rng = random(`${file}#${operator}`);
      const candidates = plant(site, rng);
      const wanted = PER_FILE[site.kind] ?? 1;
      let picked = 0;
      for (const write of pickSome(candidates, candidates.length, rng)) {
        const c = write(rng);
        if (!c || !plausible(operator, c.text)) continue;
        cases.push({ id: `${file}#${operator}@${c.line + 1}`, file, kind: site.kind, operator, ...c });
        if (++picked === wanted) break;
      }
    }
  }
  return cases;
}

function yamlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) =>
      e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) && e.name !== 'nof.config.yaml' ? [join(dir, e.name)] : [],
    );
}

/** The operators whose mistakes break the YAML itself; the others break only the schema. */
export const YAML_OPERATORS = ['indentation', 'unclosed-flow', 'unclosed-quote', 'missing-colon', 'tab', 'duplicate-key'];

/** A text's documents as the yaml library reads them (YAML 1.2 core, unique keys) and their errors. */
export function readYaml(text) {
  const docs = parseAllDocuments(text, { schema: 'core', uniqueKeys: true, logLevel: 'silent' });
  return { errors: docs.flatMap((d) => d.errors), docs };
}

/** A YAML mistake must make the text fail to parse; a schema mistake must leave it parsing cleanly. */
function plausible(operator, text) {
  const { errors } = readYaml(text);
  return YAML_OPERATORS.includes(operator) ? errors.length > 0 : errors.length === 0;
}

/** Up to `n` distinct candidates, in the generator's order. */
function pickSome(candidates, n, rng) {
  const pool = [...candidates];
  const out = [];
  while (pool.length && out.length < n) out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]);
  return out;
}

/** mulberry32 seeded with a string's hash: small, fast and the same everywhere. */
function random(seed) {
  let h = 1779033703;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const choose = (rng, list) => list[Math.floor(rng() * list.length)];

// ---------------------------------------------------------------------------------------------
// Sites: every mapping, property and scalar of a file, with what the schema says about it.

/**
 * @typedef {object} Site
 * @property {any} node          the YAML node
 * @property {unknown} value     its plain value
 * @property {string[]} path
 * @property {boolean} ambiguous a oneOf/anyOf above or at it leaves its schema open
 * @property {boolean} branched  a oneOf/anyOf at it picked its schema by its value: a changed value may fit another
 * @property {ReturnType<Schemas['leaf']>} leaf
 * @property {ReturnType<Schemas['objectShape']> | undefined} shape  for a mapping
 * @property {any} [pair]        the pair it is the value of
 * @property {Site} [parent]     the mapping or list holding it
 * @property {number} [index]    its place there
 */

/** The text, its lines and every site of a file's documents (undefined for a file of unknown kind). */
function sitesOf(text, schemas) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineOf = (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  /** @type {Site[]} */
  const sites = [];
  let kind;
  for (const doc of parseAllDocuments(text, { schema: 'core' })) {
    const value = doc.toJS();
    kind ??= value?.kind;
    const root = schemas.forKind(value?.kind);
    if (!root) return undefined;
    const walk = (node, v, located, path, parent, pair, index) => {
      const applying = located.map((l) => schemas.applying(l, v));
      const all = applying.flatMap((a) => a.schemas);
      const ambiguous = (parent?.ambiguous ?? false) || applying.some((a) => a.ambiguous) || located.length === 0;
      /** @type {Site} */
      const branched = applying.some((a) => a.branched);
      const site = { node, value: v, path, ambiguous, branched, leaf: schemas.leaf(all), shape: undefined, pair, parent, index };
      sites.push(site);
      if (isMap(node)) {
        site.shape = schemas.objectShape(all);
        node.items.forEach((p, i) => {
          if (!isScalar(p.key)) return;
          const name = String(p.key.value);
          walk(p.value, v?.[name], site.shape.properties.get(name) ?? [], [...path, name], site, p, i);
        });
      } else if (isSeq(node)) {
        const items = all.map((s) => s.schema.items && { schema: s.schema.items, base: s.base }).filter(Boolean);
        node.items.forEach((item, i) => walk(item, v?.[i], items, [...path, String(i)], site, undefined, i));
      }
    };
    walk(doc.contents, value, [root], [], undefined, undefined, undefined);
  }
  const lines = text.split('\n');
  return { text, lines, lineOf, sites, kind };
}

// ---------------------------------------------------------------------------------------------
// Text helpers.

const indentOf = (line) => line.length - line.trimStart().length;
const withLines = (lines) => lines.join('\n');
const replaceRange = (text, start, end, by) => text.slice(0, start) + by + text.slice(end);

/** A property whose key starts its line in a block mapping (not the first key after `- `). */
function ownLineProperty(ctx, s) {
  if (!s.pair || !isMap(s.parent?.node) || s.parent.node.flow || !isScalar(s.pair.key)) return false;
  const start = s.pair.key.range[0];
  const line = ctx.lineOf(start);
  return ctx.lines[line].slice(0, start - (ctx.text.lastIndexOf('\n', start - 1) + 1)).trim() === '';
}

/** A scalar written on one line (plain or quoted), so it can be changed in place. */
function oneLineScalar(ctx, node) {
  return (
    isScalar(node) &&
    ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'].includes(node.type) &&
    !ctx.text.slice(node.range[0], node.range[1]).includes('\n')
  );
}

/** The last line a property's text occupies. */
function lastLineOf(ctx, pair) {
  let end = pair.value?.range?.[1] ?? pair.key.range[1];
  while (end > 0 && /\s/.test(ctx.text[end - 1])) end--;
  return ctx.lineOf(end - 1);
}

/** The line a finding about a whole mapping belongs on: its property's key, or its first key for a list item or the document. */
function mappingLine(ctx, map) {
  if (map.pair) return ctx.lineOf(map.pair.key.range[0]);
  return ctx.lineOf(map.node.items[0].key.range[0]);
}

const ENVELOPE = new Set(['apiVersion', 'kind']);
const candidatesFrom = (ctx, filter) => ctx.sites.filter((s) => !s.ambiguous && filter(s));
/** A value whose schema does not depend on the value itself, so changing it cannot make it fit another branch. */
const valueCandidates = (ctx, filter) => candidatesFrom(ctx, (s) => !s.branched && filter(s));
/** A mapping's known property names, so a planted name is surely unknown there. */
const known = (shape, name) => shape.properties.has(name);

// ---------------------------------------------------------------------------------------------
// The operators.

const STRAY_KEYS = ['colour', 'postcode', 'website', 'priority', 'comments', 'reviewer', 'budgetCode', 'approvedBy'];

function unknownKey(ctx, rng) {
  return candidatesFrom(ctx, (s) => ownLineProperty(ctx, s) && s.index > 0 && s.parent.shape.closed).map((s) => () => {
    const name = choose(
      rng,
      STRAY_KEYS.filter((k) => !known(s.parent.shape, k)),
    );
    const line = ctx.lineOf(s.pair.key.range[0]);
    const lines = [...ctx.lines];
    lines.splice(line, 0, `${' '.repeat(indentOf(ctx.lines[line]))}${name}: TBC`);
    return { text: withLines(lines), line, code: 'schema/additionalProperties', note: `added \`${name}\`` };
  });
}

/** A typo of a word: two neighbouring letters swapped, or one left out. */
function typo(word, rng) {
  const at = 1 + Math.floor(rng() * Math.max(1, word.length - 2));
  if (rng() < 0.5 && word[at] !== word[at + 1] && at + 1 < word.length)
    return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return word.slice(0, at) + word.slice(at + 1);
}

/** A case that replaces a scalar's text. */
const replacing = (ctx, node, by, code, note) => ({
  text: replaceRange(ctx.text, node.range[0], node.range[1], by),
  line: ctx.lineOf(node.range[0]),
  code,
  note,
});

function wrongEnumValue(ctx, rng) {
  return valueCandidates(
    ctx,
    (s) =>
      oneLineScalar(ctx, s.node) &&
      Array.isArray(s.leaf.enum) &&
      s.leaf.enum.every((v) => typeof v === 'string') &&
      !ENVELOPE.has(s.path.at(-1)),
  ).map((s) => () => {
    const value = String(s.value);
    const wrong = rng() < 0.6 ? typo(value, rng) : choose(rng, ['other', 'unknown', 'TBC', value.toUpperCase()]);
    if (s.leaf.enum.includes(wrong) || wrong === '') return undefined;
    return replacing(ctx, s.node, wrong, 'schema/enum', `${value} → ${wrong}`);
  });
}

function wrongType(ctx, rng) {
  return valueCandidates(ctx, (s) => typeof s.leaf.type === 'string' && !ENVELOPE.has(s.path.at(-1)) && s.leaf.const === undefined).map(
    (s) => () => {
      const type = s.leaf.type;
      let wrong;
      if ((type === 'integer' || type === 'number') && oneLineScalar(ctx, s.node)) wrong = choose(rng, [`"${s.value}"`, 'twelve', 'n/a']);
      else if (type === 'boolean' && oneLineScalar(ctx, s.node)) wrong = choose(rng, ['yes', 'no', 'Y']);
      else if (type === 'string' && oneLineScalar(ctx, s.node) && s.node.type === 'PLAIN')
        wrong = `[${ctx.text.slice(s.node.range[0], s.node.range[1])}]`;
      else if (
        type === 'array' &&
        isSeq(s.node) &&
        s.node.flow &&
        s.node.items.length > 0 &&
        s.node.items.every((i) => oneLineScalar(ctx, i))
      )
        wrong = s.node.items.map((i) => String(i.value)).join(', ');
      return wrong === undefined ? undefined : replacing(ctx, s.node, wrong, 'schema/type', `${type} given as ${wrong}`);
    },
  );
}

function missingRequired(ctx) {
  return candidatesFrom(
    ctx,
    (s) =>
      ownLineProperty(ctx, s) &&
      s.parent.shape.required.has(s.path.at(-1)) &&
      !ENVELOPE.has(s.path.at(-1)) &&
      s.parent.node.items.length >= 2 &&
      lastLineOf(ctx, s.pair) - ctx.lineOf(s.pair.key.range[0]) < 6,
  ).map((s) => () => {
    const first = ctx.lineOf(s.pair.key.range[0]);
    const lines = [...ctx.lines];
    lines.splice(first, lastLineOf(ctx, s.pair) - first + 1);
    return { text: withLines(lines), line: mappingLine(ctx, s.parent), code: 'schema/required', note: `removed \`${s.path.at(-1)}\`` };
  });
}

function validDate(value) {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const validDateTime = (value) =>
  /^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$/.test(value) &&
  validDate(value.slice(0, 10));

function wrongFormat(ctx, rng) {
  return valueCandidates(
    ctx,
    (s) =>
      oneLineScalar(ctx, s.node) &&
      typeof s.value === 'string' &&
      (s.leaf.pattern !== undefined || ['date', 'date-time'].includes(s.leaf.format)),
  ).map((s) => () => {
    const value = String(s.value);
    const pattern = s.leaf.pattern === undefined ? undefined : new RegExp(s.leaf.pattern, 'u');
    const breaksFormat = (v) => (s.leaf.format === 'date' ? !validDate(v) : s.leaf.format === 'date-time' ? !validDateTime(v) : false);
    const tries =
      s.leaf.format === 'date'
        ? [
            `${value.slice(0, 4)}-13-${value.slice(8)}`,
            `${value.slice(8)}/${value.slice(5, 7)}/${value.slice(0, 4)}`,
            `${value.slice(0, 4)}-02-30`,
          ]
        : [value.slice(0, -1), `${value.slice(0, 3)} ${value.slice(3)}`, value.toUpperCase(), value.replace(/-/g, '_'), `${value}!`];
    const wrong = pickSome(tries, tries.length, rng).find(
      (v) => v !== value && v !== '' && ((pattern && !pattern.test(v)) || breaksFormat(v)),
    );
    if (wrong === undefined) return undefined;
    const code = pattern && !pattern.test(wrong) ? 'schema/pattern' : 'schema/format';
    return replacing(ctx, s.node, JSON.stringify(wrong), code, `${value} → ${wrong}`);
  });
}

/** A property after a sibling whose value ends on its own line: indenting it can only be a mistake. */
function afterOneLineSibling(ctx, s) {
  const previous = s.parent.node.items[s.index - 1];
  return (
    s.index > 0 &&
    previous.value &&
    (oneLineScalar(ctx, previous.value) || (previous.value.flow && lastLineOf(ctx, previous) === ctx.lineOf(previous.key.range[0])))
  );
}

/** A case that writes one line at another indentation. */
function reindented(ctx, line, indent, code, note) {
  const lines = [...ctx.lines];
  lines[line] = ' '.repeat(indent) + lines[line].trimStart();
  return { text: withLines(lines), line, code, note };
}

function wrongIndentation(ctx, rng) {
  return candidatesFrom(ctx, (s) => ownLineProperty(ctx, s) && afterOneLineSibling(ctx, s)).map((s) => () => {
    const line = ctx.lineOf(s.pair.key.range[0]);
    const indent = indentOf(ctx.lines[line]);
    const shift = choose(rng, indent >= 2 ? [1, 2, -1] : [1, 2]);
    return reindented(ctx, line, indent + shift, 'yaml/syntax', `indented by ${shift > 0 ? '+' : ''}${shift}`);
  });
}

function unclosedFlow(ctx) {
  return ctx.sites
    .filter((s) => s.node?.flow && s.pair && ctx.lineOf(s.node.range[0]) === ctx.lineOf(s.node.range[1] - 1))
    .map((s) => () => {
      const close = s.node.range[1] - 1;
      if (!']}'.includes(ctx.text[close])) return undefined;
      return {
        text: replaceRange(ctx.text, close, close + 1, ''),
        line: ctx.lineOf(s.node.range[0]),
        code: 'yaml/syntax',
        note: `no closing ${ctx.text[close]}`,
      };
    });
}

function unclosedQuote(ctx) {
  return ctx.sites
    .filter((s) => oneLineScalar(ctx, s.node) && s.node.type !== 'PLAIN')
    .map((s) => () => ({
      text: replaceRange(ctx.text, s.node.range[1] - 1, s.node.range[1], ''),
      line: ctx.lineOf(s.node.range[0]),
      code: 'yaml/syntax',
      note: 'no closing quote',
    }));
}

/** `name P One` or `name:P One`: the colon after a property name left out, or the space after it. */
function missingColon(ctx, rng) {
  return ctx.sites
    .filter((s) => ownLineProperty(ctx, s) && oneLineScalar(ctx, s.node) && ctx.text[s.pair.key.range[1]] === ':')
    .map((s) => () => {
      const colon = s.pair.key.range[1];
      const dropSpace = rng() < 0.5 && ctx.text[colon + 1] === ' ';
      const text = dropSpace ? replaceRange(ctx.text, colon + 1, colon + 2, '') : replaceRange(ctx.text, colon, colon + 1, '');
      return { text, line: ctx.lineOf(colon), code: 'yaml/syntax', note: dropSpace ? 'no space after the colon' : 'no colon' };
    });
}

function tabIndent(ctx) {
  return ctx.sites
    .filter((s) => ownLineProperty(ctx, s) && indentOf(ctx.lines[ctx.lineOf(s.pair.key.range[0])]) >= 2)
    .map((s) => () => {
      const line = ctx.lineOf(s.pair.key.range[0]);
      const lines = [...ctx.lines];
      lines[line] = `\t${lines[line].slice(2)}`;
      return { text: withLines(lines), line, code: 'yaml/tab-indent', note: 'a tab for two spaces' };
    });
}

function duplicateKey(ctx) {
  return ctx.sites
    .filter((s) => ownLineProperty(ctx, s) && oneLineScalar(ctx, s.node))
    .map((s) => () => {
      const line = ctx.lineOf(s.pair.key.range[0]);
      const lines = [...ctx.lines];
      lines.splice(line + 1, 0, lines[line]);
      return { text: withLines(lines), line: line + 1, code: 'yaml/duplicate-key', note: `\`${s.path.at(-1)}\` twice` };
    });
}

function misspeltRequired(ctx, rng) {
  return candidatesFrom(
    ctx,
    (s) =>
      s.pair &&
      isMap(s.parent?.node) &&
      !s.parent.node.flow &&
      s.parent.shape.required.has(s.path.at(-1)) &&
      !ENVELOPE.has(s.path.at(-1)) &&
      s.path.at(-1).length >= 4,
  ).map((s) => () => {
    const name = s.path.at(-1);
    const wrong = typo(name, rng);
    if (known(s.parent.shape, wrong)) return undefined;
    return {
      text: replaceRange(ctx.text, s.pair.key.range[0], s.pair.key.range[1], wrong),
      line: ctx.lineOf(s.pair.key.range[0]),
      code: 'schema/additionalProperties',
      note: `${name} → ${wrong}`,
    };
  });
}

/**
 * A property moved one level out (the last of a nested mapping, written at its parent's
 * indentation) or one level in (into the block mapping just above it), where it is unknown.
 */
function wrongNesting(ctx) {
  const siteOf = new Map(ctx.sites.map((s) => [s.node, s]));
  const out = [];
  for (const s of candidatesFrom(ctx, (s) => ownLineProperty(ctx, s) && oneLineScalar(ctx, s.node))) {
    const line = ctx.lineOf(s.pair.key.range[0]);
    const name = s.path.at(-1);
    const map = s.parent;
    const outer = map.parent;
    const lastItem = s.index === map.node.items.length - 1;
    // Out: only when the mapping is a property's value, and the next line is already further out.
    if (
      lastItem &&
      map.pair &&
      isMap(outer?.node) &&
      !outer.node.flow &&
      !outer.ambiguous &&
      outer.shape.closed &&
      !known(outer.shape, name)
    ) {
      const column = indentOf(ctx.lines[ctx.lineOf(map.pair.key.range[0])]);
      const next = ctx.lines.slice(line + 1).find((l) => l.trim() !== '' && !l.trim().startsWith('#'));
      if (map.node.items.length >= 2 && (next === undefined || indentOf(next) <= column))
        out.push(() => reindented(ctx, line, column, 'schema/additionalProperties', `\`${name}\` moved out of \`${map.path.at(-1)}\``));
    }
    // In: into the block mapping that is the value of the property just above.
    const above = s.index > 0 ? map.node.items[s.index - 1] : undefined;
    const inner = above && siteOf.get(above.value);
    if (inner && isMap(inner.node) && !inner.node.flow && !inner.ambiguous && inner.shape.closed && !known(inner.shape, name)) {
      const column = indentOf(ctx.lines[ctx.lineOf(inner.node.items[0].key.range[0])]);
      out.push(() => reindented(ctx, line, column, 'schema/additionalProperties', `\`${name}\` moved into \`${above.key.value}\``));
    }
  }
  return out;
}
