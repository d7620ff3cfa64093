import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { schemaFileName, type Kind } from '@nof/schemas';
import { dataDir } from '@nof/schemas/node';
import { registryForFolder } from '../node/schemas.js';
import { schemaAt } from '../schema/schema-at.js';
import { TEMPLATES } from './templates.js';

export interface ScaffoldOptions {
  /** Where the document will be written: the modeline's schema path is made relative to its folder. */
  file?: string;
  /** The schema folder (default: the schemas shipped with @nof/schemas). */
  schemaDir?: string;
}

/**
 * The schema file a document written to `file` should name: the nearest \`@nof/schemas\` installed
 * in a folder above it, else the nearest checkout of the schemas (\`schemas/v1/\`), else the
 * schemas this SDK ships. Relative to the file's folder when it can be, so that the modeline keeps
 * working when the folder is shared or moved along with its node_modules or schemas.
 */
function schemaPath(kind: Kind, file: string | undefined, shipped: string): string {
  const name = schemaFileName(kind);
  let path = join(shipped, 'v1', name);
  if (!file || !isAbsolute(file)) return path.split(sep).join('/');
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const candidates = [join(dir, 'node_modules', '@nof', 'schemas', 'data', 'v1', name), join(dir, 'schemas', 'v1', name)];
    const found = candidates.find((c) => existsSync(c));
    if (found) {
      path = found;
      break;
    }
    if (dirname(dir) === dir) break;
  }
  const rel = relative(dirname(file), path);
  // Across drives (Windows) there is no relative path: keep the absolute one.
  return (isAbsolute(rel) ? path : rel).split(sep).join('/');
}

/**
 * The template's \`<<values /pointer>>\` tokens, replaced by every value the kind's schema allows
 * there ("a, b or c"), so that the comments never leave a value out or name one that is not allowed.
 */
function withAllowedValues(kind: Kind, template: string, schemaDir: string): string {
  const registry = registryForFolder(schemaDir);
  const root = registry.getSchemaFor('nof/v1', kind)!;
  return template.replace(/<<values (\S+)>>/g, (_token, pointer: string) => {
    const values = schemaAt(root, pointer, registry.graph)?.schemas.flatMap((s) => (Array.isArray(s.enum) ? s.enum : [])) ?? [];
    if (values.length === 0) throw new Error(`The ${kind} template names ${pointer}, which has no allowed values in the schema.`);
    const words = [...new Set(values.map(String))];
    return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
  });
}

/**
 * A new, minimal document of a kind: valid against its schema, a \`# yaml-language-server:
 * $schema=\` modeline so editors without the NOF extension still check and complete it, and
 * comments explaining each section and listing every allowed value of its choices. References to
 * other documents and local authorities are placeholders that NOF reports until they are filled in:
 * none of them is a real authority or provider.
 */
export function scaffold(kind: Kind, id: string, options: ScaffoldOptions = {}): string {
  const schemaDir = options.schemaDir ?? dataDir;
  return `${modeline(kind, options)}\n${withAllowedValues(kind, TEMPLATES[kind], schemaDir).replace(/^( {2}id: )ID$/m, `$1${id}`)}`;
}

/**
 * The `# yaml-language-server: $schema=` line of a document of a kind written to `file` (see
 * {@link ScaffoldOptions}): what `nof new` and the imports put first, so that editors without the
 * NOF extension still check and complete it.
 */
export function modeline(kind: Kind, options: ScaffoldOptions = {}): string {
  return `# yaml-language-server: $schema=${schemaPath(kind, options.file, options.schemaDir ?? dataDir)}`;
}
