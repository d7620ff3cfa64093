import { schemaFileName } from '@nof/schemas';
import type { Diagnostic, TextEdit } from '../diagnostics/diagnostic.js';
import { compareDiagnostics } from '../diagnostics/diagnostic.js';
import { applyEdits } from '../parse/apply-edits.js';
import { parseText } from '../parse/parse-text.js';
import type { ParsedDocument } from '../parse/parsed-document.js';
import { SchemaRegistry } from '../schema/registry.js';
import { validateDocument } from '../schema/validate-document.js';
import type { Conversion } from './conversion.js';
import { outcomeTrackerV1ToV2, outcomeTrackerV2ToV1 } from './outcome-tracker.js';
import { placementAgreementV1ToV2, placementAgreementV2ToV1 } from './placement-agreement.js';
import { YamlEdits } from './yaml-edits.js';

/** Every declared conversion, one per kind and version step. */
export const CONVERSIONS: readonly Conversion[] = [
  placementAgreementV1ToV2,
  placementAgreementV2ToV1,
  outcomeTrackerV1ToV2,
  outcomeTrackerV2ToV1,
];

/** Diagnostic code of everything `migrate` reports itself (schema problems keep their own codes). */
export const MIGRATE_CODE = 'nof/migrate';

/** The outcome of migrating one file. */
export interface Migration {
  uri: string;
  /** The file's text after migration; the original text when nothing changed or it is blocked. */
  text: string;
  changed: boolean;
  /** True when a document needs a human decision (or is invalid): nothing may be written. */
  blocked: boolean;
  /** Decisions needed (errors) and notes for the author (info), located in the original text. */
  diagnostics: Diagnostic[];
}

export interface MigrateOptions {
  registry?: SchemaRegistry;
  conversions?: readonly Conversion[];
}

/** The steps from one version to another for a kind, shortest first; undefined when there is no way. */
export function conversionPath(conversions: readonly Conversion[], kind: string, from: string, to: string): Conversion[] | undefined {
  const queue: Array<{ at: string; path: Conversion[] }> = [{ at: from, path: [] }];
  const seen = new Set([from]);
  while (queue.length) {
    const { at, path } = queue.shift()!;
    if (at === to) return path;
    for (const step of conversions.filter((c) => c.kind === kind && c.from === at && !seen.has(c.to))) {
      seen.add(step.to);
      queue.push({ at: step.to, path: [...path, step] });
    }
  }
  return undefined;
}

/**
 * Converts every document of a YAML file to API version `to` through the declared conversions,
 * as text edits that leave everything the conversion did not have to change as written. A
 * document that is invalid, or whose conversion needs a human decision, blocks the whole file:
 * its text comes back unchanged with located diagnostics saying why.
 */
export function migrateText(text: string, uri: string, to: string, options: MigrateOptions = {}): Migration {
  const registry = options.registry ?? SchemaRegistry.shipped();
  const conversions = options.conversions ?? CONVERSIONS;
  const unchanged = (diagnostics: Diagnostic[], blocked: boolean): Migration => ({
    uri,
    text,
    changed: false,
    blocked,
    diagnostics: diagnostics.sort(compareDiagnostics),
  });

  const parsed = parseText(text, uri);
  const yamlErrors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (yamlErrors.length) return unchanged(yamlErrors, true);

  const diagnostics: Diagnostic[] = [];
  const plans: Array<{ document: ParsedDocument; steps: Conversion[] }> = [];
  for (const document of parsed.documents) {
    const plan = planFor(document, to, registry, conversions, diagnostics);
    if (plan?.length) plans.push({ document, steps: plan });
  }
  if (diagnostics.some((d) => d.severity === 'error') || plans.length === 0)
    return unchanged(
      diagnostics,
      diagnostics.some((d) => d.severity === 'error'),
    );

  // One step per round for every document still on its way, then parse again for the next step.
  let current = text;
  let pending = plans.map((p) => ({ index: p.document.index, steps: p.steps }));
  for (let round = 0; pending.length; round++) {
    const documents = round === 0 ? parsed.documents : parseText(current, uri).documents;
    const edits: TextEdit[] = [];
    for (const item of pending) {
      const document = documents.find((d) => d.index === item.index)!;
      const step = item.steps[0]!;
      const changes = new YamlEdits(document, MIGRATE_CODE);
      // The engine moves the version (and the schema addresses); the step converts the content.
      changes.set('/apiVersion', step.to);
      step.convert(changes);
      retargetSchemaUri(changes, step);
      // Later rounds' ranges refer to intermediate text: only the first round's are the user's.
      for (const d of changes.diagnostics) if (round === 0 || d.severity === 'error') diagnostics.push(d);
      for (const edit of [...changes.edits(), ...modelineEdit(document, documents, step)]) edits.push(edit);
    }
    if (diagnostics.some((d) => d.severity === 'error')) return unchanged(diagnostics, true);
    current = applyEdits(current, edits);
    pending = pending.map((p) => ({ ...p, steps: p.steps.slice(1) })).filter((p) => p.steps.length);
  }

  const invalid = invalidResults(current, uri, to, registry);
  if (invalid.length) return unchanged([...diagnostics, ...invalid], true);
  return { uri, text: current, changed: current !== text, blocked: false, diagnostics: diagnostics.sort(compareDiagnostics) };
}

