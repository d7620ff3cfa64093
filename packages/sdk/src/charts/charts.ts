/*
 * Charts as self-contained SVG, from plain data, for the consortium report and any later page
 * that shows the same facts. Vega-Lite specs are compiled and rendered by Vega's headless view,
 * which needs no browser, canvas or network: the same code runs in Node and in a browser bundle.
 * Every chart has a table beside it in the report, so nothing is shown only as a picture.
 */
import type { TopLevelSpec } from 'vega-lite';

/** One bar of a term timeline: an arrangement's period, from its first to its last day. */
export interface TimelineBar {
  /** The row the bar sits on, for example the arrangement's name. */
  row: string;
  /** What the period is: `Initial period`, `Extension taken`, `Extension option`, `Extended outside the options`. */
  part: string;
  /** First and last day, YYYY-MM-DD. */
  start: string;
  end: string;
  /** True when a date is known only to the month or year and the bar shows its widest span. */
  approximate?: boolean;
}

/** One cell of a lots-by-tiers grid: how many providers a lot has on a tier. */
export interface LotTierCell {
  lot: string;
  tier: string;
  providers: number;
}

const PARTS = ['Initial period', 'Extension taken', 'Extension option', 'Extended outside the options'];
const COLOURS = ['#1d70b8', '#00703c', '#b1b4b6', '#f47738'];
const FONT = 'system-ui, -apple-system, "Segoe UI", sans-serif';

/** A timeline of arrangements' terms: initial periods, extensions taken and still open, and the judging date. */
export function termTimelineSpec(bars: readonly TimelineBar[], asOf: string): TopLevelSpec {
  return {
    description: "Term timeline: each arrangement's initial period and extensions, with the date the report is judged on.",
    width: 560,
    config: { font: FONT, axis: { labelLimit: 260 } },
    layer: [
      {
        data: { values: bars.map((b) => ({ ...b, approximate: b.approximate ? 'yes' : 'no' })) },
        mark: { type: 'bar', height: 14 },
        encoding: {
          y: { field: 'row', type: 'nominal', title: null, sort: null, axis: { labelLimit: 320 } },
          x: {
            field: 'start',
            type: 'temporal',
            scale: { type: 'utc' },
            title: null,
            axis: { format: '%Y', tickCount: 'year', labelOverlap: true },
          },
          x2: { field: 'end' },
          color: { field: 'part', type: 'nominal', title: null, scale: { domain: PARTS, range: COLOURS }, legend: { orient: 'bottom' } },
          opacity: { condition: { test: "datum.approximate === 'yes'", value: 0.45 }, value: 1 },
          tooltip: [{ field: 'row' }, { field: 'part' }, { field: 'start' }, { field: 'end' }],
        },
      },
      {
        data: { values: [{ asOf }] },
        mark: { type: 'rule', color: '#d4351c', strokeDash: [4, 3] },
        encoding: { x: { field: 'asOf', type: 'temporal', scale: { type: 'utc' } } },
      },
    ],
  };
}

/** A grid of lots by tiers, each cell shaded by the number of providers on that tier of that lot. */
export function lotsByTiersSpec(cells: readonly LotTierCell[]): TopLevelSpec {
  return {
    description: 'Lots by tiers: how many providers each lot has on each tier.',
    config: { font: FONT, axis: { labelLimit: 260 } },
    data: { values: [...cells] },
    encoding: {
      y: { field: 'lot', type: 'nominal', title: null, sort: null, axis: { labelLimit: 320 } },
      x: { field: 'tier', type: 'ordinal', title: null, sort: null, axis: { orient: 'top', labelAngle: 0 } },
    },
    layer: [
      {
        mark: { type: 'rect', stroke: 'white' },
        encoding: {
          color: { field: 'providers', type: 'quantitative', title: 'Providers', scale: { scheme: 'blues', domainMin: 0 }, legend: null },
        },
      },
      {
        mark: { type: 'text', fontSize: 12 },
        encoding: {
          text: { field: 'providers', type: 'quantitative' },
          color: { condition: { test: 'datum.providers > 3', value: 'white' }, value: 'black' },
        },
      },
    ],
  };
}

/** One bar or point of a chart of one figure: its category (or period) and value. */
export interface Datum {
  label: string;
  value: number;
}

/** Horizontal bars of one figure by category, in the order given, each labelled with its value. */
export function barChartSpec(data: readonly Datum[], measure: string): TopLevelSpec {
  return {
    description: `${measure} by category.`,
    width: 360,
    config: { font: FONT, axis: { labelLimit: 260 } },
    data: { values: [...data] },
    encoding: {
      y: { field: 'label', type: 'nominal', title: null, sort: null, axis: { labelLimit: 320 } },
      x: { field: 'value', type: 'quantitative', title: measure, axis: { format: ',~r' } },
    },
    layer: [
      { mark: { type: 'bar', color: COLOURS[0], height: 14 } },
      {
        mark: { type: 'text', align: 'left', dx: 3, fontSize: 11 },
        encoding: { text: { field: 'value', type: 'quantitative', format: ',~r' } },
      },
    ],
  };
}

/** One figure over periods (half-years, say), as a line with its points. */
export function lineChartSpec(data: readonly Datum[], measure: string): TopLevelSpec {
  return {
    description: `${measure} over time.`,
    width: 420,
    config: { font: FONT },
    data: { values: [...data] },
    mark: { type: 'line', point: true, color: COLOURS[0] },
    encoding: {
      x: { field: 'label', type: 'ordinal', title: null, sort: null, axis: { labelAngle: 0 } },
      y: { field: 'value', type: 'quantitative', title: measure },
    },
  };
}

/**
 * The exports of a CommonJS module loaded with import(): Node finds them by name, a bundle split
 * into chunks (the `nof` command's) hands over the module's exports as its default.
 */
function exportsOf<T extends object>(module: T): T {
  const wrapped = (module as { default?: unknown }).default;
  return Object.keys(module).length === 1 && typeof wrapped === 'object' && wrapped !== null ? (wrapped as T) : module;
}

/**
 * Renders a Vega-Lite spec to one SVG string, with no network access (no data URLs are used).
 * Vega is loaded on first use: it takes longer to load than the rest of the CLI, and only the
 * HTML report draws charts.
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const [{ parse, View }, { compile }] = await Promise.all([import('vega').then(exportsOf), import('vega-lite').then(exportsOf)]);
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
