import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAnnotations, schemaFileName, type Codelist, type JsonSchema, type SchemaFile } from '@nof/schemas';
import { dataDir, loadCodelists } from '@nof/schemas/node';
import { registryForFolder } from '../node/schemas.js';
import { parsePointer } from '../parse/json-pointer.js';
import type { SchemaRegistry } from '../schema/registry.js';
import { configDoc } from './config-doc.js';
import { isSchemaObject } from '../schema/schema-graph.js';
import { describeConditions } from './conditions.js';
import { code, describeConstraints, describeType, isObjectSchema, type Linker } from './describe-type.js';

const BANNER = (source: string) =>
  `<!-- Generated from ${source} by \`nof schema docs\`. Do not edit: change the schema, then run \`pnpm build && pnpm nof schema docs\`. -->`;

/** A table cell: one line, pipes escaped. */
const cell = (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const anchorOf = (path: string) =>
  path
    .replace(/\[\]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
/** `v1/consortium.schema.json` → `v1/consortium.md`. */
const docPath = (schemaFile: string) => schemaFile.replace(/\.schema\.json$/, '.md');

/** The path from one generated doc to another (both relative to the docs folder). */
function relativeLink(from: string, to: string): string {
  if (from === to) return '';
  const [fromDir, toParts] = [from.split('/').slice(0, -1), to.split('/')];
  let common = 0;
  while (common < fromDir.length && fromDir[common] === toParts[common]) common++;
  return [...fromDir.slice(common).map(() => '..'), ...toParts.slice(common)].join('/');
}

interface Section {
  schema: JsonSchema;
  path: string;
}

/** One schema file's Markdown reference. */
class FileDoc implements Linker {
  private readonly queue: Section[] = [];
  private readonly queued = new Map<JsonSchema, string>();

  constructor(
    private readonly file: SchemaFile,
    private readonly registry: SchemaRegistry,
    private readonly fileOfId: Map<string, SchemaFile>,
    private readonly codelists: Map<string, Codelist>,
  ) {}

  private get doc(): string {
    return docPath(this.file.file);
  }

  linkRef(ref: string, from: JsonSchema): string | undefined {
    const target = this.registry.graph.resolve(ref, from);
    const at = target && this.registry.graph.locate(target);
    const targetFile = at && this.fileOfId.get(at.baseId);
    if (!target || !at || !targetFile) return undefined;
    const [defs, name] = parsePointer(at.pointer);
    // A ref into a definition's inner property links to that definition's section.
    const anchor = defs === '$defs' && name ? anchorOf(name) : '';
    const label = (typeof target.title === 'string' ? target.title : name) ?? targetFile.kind ?? targetFile.file;
    return `[${label}](${relativeLink(this.doc, docPath(targetFile.file))}${anchor ? `#${anchor}` : ''})`;
  }

  linkInline(schema: JsonSchema, path: string): string {
    return `[object](#${this.enqueue(schema, path)})`;
  }

  private enqueue(schema: JsonSchema, path: string): string {
    const known = this.queued.get(schema);
    if (known) return known;
    const anchor = anchorOf(path);
    this.queued.set(schema, anchor);
    this.queue.push({ schema, path });
    return anchor;
  }

  render(): string {
    const root = this.file.schema;
    const title = typeof root.title === 'string' ? root.title : this.file.file;
    const version = this.file.apiVersion;
    const lines = [BANNER(`schemas/${this.file.file}`), '', `# ${title}`, ''];
    if (this.file.kind) lines.push(`Documents of this kind start \`apiVersion: ${version}\` and \`kind: ${this.file.kind}\`.`, '');
    else if (typeof root.description === 'string') lines.push(root.description, '');
    if (isObjectSchema(root)) this.enqueue(root, 'document');
    for (const [name, def] of Object.entries(isSchemaObject(root.$defs) ? root.$defs : {})) {
      if (isSchemaObject(def)) this.enqueue(def, name);
    }
    // Sections found while writing others (inline objects) are written after, in the order found.
    for (let i = 0; i < this.queue.length; i++) lines.push(...this.section(this.queue[i] as Section));
    return `${lines.join('\n').trimEnd()}\n`;
  }

  private section({ schema, path }: Section): string[] {
    const anchor = this.queued.get(schema) as string;
    const title = typeof schema.title === 'string' ? `: ${schema.title}` : '';
    const out = [`<a id="${anchor}"></a>`, '', `## \`${path}\`${title}`, ''];
    if (typeof schema.description === 'string') out.push(schema.description, '');
    if (isObjectSchema(schema)) {
      out.push(...this.table(schema, path));
      for (const rule of describeConditions(schema)) out.push(rule, '');
    } else {
      out.push(`**Type**: ${describeType(schema, path, this)}.`, '');
      const notes = this.notes(schema);
      if (notes.length) out.push(notes.join(' '), '');
    }
    if (Array.isArray(schema.examples) && schema.examples.some(isSchemaObject)) {
      out.push('Example:', '', '```json', JSON.stringify(schema.examples[0], null, 2), '```', '');
    }
    return out;
  }

  private table(schema: JsonSchema, path: string): string[] {
    const properties = Object.entries(isSchemaObject(schema.properties) ? schema.properties : {}).filter(([, s]) =>
      isSchemaObject(s),
    ) as Array<[string, JsonSchema]>;
    if (!properties.length) return [];
    const required = new Set(Array.isArray(schema.required) ? schema.required : []);
    const rows = properties.map(([name, property]) => {
      const title = typeof property.title === 'string' ? `**${property.title}.** ` : '';
      const description = [title + (typeof property.description === 'string' ? property.description : ''), ...this.notes(property)]
        .filter(Boolean)
        .join(' ');
      return `| \`${name}\` | ${cell(describeType(property, `${path}.${name}`, this))} | ${required.has(name) ? 'yes' : 'no'} | ${cell(description)} |`;
    });
    const closed = schema.additionalProperties === false ? [] : ['Other properties are allowed.', ''];
    return ['| Property | Type | Required | Description |', '| --- | --- | --- | --- |', ...rows, '', ...closed];
  }

  /** Limits, codelists, references, personal data, deprecation, defaults and examples of one schema, in words. */
  private notes(schema: JsonSchema): string[] {
    const out: string[] = [];
    const limits = describeConstraints(schema);
    if (limits.length) out.push(`Limits: ${limits.join('; ')}.`);
    const { codelist: list, refKind: kind, refScope: scope, personalData, deprecated } = readAnnotations(schema);
    if (list !== undefined) {
      const known = this.codelists.get(list);
      out.push(`Codes from the ${known ? `[${known.title}](${relativeLink(this.doc, `codelists/${list}.md`)})` : code(list)} codelist.`);
    }
    if (kind !== undefined)
      out.push(
        `The id of a [${kind}](${relativeLink(this.doc, docPath(`${this.file.file.split('/')[0]}/${schemaFileName(kind)}`))}) document.`,
      );
    if (scope)
      out.push(`The ${code(scope.key ?? 'id')} of an item of ${code(scope.collection)} in the ${scope.kind} named at ${code(scope.via)}.`);
    if (personalData)
      out.push(
        "**Personal data**: may hold a child's personal data; removed by `nof redact` and never shared outside the placing authority.",
      );
    if (deprecated) out.push(`**Deprecated**${deprecated.by !== undefined ? `: use ${code(deprecated.by)} instead` : ''}.`);
    if ('default' in schema) out.push(`Default: ${code(schema.default)}.`);
    const examples = Array.isArray(schema.examples) ? schema.examples.filter((e) => !isSchemaObject(e)) : [];
    if (examples.length) out.push(`Example${examples.length > 1 ? 's' : ''}: ${examples.map(code).join(', ')}.`);
    return out;
  }
}

function codelistDoc(list: Codelist): string {
  const hasAttributes = list.entries.some((e) => e.attributes);
  const header = ['Code', 'Label', 'Valid from', 'Valid to', 'Successors', ...(hasAttributes ? ['Attributes'] : []), 'Aliases', 'Notes'];
  const rows = list.entries.map((e) => {
    const cells = [code(e.code), e.label, e.validFrom ?? '', e.validTo ?? '', (e.successors ?? []).map(code).join(', ')];
    if (hasAttributes)
      cells.push(
        Object.entries(e.attributes ?? {})
          .map(([k, v]) => `${k}: ${v}`)
          .join('; '),
      );
    cells.push((e.aliases ?? []).join(', '), e.notes ?? '');
    return `| ${cells.map(cell).join(' | ')} |`;
  });
  return [
    BANNER(`schemas/codelists/${list.id}.json`),
    '',
    `# ${list.title}`,
    '',
    `Codelist \`${list.id}\`, version ${list.version}, ${list.closed ? 'closed (other codes are errors)' : 'open (other codes are warnings)'}.${list.source ? ` Source: ${list.source}.` : ''}`,
    '',
    `Checked in ${list.checked.year} against: ${list.checked.sources.join('; ')}.${list.checked.unverified ? ` Not verified: ${list.checked.unverified}` : ''}`,
    '',
    list.description,
    '',
    'Entries are never deleted: a retired code keeps its row with the last day it was valid and its successors.',
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows,
    '',
  ].join('\n');
}

function indexDoc(files: SchemaFile[], codelists: Codelist[]): string {
  const lines = [
    BANNER('schemas/'),
    '',
    '# NOF schema reference',
    '',
    'One page per document kind and version, generated from the schemas themselves; a change to a schema shows here as a docs diff. Versioning policy: [VERSIONING.md](../VERSIONING.md).',
    '',
  ];
  for (const version of [...new Set(files.map((f) => f.apiVersion))]) {
    lines.push(`## ${version}`, '');
    for (const f of files.filter((x) => x.apiVersion === version)) {
      const title = typeof f.schema.title === 'string' ? f.schema.title : f.file;
      lines.push(`- [${f.kind ?? title}](${docPath(f.file)})${f.kind ? `: ${title}` : ''}`);
    }
    lines.push('');
  }
  lines.push('## Codelists', '', ...codelists.map((l) => `- [${l.title}](codelists/${l.id}.md) (\`${l.id}\`, version ${l.version})`), '');
  lines.push('## Workspace configuration', '', '- [nof.config.yaml](nof-config.md): every key, with an example', '');
  return lines.join('\n');
}

/**
 * The Markdown reference of every schema file and codelist in a schema folder (the layout of
 * `schemas/`), by path relative to the docs folder: `README.md`, `v1/consortium.md`,
 * `codelists/regions.md`. The same schemas always give the same text.
 */
export function renderSchemaDocs(schemaDir: string = dataDir): Map<string, string> {
  const registry = registryForFolder(schemaDir);
  const fileOfId = new Map<string, SchemaFile>();
  for (const f of registry.files) fileOfId.set(typeof f.schema.$id === 'string' ? f.schema.$id : `https://schemas.nof.org.uk/${f.file}`, f);
  const codelists = loadCodelists(schemaDir);
  const sortedLists = [...codelists.values()].sort((a, b) => a.id.localeCompare(b.id));
  const out = new Map<string, string>([['README.md', indexDoc([...registry.files], sortedLists)]]);
  for (const file of registry.files) out.set(docPath(file.file), new FileDoc(file, registry, fileOfId, codelists).render());
  for (const list of sortedLists) out.set(`codelists/${list.id}.md`, codelistDoc(list));
  const config = join(schemaDir, 'nof-config.schema.json');
  if (existsSync(config))
    out.set('nof-config.md', configDoc(JSON.parse(readFileSync(config, 'utf8')) as JsonSchema, BANNER('schemas/nof-config.schema.json')));
  return out;
}
