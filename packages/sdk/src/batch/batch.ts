import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Codelists } from '../codelists/codelists.js';
import type { FileResult } from '../diagnostics/diagnostic.js';
import { AnnotationIndex } from '../model/annotations.js';
import { NodeHost } from '../node/host.js';
import { registryForFolder } from '../node/schemas.js';
import { reportStage, ruleStage } from '../pipeline/check-file.js';
import type { ProfileCatalog } from '../profiles/profiles.js';
import { listRules } from '../rules/registry.js';
import type { Rule } from '../rules/rule.js';
import type { RuleSettings } from '../rules/settings.js';
import type { SchemaRegistry } from '../schema/registry.js';
import { today } from '../dates/calendar.js';
import { DocumentIndex } from '../workspace/document-index.js';
import { DetachedDocument, Reparser } from './detached.js';
import { checkFile, type BatchInput, type FileCheck } from './file-check.js';
import { runOnWorkers } from './pool.js';

/** One file's diagnostics, and how many documents it holds. */
export interface BatchResult extends FileResult {
  documents: number;
  /** True for a file a search found that holds no NOF document: left out of a report. */
  skipped?: boolean;
}

/** How far a batch has got: files read and schema-checked, then files rule-checked. */
export interface BatchProgress {
  stage: 'parse' | 'rules';
  done: number;
  total: number;
}

export interface BatchOptions {
  /** The rules to run (default: every rule NOF ships). */
  rules?: readonly Rule[];
  /** Severity overrides and `off` switches. */
  settings?: RuleSettings;
  /** The date rules judge by, YYYY-MM-DD (default: today). */
  asOf?: string;
  codelists?: Codelists;
  /** Folder of schema files to use instead of the shipped ones (worker threads load it too). */
  schemaDir?: string;
  /** The local profiles documents may name; each file follows the catalog nearest to it. */
  profiles?: readonly ProfileCatalog[];
  /** Most worker threads to parse on (default: one per core); 1 parses on this thread. */
  threads?: number;
  /** Use worker threads only above this many files (default 200): below it, starting them costs more than it saves. */
  parallelAbove?: number;
  /** How long a worker may spend on one file before it is stopped and the file reported (default 60 s). */
  fileTimeoutMs?: number;
  onProgress?(progress: BatchProgress): void;
}

/** The code of the diagnostic left on a file whose check failed (its worker died or hung). */
export const CHECK_FAILED_CODE = 'internal/check-failed';

/**
 * Checks many files as one workspace, once (a command-line run rather than an editor session):
 * files are read, parsed and schema-checked (the pipeline's text-only stages), on worker threads
 * when there are many, then rules run here with every document indexed, so cross-document rules
 * see all of them. Only plain data is kept per document, so whole-country workspaces fit in
 * memory. The results are those a Workspace holding the same files gives, in input order.
 */
export async function validateBatch(inputs: BatchInput[], options: BatchOptions = {}): Promise<BatchResult[]> {
  const registry = registryForFolder(options.schemaDir);
  const total = inputs.length;
  const progress = (stage: BatchProgress['stage'], done: number): void => options.onProgress?.({ stage, done, total });
  const threads = options.threads ?? Number.POSITIVE_INFINITY;
  let checks: FileCheck[];
  // A single-file bundle of a vendor's program has no worker script beside it: then this thread parses.
  const script = new URL('./worker.js', import.meta.url);
  if (threads > 1 && total > (options.parallelAbove ?? 200) && existsSync(fileURLToPath(script))) {
    checks = await runOnWorkers<BatchInput, FileCheck>(inputs, {
      script,
      workerData: { schemaDir: options.schemaDir, profiles: options.profiles },
      threads,
      ...(options.fileTimeoutMs ? { timeoutMs: options.fileTimeoutMs } : {}),
      failed: checkFailed,
      onItem: (done) => progress('parse', done),
    });
  } else {
    const host = new NodeHost();
    checks = [];
    for (const input of inputs) {
      checks.push(await checkFile(input, host, registry, options.profiles));
      progress('parse', checks.length);
    }
  }
  return checkRules(checks, registry, options, (done) => progress('rules', done));
}

function checkFailed(input: BatchInput, reason: string): FileCheck {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const message = `Checking this file failed, so it was not checked: ${reason}. Please report this as a bug in NOF.`;
  return {
    uri: input.uri,
    ownDiagnostics: [{ severity: 'error', code: CHECK_FAILED_CODE, message, path: '', range }],
    suppressions: [],
    documents: [],
  };
}

function checkRules(checks: FileCheck[], registry: SchemaRegistry, options: BatchOptions, onFile: (done: number) => void): BatchResult[] {
  const reparser = new Reparser(new Map(checks.map((check) => [check.uri, check.source])));
  const index = new DocumentIndex<DetachedDocument>();
  // Per file, as the pipeline's schema stage gives them: the checkable documents, and the others' schema errors.
  const staged = checks.map((check) => {
    const checkable: DetachedDocument[] = [];
    const schemaErrors = new Map<DetachedDocument, string[]>();
    for (const facts of check.documents) {
      const document = new DetachedDocument(check.uri, facts, reparser);
      index.add(document, facts.checkable);
      if (facts.checkable) checkable.push(document);
      else if (facts.schemaErrors.length) schemaErrors.set(document, facts.schemaErrors);
    }
    return { checkable, schemaErrors };
  });
  const lookup = index.lookup();
  const run = {
    rules: options.rules ?? listRules(),
    asOf: options.asOf ?? today(),
    codelists: options.codelists ?? new Codelists(),
    annotations: new AnnotationIndex(registry),
    settings: options.settings,
  };
  return checks.map((check, i) => {
    const diagnostics = check.skipped
      ? []
      : reportStage(
          check.ownDiagnostics,
          ruleStage(staged[i]!.checkable, staged[i]!.schemaErrors, lookup, run),
          check.suppressions,
          options.settings,
          check.documents.every((d) => d.checkable),
        );
    onFile(i + 1);
    return { uri: check.uri, documents: check.documents.length, diagnostics, ...(check.skipped ? { skipped: true } : {}) };
  });
}