/** The steps a document needs, after checking it is valid where it stands; reports why not. */
function planFor(
  document: ParsedDocument,
  to: string,
  registry: SchemaRegistry,
  conversions: readonly Conversion[],
  out: Diagnostic[],
): Conversion[] | undefined {
  const { apiVersion, kind } = document;
  if (!document.reliable || apiVersion === to) return undefined;
  const problems = validateDocument(document, registry).filter((d) => d.severity === 'error');
  if (problems.length || kind === undefined || apiVersion === undefined) {
    for (const problem of problems) out.push(problem);
    return undefined;
  }
  const range = document.rangeOf('/apiVersion');
  if (!registry.kinds(to).includes(kind)) {
    out.push({
      severity: 'info',
      code: MIGRATE_CODE,
      path: '/apiVersion',
      range,
      message: `${to} has no ${kind} kind: this document stays at ${apiVersion}.`,
    });
    return undefined;
  }
  const path = conversionPath(conversions, kind, apiVersion, to);
  if (!path)
    out.push({
      severity: 'error',
      code: MIGRATE_CODE,
      path: '/apiVersion',
      range,
      message: `No conversion of ${kind} from ${apiVersion} to ${to} is declared.`,
    });
  return path;
}

/**
 * Points the editor modeline (`# yaml-language-server: $schema=.../v1/<kind>.schema.json`)
 * before the file's first document at the new version's schema.
 */
function modelineEdit(document: ParsedDocument, documents: ParsedDocument[], step: Conversion): TextEdit[] {
  if (documents[0] !== document) return [];
  const contents = document.yaml.contents as { range?: [number, number, number] } | null;
  const head = document.positions.text.slice(0, contents?.range?.[0] ?? 0);
  const from = step.from.replace('nof/', '');
  const pattern = new RegExp(
    `^# yaml-language-server: \\$schema=\\S*/(${from})/${schemaFileName(step.kind).replace(/\./g, '\\.')}\\s*$`,
    'm',
  );
  const match = pattern.exec(head);
  if (!match) return [];
  const start = match.index + match[0].lastIndexOf(`/${from}/`) + 1;
  return [{ range: document.positions.range(start, start + from.length), newText: step.to.replace('nof/', '') }];
}

/** A document's own `$schema` (for generic JSON Schema tools) names the new version's schema file. */
function retargetSchemaUri(changes: YamlEdits, step: Conversion): void {
  const uri = changes.get('/$schema');
  const from = `/${step.from.replace('nof/', '')}/${schemaFileName(step.kind)}`;
  if (typeof uri === 'string' && uri.endsWith(from)) {
    changes.set('/$schema', uri.slice(0, -from.length) + `/${step.to.replace('nof/', '')}/${schemaFileName(step.kind)}`);
  }
}

/** Schema errors of the converted text: a conversion that produced an invalid document is a bug, but never written. */
function invalidResults(text: string, uri: string, to: string, registry: SchemaRegistry): Diagnostic[] {
  return parseText(text, uri)
    .documents.filter((d) => d.apiVersion === to)
    .flatMap((d) => validateDocument(d, registry).filter((p) => p.severity === 'error'))
    .map((d) => ({ ...d, message: `After conversion to ${to}: ${d.message}` }));
}
