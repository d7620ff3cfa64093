import type { Diagnostic, Range, Severity } from './diagnostic.js';

/**
 * The most findings of one stage (YAML, schema, rules) listed for one document. Past a thousand,
 * more only bury the first ones (and cost time and memory in every tool that shows them): the
 * rest are counted in one diagnostic.
 */
export const MAX_PER_DOCUMENT = 1000;

/** The diagnostic standing for `hidden` findings of a stage that are not listed, on the document's first line. */
export function moreProblems(hidden: number, stage: 'YAML' | 'schema' | 'rule', severity: Severity, range: Range): Diagnostic {
  const count = hidden.toLocaleString('en-GB');
  return {
    severity,
    code: 'nof/more-problems',
    message: `${count} more ${stage} ${hidden === 1 ? 'problem' : 'problems'} in this document ${hidden === 1 ? 'is' : 'are'} not listed (only the first ${MAX_PER_DOCUMENT.toLocaleString('en-GB')} are): fix these and check again.`,
    path: '',
    range,
  };
}
