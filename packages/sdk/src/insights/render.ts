/*
 * The insights as Markdown, HTML, CSV or JSON. Markdown and HTML go through the report's blocks,
 * so both say the same things and look like `nof report`; the HTML page draws a chart (SVG, by
 * the chart module) beside the table of the figures it shows, leaving out suppressed ones.
 */
import { barChartSpec, lineChartSpec, type Datum } from '../charts/charts.js';
import { toCsv } from '../interop/csv.js';
import type { Block, TableBlock } from '../report/blocks.js';
import { renderBlocksHtml, renderBlocksMarkdown } from '../report/render.js';
import { SECTION_KEYS, SUPPRESSED, type Cell, type Column, type Insights, type Table } from './model.js';

/** The tables drawn as a chart in HTML: which column names the bars (or points) and which is drawn. */
const CHARTS: Record<string, { label: string; value: string; line?: boolean }> = {
  'valueForMoney.byRoute': { label: 'routeName', value: 'medianWeeklyCost' },
  'valueForMoney.byNeedLevel': { label: 'needLevelName', value: 'medianWeeklyCost' },
  'outcomes.overTime': { label: 'period', value: 'improvedPercent', line: true },
  'compliance.offArrangementReasons': { label: 'reasonName', value: 'placements' },
  'sufficiency.byUrgency': { label: 'urgency', value: 'requests' },
  'sufficiency.byAge': { label: 'ageBand', value: 'requests' },
  'monitoring.coverage': { label: 'arrangementName', value: 'notVisitedInInterval' },
  'monitoring.byVisitingAuthority': { label: 'authorityName', value: 'monitoring' },
};

const pounds = (n: number) =>
  `£${n.toLocaleString('en-GB', { minimumFractionDigits: Number.isInteger(n) ? 0 : 2, maximumFractionDigits: 2 })}`;

/** A figure as people read it: `c` stays `c`, nothing is `—`. */
function show(value: Cell, column: Column): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  switch (column.type) {
    case 'money':
      return pounds(value);
    case 'percent':
      return `${value.toLocaleString('en-GB')}%`;
    default:
      return value.toLocaleString('en-GB');
  }
}

/** The columns shown to people: ids and codes are in the JSON and CSV, names here (a code stays when it has no name column). */
function shownColumns(table: Table): Column[] {
  const keys = new Set(table.columns.map((c) => c.key));
  return table.columns.filter((c) => !keys.has(`${c.key}Name`));
}

/** `PlacementAgreement: 118, OutcomeTracker: 97`. */
const documentsText = (documents: Table['basis']['documents']) =>
  Object.entries(documents)
    .map(([kind, n]) => `${kind}: ${typeof n === 'number' ? n.toLocaleString('en-GB') : n}`)
    .join(', ');

function tableBlocks(id: string, table: Table): Block[] {
  const columns = shownColumns(table);
  const block: TableBlock = {
    type: 'table',
    head: columns.map((c) => c.label),
    rows: table.rows.map((r) => columns.map((c) => show(r[c.key] ?? null, c))),
  };
  const chart = CHARTS[id];
  const data: Datum[] = chart
    ? table.rows.slice(0, table.totalRow ? -1 : undefined).flatMap((r) => {
        const value = r[chart.value];
        const name = r[chart.label];
        return typeof value === 'number' && typeof name === 'string' ? [{ label: name, value }] : [];
      })
    : [];
  const measure = chart && table.columns.find((c) => c.key === chart.value)!.label;
  return [
    { type: 'heading', level: 3, text: table.title },
    { type: 'paragraph', text: table.description },
    table.rows.length === 0
      ? { type: 'paragraph', text: 'Nothing to show: no documents give these figures.' }
      : chart && data.length > 0
        ? {
            type: 'chart',
            title: `${measure}${table.rows.some((r) => r[chart.value] === SUPPRESSED) ? ' (suppressed figures, c, are not drawn)' : ''}`,
            spec: chart.line ? lineChartSpec(data, measure!) : barChartSpec(data, measure!),
            table: block,
          }
        : block,
    {
      type: 'paragraph',
      note: true,
      text: `Computed from ${documentsText(table.basis.documents) || 'no documents'} as of ${table.basis.asOf}. ${table.basis.selection}`,
    },
  ];
}

/** The insights as the report's blocks, in reading order. */
export function insightsBlocks(insights: Insights): Block[] {
  const about = insights.about;
  return [
    { type: 'heading', level: 1, text: 'NOF insights' },
    {
      type: 'facts',
      rows: [
        ['As of', about.asOf],
        ['Documents read', documentsText(about.documents) || 'none'],
        ['Documents left out (YAML or schema errors, unknown kind or version)', about.leftOut.toLocaleString('en-GB')],
        ['IPA late after', `${about.ipaLateAfterDays} days`],
        ['Emergency known earlier after', `${about.emergencyKnownAfterDays} days`],
      ],
    },
    {
      type: 'paragraph',
      text: `Figures about children follow official statistics: a count from 1 to ${about.suppressBelow - 1} is shown as c, and so is a second figure wherever a total would give a suppressed one away; figures worked out from a suppressed count (medians, percentages) are c too. No child's details appear. Each table says what it was computed from.`,
    },
    ...SECTION_KEYS.flatMap((key) => {
      const section = insights[key];
      return [
        { type: 'heading' as const, level: 2 as const, text: section.title },
        { type: 'paragraph' as const, text: section.summary },
        ...Object.entries(section.tables).flatMap(([id, table]) => tableBlocks(`${key}.${id}`, table)),
      ];
    }),
  ];
}

export function renderInsightsMarkdown(insights: Insights): string {
  return renderBlocksMarkdown(insightsBlocks(insights));
}

export function renderInsightsHtml(insights: Insights): Promise<string> {
  return renderBlocksHtml({
    title: `NOF insights, as of ${insights.about.asOf}`,
    blocks: insightsBlocks(insights),
    footer: `Generated by NOF as of ${insights.about.asOf}. Counts of children below ${insights.about.suppressBelow} are suppressed (c).`,
  });
}

/** The insights as JSON (schemas/insights.schema.json). */
export function renderInsightsJson(insights: Insights): string {
  return `${JSON.stringify(insights, null, 2)}\n`;
}

/**
 * The insights as one long ("tidy") CSV table: `section,table,row,column,value`, one line per
 * figure, `row` counting each table's rows from 1; each table's basis comes first as row 0
 * (columns `asOf`, `documents`, `selection`). Figures are as in the JSON: numbers unformatted,
 * `c` when suppressed, empty when there is nothing to show.
 */
export function renderInsightsCsv(insights: Insights): string {
  const lines: Array<Record<string, string>> = [];
  for (const section of SECTION_KEYS) {
    for (const [table, t] of Object.entries(insights[section].tables)) {
      const add = (row: number, column: string, value: Cell) =>
        lines.push({ section, table, row: String(row), column, value: value === null ? '' : String(value) });
      add(0, 'asOf', t.basis.asOf);
      add(0, 'documents', documentsText(t.basis.documents));
      add(0, 'selection', t.basis.selection);
      t.rows.forEach((r, i) => {
        for (const c of t.columns) add(i + 1, c.key, r[c.key] ?? null);
      });
    }
  }
  return toCsv(['section', 'table', 'row', 'column', 'value'], lines);
}
