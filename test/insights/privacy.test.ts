import { describe, expect, it } from 'vitest';
import { formatPointer, parsePointer, typed } from '../../packages/sdk/src/index.js';
import {
  buildInsights,
  renderInsightsCsv,
  renderInsightsHtml,
  renderInsightsJson,
  renderInsightsMarkdown,
  type InsightsInput,
} from '../../packages/sdk/src/insights/index.js';
import { AnnotationIndex } from '../../packages/sdk/src/model/annotations.js';
import { sampleWorkspace } from './sample-workspace.js';

// The schemas mark every field that may hold a child's personal data `x-personal-data`; the
// annotation index reads those marks through @nof/schemas' keyword reader (readAnnotations).
// Each such value in a sample region is replaced by a canary no other field can hold, and no
// output format of the insights may contain any of them.

const annotations = new AnnotationIndex();

function set(root: unknown, pointer: string, value: unknown): void {
  const segments = parsePointer(pointer);
  const last = segments.pop()!;
  let parent = root as Record<string, unknown>;
  for (const s of segments) parent = parent[s] as Record<string, unknown>;
  parent[last] = value;
}

/** A value of the same shape as `value` that appears nowhere else: the schema must still accept it. */
function canary(value: unknown, n: number): unknown {
  if (typeof value !== 'string') return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(Date.UTC(1901, 0, 1 + n)).toISOString().slice(0, 10);
  if (/^\d{10}$/.test(value)) return `97${String(n).padStart(8, '0')}`;
  return `Canary personal ${n} zqx`;
}

const { documents } = sampleWorkspace(3, 400);
const canaries: string[] = [];
const childReferences = new Set<string>();
const inputs: InsightsInput[] = documents.map((document) => {
  const input = {
    uri: document.uri,
    kind: document.kind,
    apiVersion: document.apiVersion,
    id: document.id,
    value: structuredClone(document.value),
    rangeOf: () => document.range,
  };
  for (const found of annotations.annotatedValues(document.value).filter((a) => a.annotations.personalData)) {
    const replacement = canary(found.value, canaries.length);
    if (replacement === undefined) continue;
    set(input.value, found.pointer, replacement);
    // A canary the schema refuses (an enum, say) is put back: the document must stay readable.
    if (typed(input)) canaries.push(String(replacement));
    else set(input.value, found.pointer, found.value);
  }
  const child = (input.value as { spec?: { child?: { localReference?: string } } }).spec?.child?.localReference;
  if (child) childReferences.add(child);
  return input;
});

describe('the insights keep children private', () => {
  it('has personal data to keep out: names, dates of birth, purposes, needs, outcomes, evidence', () => {
    expect(canaries.length).toBeGreaterThan(500);
    const kinds = new Set(
      documents.flatMap((d) =>
        annotations
          .annotatedValues(d.value)
          .filter((a) => a.annotations.personalData)
          .map((a) => `${d.kind} ${formatPointer(parsePointer(a.pointer).filter((s) => !/^\d+$/.test(s)))}`),
      ),
    );
    for (const field of [
      'PlacementAgreement /spec/child/name',
      'PlacementAgreement /spec/child/dateOfBirth',
      'PlacementAgreement /spec/purpose',
      'OutcomeTracker /spec/reviews/ratings/evidence',
    ]) {
      expect(kinds).toContain(field);
    }
  });

  it.each([
    ['Markdown', renderInsightsMarkdown],
    ['HTML', renderInsightsHtml],
    ['JSON', renderInsightsJson],
    ['CSV', renderInsightsCsv],
  ] as const)('%s holds no value a field marked x-personal-data held, and no child reference', async (_format, render) => {
    const text = await render(buildInsights(inputs, { asOf: '2015-06-01' }));
    expect(text).toContain('Fostering'); // the output does name providers: it is not empty
    expect(canaries.filter((c) => text.includes(c))).toEqual([]);
    expect([...childReferences].filter((ref) => text.includes(ref))).toEqual([]);
  });
});
