import { Codelists } from '../codelists/codelists.js';
import { compareDiagnostics, type FileResult } from '../diagnostics/diagnostic.js';
import { applySuppressions } from '../diagnostics/suppression.js';
import { AnnotationIndex } from '../model/annotations.js';
import { runRules } from '../rules/engine.js';
import { listRules } from '../rules/registry.js';
import { SchemaRegistry } from '../schema/registry.js';
import { DocumentIndex } from '../workspace/document-index.js';
import { today, type WorkspaceOptions } from '../workspace/workspace.js';
import { DetachedDocument, Reparser } from './detached.js';
import { checkFile, type BatchInput, type FileCheck } from './file-check.js';
import { checkOnWorkers } from './pool.js';

/** One file's diagnostics, and how many documents it holds. */
export interface BatchResult extends FileResult {
  documents: number;
}

/** How far a batch has got: files read and schema-checked, then files rule-checked. */
export interface BatchProgress {
  stage: 'parse' | 'rules';
  done: number;
  total: number;
}

export interface BatchOptions extends Omit<WorkspaceOptions, 'registry' | 'config'> {
  /** Folder of schema files to use instead of the shipped ones (worker threads load it too). */
  schemaDir?: string;
  /** Most worker threads to parse on (default: one per core); 1 parses on this thread. */
  threads?: number;
  /** Use worker threads only above this many files (default 200): below it, starting them costs more than it saves. */
  parallelAbove?: number;
  onProgress?(progress: BatchProgress): void;
}

/**
 * Checks many files as one workspace, once (a command-line run rather than an editor session):
 * files are parsed and schema-checked, on worker threads when there are many, then rules run
 * here with every document indexed, so cross-document rules see all of them. Only plain data
 * is kept per document, so whole-country workspaces fit in memory. The results are those a
 * Workspace holding the same files gives, in input order.
 */
export async function validateBatch(inputs: BatchInput[], options: BatchOptions = {}): Promise<BatchResult[]> {
  const registry = SchemaRegistry.forDir(options.schemaDir);
  const total = inputs.length;
  const progress = (stage: BatchProgress['stage'], done: number): void => options.onProgress?.({ stage, done, total });
  const threads = options.threads ?? Number.POSITIVE_INFINITY;
  let checks: FileCheck[];
  if (threads > 1 && total > (options.parallelAbove ?? 200)) {
    checks = await checkOnWorkers(inputs, options.schemaDir, threads, (done) => progress('parse', done));
  } else {
    checks = inputs.map((input, i) => {
      const check = checkFile(input, registry);
      progress('parse', i + 1);
      return check;
    });
  }
  return checkRules(checks, inputs, registry, options, (done) => progress('rules', done));
}

function checkRules(
  checks: FileCheck[],
  inputs: BatchInput[],
  registry: SchemaRegistry,
  options: BatchOptions,
  onFile: (done: number) => void,
): BatchResult[] {
  const reparser = new Reparser(new Map(inputs.map((input) => [input.uri, input])));
  const index = new DocumentIndex<DetachedDocument>();
  const checked = checks.map((check) =>
    check.documents.flatMap((facts) => {
      const document = new DetachedDocument(check.uri, facts, reparser);
      index.add(document, facts.checkable);
      return facts.checkable || facts.schemaErrors.length ? [{ document, schemaErrors: facts.schemaErrors }] : [];
    }),
  );
  const lookup = index.lookup();
  const rules = options.rules ?? listRules();
  const run = {
    asOf: options.asOf ?? today(),
    codelists: options.codelists ?? new Codelists(),
    annotations: new AnnotationIndex(registry),
    ...(options.settings ? { settings: options.settings } : {}),
  };
  return checks.map((check, i) => {
    const semantic = checked[i]!.flatMap(({ document, schemaErrors }) => runRules(rules, document, lookup, { ...run, schemaErrors }));
    onFile(i + 1);
    const rulesRan = check.documents.every((d) => d.checkable);
    const all = applySuppressions([...check.ownDiagnostics, ...semantic], check.suppressions, options.settings, rulesRan);
    return { uri: check.uri, documents: check.documents.length, diagnostics: all.sort(compareDiagnostics) };
  });
}
