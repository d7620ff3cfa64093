import { Codelists } from '../codelists/codelists.js';
import { today } from '../dates/calendar.js';
import type { LoadedConfig } from '../config/config.js';
import type { Diagnostic, FileResult } from '../diagnostics/diagnostic.js';
import { parseText, type ParsedFile } from '../parse/parse-text.js';
import { reparseText } from '../parse/reparse.js';
import { AnnotationIndex } from '../model/annotations.js';
import type { ParsedDocument } from '../parse/parsed-document.js';
import { reportStage, ruleStage, schemaStage, type SchemaStage } from '../pipeline/check-file.js';
import type { ProfileCatalog } from '../profiles/profiles.js';
import { SchemaRegistry } from '../schema/registry.js';
import { listRules } from '../rules/registry.js';
import type { Rule } from '../rules/rule.js';
import type { RuleSettings } from '../rules/settings.js';
import type { Position } from '../diagnostics/diagnostic.js';
import type { Kind } from '@nof/schemas';
import type { TypedDocument } from '../model/documents.js';
import type { RuleDocument } from '../rules/rule.js';
import { DocumentIndex, keysOf } from './document-index.js';
import { Navigator, type Location } from './navigation.js';
import { referencesIn, resolveForReader, type ResolvedReference } from './references.js';

/** What a workspace checks with; every field has a default. */
export interface WorkspaceOptions {
  /** The rules to run (default: every rule NOF ships). */
  rules?: readonly Rule[];
  /** Severity overrides and `off` switches (nof.config.yaml `rules`). */
  settings?: RuleSettings;
  /** The date rules judge by, YYYY-MM-DD (nof.config.yaml `asOf`; default: today). */
  asOf?: string;
  codelists?: Codelists;
  /** The schemas documents are checked against (default: the shipped ones). */
  registry?: SchemaRegistry;
  /** The nof.config.yaml the settings came from, kept so its own diagnostics can be reported. */
  config?: LoadedConfig;
  /** The local profiles documents may name, by the folder they govern (read through a host; default: none). */
  profiles?: readonly ProfileCatalog[];
}

/** One file's state: everything derived from its text is computed once per text. */
interface FileEntry extends SchemaStage {
  parsed: ParsedFile;
  /** Rule findings and the lookups they depended on; undefined when they must be computed again. */
  semantic?: { diagnostics: Diagnostic[]; dependsOn: Set<string> };
}

/**
 * Many NOF files checked together. Each file is parsed once per text; rules run per file with a
 * lookup that records which documents they asked about, so that when a file changes only it and
 * the files that depend on it (by a lookup or a reference) are checked again.
 */
export class Workspace {
  private readonly files = new Map<string, FileEntry>();
  private readonly index = new DocumentIndex();
  /** Dependency key → the files whose last check looked it up. */
  private readonly dependents = new Map<string, Set<string>>();
  private options: Required<Omit<WorkspaceOptions, 'asOf' | 'settings' | 'config'>> & Pick<WorkspaceOptions, 'asOf' | 'settings'>;
  /** The nof.config.yaml this workspace was loaded with, if any. */
  config: LoadedConfig | undefined;
  /** Files that could not be read when the workspace was loaded. */
  readonly loadProblems: FileResult[] = [];
  /** The annotated values of every document, found once per text. */
  readonly annotations: AnnotationIndex;
  private readonly navigator: Navigator;

  constructor(options: WorkspaceOptions = {}) {
    this.options = {
      ...options,
      rules: options.rules ?? listRules(),
      codelists: options.codelists ?? new Codelists(),
      registry: options.registry ?? SchemaRegistry.shipped(),
      profiles: options.profiles ?? [],
    };
    this.config = options.config;
    this.annotations = new AnnotationIndex(this.options.registry);
    this.navigator = new Navigator(this.annotations, this.index.everyDocument(), () => this.documents());
  }

  /** The date rules judge by. */
  get asOf(): string {
    return this.options.asOf ?? today();
  }

  /** The codelists rules consult. */
  get codelists(): Codelists {
    return this.options.codelists;
  }

