import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  buildInsights,
  CHILD_KINDS,
  INSIGHTS_SECTIONS,
  renderInsightsCsv,
  renderInsightsJson,
  renderInsightsMarkdown,
  SUPPRESSED,
  workspaceInsights,
  type Insights,
} from '../../packages/sdk/src/insights/index.js';
import { MemoryHost, Project } from '../../packages/sdk/src/index.js';
import { sampleWorkspace } from './sample-workspace.js';

// ajv is the SDK's (the repository root has none of its own); strict, so a mistake in the schema fails too.
const { Ajv2020 } = createRequire(new URL('../../packages/sdk/package.json', import.meta.url))(
  'ajv/dist/2020.js',
) as typeof import('ajv/dist/2020.js');
const AS_OF = '2015-06-01';
const schema = JSON.parse(readFileSync(new URL('../../schemas/insights.schema.json', import.meta.url), 'utf8'));
const { documents } = sampleWorkspace(5, 600);
const insights = buildInsights(documents, { asOf: AS_OF });
const tables = (i: Insights) =>
  INSIGHTS_SECTIONS.flatMap((section) => Object.entries(i[section].tables).map(([id, table]) => ({ id: `${section}.${id}`, table })));

describe('insights over a sample region', () => {
  it('has the six sections, in a JSON shape its schema describes', () => {
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
    const json = JSON.parse(renderInsightsJson(insights));
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(Object.keys(json)).toEqual(['$schema', 'about', ...INSIGHTS_SECTIONS]);
  });

  it('is the same every time for the same documents', () => {
    expect(renderInsightsJson(buildInsights(documents, { asOf: AS_OF }))).toBe(renderInsightsJson(insights));
  });

  it('shows no count of children from 1 to 4, in a table or in what a table was computed from', () => {
    const small = (n: unknown) => typeof n === 'number' && n > 0 && n < 5;
    for (const { id, table } of tables(insights)) {
      const counts = table.columns.filter((c) => c.children && c.type === 'count');
      for (const row of table.rows) for (const c of counts) expect(small(row[c.key]), `${id} ${c.key}: ${row[c.key]}`).toBe(false);
      for (const [kind, n] of Object.entries(table.basis.documents))
        expect(CHILD_KINDS.includes(kind) && small(n), `${id} basis ${kind}`).toBe(false);
    }
    for (const [key, n] of Object.entries(insights.about.documents))
      expect(CHILD_KINDS.includes(key.split(' ')[0]!) && small(n), key).toBe(false);
  });

  it('never leaves a suppressed count alone beside a total that would give it away', () => {
    for (const { id, table } of tables(insights).filter((t) => t.table.totalRow)) {
      const total = table.rows.at(-1)!;
      for (const c of table.columns.filter((col) => col.children && col.type === 'count')) {
        const alone = table.rows.slice(0, -1).filter((r) => r[c.key] === SUPPRESSED).length === 1;
        expect(alone && typeof total[c.key] === 'number', `${id} ${c.key}`).toBe(false);
      }
    }
  });

  it('counts every placement started by the as-of date once, whichever way it is grouped', () => {
    const started = documents.filter(
      (d) => d.kind === 'PlacementAgreement' && (d.value as { spec: { startDate: string } }).spec.startDate <= AS_OF,
    ).length;
    for (const id of ['byRoute', 'byConsortium', 'byNeedLevel'] as const)
      expect(insights.valueForMoney.tables[id].rows.at(-1)!.placements).toBe(started);
    expect(insights.compliance.tables.byAuthority.rows.at(-1)!.placements).toBe(started);
  });

  it('says for each table when and from what it was computed', () => {
    for (const { id, table } of tables(insights)) {
      expect(table.basis.asOf, id).toBe(AS_OF);
      expect(Object.keys(table.basis.documents).length, id).toBeGreaterThan(0);
      expect(table.basis.selection.length, id).toBeGreaterThan(20);
    }
  });

  it('suppresses more with a higher threshold', () => {
    const strict = buildInsights(documents, { asOf: AS_OF, suppressBelow: 50 });
    const suppressed = (i: Insights) =>
      tables(i).reduce(
        (n, { table }) => n + table.rows.reduce((m, r) => m + Object.values(r).filter((v) => v === SUPPRESSED).length, 0),
        0,
      );
    expect(suppressed(strict)).toBeGreaterThan(suppressed(insights));
    expect(strict.about.suppressBelow).toBe(50);
    expect(buildInsights(documents, { asOf: AS_OF, suppressBelow: 2 }).about.suppressBelow).toBe(5);
  });

  it('renders Markdown by section and table, and CSV one figure a line', () => {
    const md = renderInsightsMarkdown(insights);
    expect(md).toMatch(/^# NOF insights\n/);
    for (const section of INSIGHTS_SECTIONS) expect(md).toContain(`\n## ${insights[section].title}\n`);
    expect(md).toContain('> Computed from PlacementAgreement: ');
    const csv = renderInsightsCsv(insights).split('\r\n');
    expect(csv[0]).toBe('section,table,row,column,value');
    expect(csv).toContain(`valueForMoney,byRoute,0,asOf,${AS_OF}`);
    const placements = insights.valueForMoney.tables.byRoute.rows.at(-1)!.placements;
    const last = insights.valueForMoney.tables.byRoute.rows.length;
    expect(csv).toContain(`valueForMoney,byRoute,${last},placements,${placements}`);
    expect(csv.filter((l) => l.startsWith('directory,memberships,')).length).toBeGreaterThan(100);
  });

  it('reads a workspace as the engine loads it: its checkable documents, its date and its nof.config.yaml insights settings', async () => {
    const sample = sampleWorkspace(5, 120);
    const files = Object.fromEntries(sample.files.map(([path, text]) => [`/w/${path}`, text]));
    files['/w/nof.config.yaml'] += '\ninsights:\n  suppressBelow: 10\n';
    files['/w/broken.yaml'] = 'apiVersion: nof/v1\nkind: PlacementAgreement\nmetadata: {id: broken}\nspec: {}\n';
    const project = new Project({ host: new MemoryHost(files) });
    await project.load(['/w']);
    const fromWorkspace = workspaceInsights(project.workspace);
    expect(fromWorkspace.about).toMatchObject({ asOf: AS_OF, suppressBelow: 10, leftOut: 1 });
    expect(renderInsightsJson(fromWorkspace)).toBe(
      renderInsightsJson(buildInsights(sample.documents, { asOf: AS_OF, suppressBelow: 10, leftOut: 1 }, project.workspace.codelists)),
    );
  });
});
