import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { KINDS, schemaFileName, type Kind } from '@nof/schemas';
import { dataDir } from '@nof/schemas/node';
import { TEMPLATES } from './templates.js';

/** `PlacementAgreement` → `placement-agreement`, the name people type. */
export function kindSlug(kind: Kind): string {
  return schemaFileName(kind).replace(/\.schema\.json$/, '');
}

/** Every kind's slug, in the order people meet the kinds. */
export function kindSlugs(): string[] {
  return KINDS.map(kindSlug);
}

/** The kind named by its slug (`placement-agreement`) or its own name (`PlacementAgreement`), any case. */
export function kindFromName(name: string): Kind | undefined {
  const key = name.toLowerCase();
  return KINDS.find((k) => k.toLowerCase() === key || kindSlug(k) === key);
}

export interface ScaffoldOptions {
  /** Where the document will be written: the modeline's schema path is made relative to its folder. */
  file?: string;
  /** The schema folder (default: the schemas shipped with @nof/schemas). */
  schemaDir?: string;
}

/**
 * A new, minimal document of a kind: valid against its schema, a `# yaml-language-server:
 * $schema=` modeline so editors without the NOF extension still check and complete it, and
 * comments explaining each section. References to other documents are placeholders to fill in.
 */
export function scaffold(kind: Kind, id: string, options: ScaffoldOptions = {}): string {
  const schema = join(options.schemaDir ?? dataDir, 'v1', schemaFileName(kind));
  let path = schema;
  if (options.file && isAbsolute(options.file)) {
    const rel = relative(dirname(options.file), schema);
    // Across drives (Windows) there is no relative path: keep the absolute one.
    if (!isAbsolute(rel)) path = rel;
  }
  const modeline = `# yaml-language-server: $schema=${path.split(sep).join('/')}\n`;
  return modeline + TEMPLATES[kind].replace(/^( {2}id: )ID$/m, `$1${id}`);
}