  /** The schemas documents are checked against. */
  get registry(): SchemaRegistry {
    return this.options.registry;
  }

  /** The local profiles documents are checked with. */
  get profiles(): readonly ProfileCatalog[] {
    return this.options.profiles;
  }

  /** New local profiles (a profile file changed): every file is checked against its schema again. Returns every uri. */
  setProfiles(profiles: readonly ProfileCatalog[]): string[] {
    this.options = { ...this.options, profiles };
    return this.recheck();
  }

  /** Changes what rules judge by (settings, date, rules): every file is checked again. */
  configure(options: Pick<WorkspaceOptions, 'settings' | 'asOf' | 'rules'>): void {
    this.options = { ...this.options, ...options, rules: options.rules ?? this.options.rules };
    for (const uri of this.files.keys()) this.invalidate(uri);
  }

  /**
   * Adds a file or replaces its text. Returns every uri whose diagnostics may have changed:
   * the file itself and the files that depend on a document it held or now holds.
   */
  set(uri: string, text: string): string[] {
    const old = this.files.get(uri);
    if (old && old.parsed.text === text) return [];
    // Typing changes one item of a file: the last parse gives the rest (and is used up doing so).
    const parsed = old ? reparseText(old.parsed, text) : parseText(text, uri);
    return this.replace(uri, old, this.entryOf(parsed));
  }

  /**
   * Checks every file again, schemas included, from the text it holds: for a change outside the
   * files that checking depends on, such as a local profile on disk. Returns every uri.
   */
  recheck(): string[] {
    for (const [uri, entry] of this.files) this.replace(uri, entry, this.entryOf(entry.parsed));
    return this.uris();
  }

  /** A parsed file with its schema problems; rules run when its diagnostics are asked for. */
  private entryOf(parsed: ParsedFile): FileEntry {
    return { parsed, ...schemaStage(parsed, this.options.registry, this.options.profiles) };
  }

  /** Removes a file. Returns the uris whose diagnostics may have changed (the dependents). */
  remove(uri: string): string[] {
    const old = this.files.get(uri);
    if (!old) return [];
    return this.replace(uri, old, undefined).filter((u) => u !== uri);
  }

  /** True when the workspace holds this file. */
  has(uri: string): boolean {
    return this.files.has(uri);
  }

  /** Every file's uri, in the order added. */
  uris(): string[] {
    return [...this.files.keys()];
  }

  /** A file's parse result (its text, documents and YAML problems). */
  file(uri: string): ParsedFile | undefined {
    return this.files.get(uri)?.parsed;
  }

  /** Every document of every file. */
  documents(): ParsedDocument[] {
    return [...this.files.values()].flatMap((f) => f.parsed.documents);
  }

  /**
   * The document of `kind` whose `metadata.id` is `id`, typed by its kind and apiVersion (narrow
   * with `doc.apiVersion === 'nof/v2'`). Only a checkable document is handed out: one read
   * without YAML errors and valid against its schema. For a document with errors this is
   * undefined, `hasErrors(kind, id)` is true, and `diagnostics(uri)` says what is wrong (the
   * untyped document is still in `documents()`). With duplicate ids, the first added.
   */
  get<K extends Kind>(kind: K, id: string): TypedDocument<K> | undefined {
    return this.index.lookup().get(kind, id);
  }

  /** Every checkable document of `kind`, typed, in the order added (documents with errors are left out). */
  all<K extends Kind>(kind: K): TypedDocument<K>[] {
    return this.index.lookup().all(kind);
  }

  /** True when the workspace has a document of `kind` with this id that `get` leaves out for its YAML or schema errors. */
  hasErrors(kind: Kind, id: string): boolean {
    return this.index.lookup().hasErrors(kind, id);
  }

  /**
   * Every reference a document makes (the fields its schema marks `x-ref-kind` or `x-ref-scope`:
   * an agreement's provider, consortium, arrangement and lot, a tracker's agreement and outcomes...),
   * each with what it names, in document order.
   */
  referencesFrom(document: RuleDocument): ResolvedReference[] {
    const lookup = this.index.lookup();
    return referencesIn(document, this.annotations).map((reference) => resolveForReader(reference, lookup));
  }

