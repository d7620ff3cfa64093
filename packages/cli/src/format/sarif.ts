import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listRules, type Range, type Rule, type Severity } from '@nof/sdk';
import { version } from '../version.js';
import type { Formatter } from './report.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** What the codes that are not rules mean, by their group (`schema/required` → schema). */
const GROUPS: Record<string, string> = {
  yaml: 'The file is not well-formed YAML, or uses YAML NOF does not accept.',
  schema: 'The document is not valid against its NOF JSON Schema.',
  nof: 'The document does not start with a NOF apiVersion and kind.',
  config: 'nof.config.yaml is not valid.',
  suppression: 'A nof-disable comment is incomplete or suppresses nothing.',
  file: 'The file could not be read.',
  internal: 'NOF failed while checking; please report it.',
};

interface ReportingDescriptor {
  id: string;
  name?: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  help?: { text: string; markdown: string };
  defaultConfiguration?: { level: string };
}

function ruleDescriptor(rule: Rule): ReportingDescriptor {
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    help: { text: rule.docs.trim(), markdown: rule.docs.trim() },
    defaultConfiguration: { level: LEVEL[rule.severity] },
  };
}

function codeDescriptor(code: string): ReportingDescriptor {
  return { id: code, name: code, shortDescription: { text: GROUPS[code.split('/')[0]!] ?? 'A NOF check.' } };
}

/** SARIF's region: 1-based lines and columns, end column exclusive (LSP's end character + 1). */
function region({ start, end }: Range) {
  return { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

/**
 * SARIF 2.1.0 for code-scanning tools: one run whose driver lists every rule (with its docs as
 * help) and every other code reported; artifact URIs relative to the working folder (SRCROOT).
 * The places a finding relates to are its related locations, each with its message.
 */
export const formatSarif: Formatter = (reports, _summary, context) => {
  const descriptors = listRules().map(ruleDescriptor);
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const physicalLocation = (file: string, range: Range) => ({
    artifactLocation: { uri: encodeURI(relative(context.cwd, file).split(sep).join('/')), uriBaseId: 'SRCROOT' },
    region: region(range),
  });
  const results = reports.flatMap((report) =>
    report.diagnostics.map((d) => {
      if (!index.has(d.code)) index.set(d.code, descriptors.push(codeDescriptor(d.code)) - 1);
      return {
        ruleId: d.code,
        ruleIndex: index.get(d.code)!,
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation: physicalLocation(report.file, d.range) }],
        ...(d.related?.length
          ? {
              relatedLocations: d.related.map((r, id) => ({
                id,
                physicalLocation: physicalLocation(r.uri, r.range),
                message: { text: r.message },
              })),
            }
          : {}),
        ...(d.path ? { properties: { jsonPointer: d.path } } : {}),
      };
    }),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'nof', semanticVersion: version(), version: version(), rules: descriptors } },
        originalUriBaseIds: { SRCROOT: { uri: `${pathToFileURL(context.cwd).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
};
