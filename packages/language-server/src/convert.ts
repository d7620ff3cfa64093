import type { Diagnostic as NofDiagnostic } from '@nof/sdk';
import { ruleDocsUrl } from '@nof/sdk/node';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver/node';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;
const TAG = { deprecated: DiagnosticTag.Deprecated, unnecessary: DiagnosticTag.Unnecessary } as const;

/** An SDK diagnostic as LSP has it, with a link to its rule's documentation when it is a rule's. */
export function toLspDiagnostic(d: NofDiagnostic): Diagnostic {
  const out: Diagnostic = { range: d.range, severity: SEVERITY[d.severity], code: d.code, source: 'nof', message: d.message };
  const href = ruleDocsUrl(d.code);
  if (href) out.codeDescription = { href };
  if (d.tags?.length) out.tags = d.tags.map((t) => TAG[t]);
  if (d.related?.length) out.relatedInformation = d.related.map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message }));
  return out;
}