  /**
   * What the reference at `pointer` names (`/spec/provider`, `/spec/route/arrangement`), or
   * undefined when the schema marks no reference there or the document has no value there.
   */
  resolve(document: RuleDocument, pointer: string): ResolvedReference | undefined {
    const reference = referencesIn(document, this.annotations).find((r) => r.pointer === pointer);
    return reference && resolveForReader(reference, this.index.lookup());
  }

  /** Every document rules read (no YAML errors, valid against its schema), in file order: what reports and insights are built from. */
  checkableDocuments(): ParsedDocument[] {
    return [...this.files.values()].flatMap((f) => f.checkable);
  }

  /** The diagnostics of one file, sorted; rules run again only if the file or what it depends on changed. */
  diagnostics(uri: string): FileResult {
    const entry = this.files.get(uri);
    if (!entry) return { uri, diagnostics: [] };
    const semantic = entry.semantic ?? this.check(uri, entry);
    // Rules that could not run (YAML or schema errors) do not make a suppression unused.
    const rulesRan = entry.checkable.length === entry.parsed.documents.length;
    return {
      uri,
      diagnostics: reportStage(entry.ownDiagnostics, semantic.diagnostics, entry.parsed.suppressions, this.options.settings, rulesRan),
    };
  }

  /** The diagnostics of every file, in the order the files were added. */
  validateAll(): FileResult[] {
    return this.uris().map((uri) => this.diagnostics(uri));
  }

  /**
   * Where the id at a position is declared: for a reference (a consortium, arrangement, lot,
   * tier, outcome... id), the document or item it names; for a declared id, itself.
   */
  definition(uri: string, position: Position): Location | undefined {
    return this.navigator.definition(this.file(uri)?.documents ?? [], position);
  }

  /** Every reference across the workspace to the id at a position (its declaration first, unless asked not to). */
  references(uri: string, position: Position, includeDeclaration = true): Location[] {
    return this.navigator.references(this.file(uri)?.documents ?? [], position, includeDeclaration);
  }

  private replace(uri: string, old: FileEntry | undefined, entry: FileEntry | undefined): string[] {
    const changed = new Set<string>();
    for (const document of old?.parsed.documents ?? []) {
      this.index.remove(document);
      keysOf(document).forEach((k) => changed.add(k));
    }
    this.forget(uri, old);
    if (entry) {
      this.files.set(uri, entry);
      for (const document of entry.parsed.documents) {
        this.index.add(document, entry.checkable.includes(document));
        keysOf(document).forEach((k) => changed.add(k));
      }
    } else this.files.delete(uri);
    const affected = new Set<string>([uri]);
    for (const key of changed) for (const dependent of this.dependents.get(key) ?? []) affected.add(dependent);
    for (const dependent of affected) if (dependent !== uri) this.invalidate(dependent);
    return [...affected];
  }

  private invalidate(uri: string): void {
    const entry = this.files.get(uri);
    if (!entry) return;
    this.forget(uri, entry);
    entry.semantic = undefined;
  }

  /** Drops a file's recorded dependencies. */
  private forget(uri: string, entry: FileEntry | undefined): void {
    for (const key of entry?.semantic?.dependsOn ?? []) {
      const set = this.dependents.get(key);
      set?.delete(uri);
      if (set?.size === 0) this.dependents.delete(key);
    }
  }

  private check(uri: string, entry: FileEntry): NonNullable<FileEntry['semantic']> {
    const dependsOn = new Set<string>();
    const lookup = this.index.lookup(dependsOn);
    const { rules, codelists, settings } = this.options;
    const options = { rules, asOf: this.asOf, codelists, annotations: this.annotations, settings };
    const diagnostics = ruleStage(entry.checkable, entry.schemaErrors, lookup, options);
    entry.semantic = { diagnostics, dependsOn };
    for (const key of dependsOn) {
      const set = this.dependents.get(key) ?? new Set<string>();
      set.add(uri);
      this.dependents.set(key, set);
    }
    return entry.semantic;
  }
}
