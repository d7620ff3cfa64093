import { describe, expect, it } from 'vitest';
import { barChartSpec, lineChartSpec, lotsByTiersSpec, renderSvg, termTimelineSpec } from './charts.js';

describe('charts', () => {
  it('renders a term timeline to self-contained SVG, the bars dated in UTC whatever the time zone', async () => {
    const svg = await renderSvg(
      termTimelineSpec(
        [
          { row: 'Fostering framework', part: 'Initial period', start: '2014-04-01', end: '2016-03-31' },
          { row: 'Fostering framework', part: 'Extension option', start: '2016-04-01', end: '2017-03-31' },
          { row: 'Residential framework', part: 'Initial period', start: '2014-01-01', end: '2018-12-31', approximate: true },
        ],
        '2015-06-01',
      ),
    );
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Fostering framework');
    expect(svg).toContain('Extension option');
    expect(svg).toContain('2015');
    // Nothing is fetched: the only addresses are the SVG namespaces.
    expect(svg.replace(/http:\/\/www\.w3\.org\/[0-9]{4}\/(svg|xlink)/g, '')).not.toMatch(/https?:|<script|<image/);
  });

  it('renders a lots-by-tiers grid with the provider count in each cell', async () => {
    const svg = await renderSvg(
      lotsByTiersSpec([
        { lot: 'Standard', tier: 'Tier 1', providers: 5 },
        { lot: 'Standard', tier: 'Tier 2', providers: 2 },
        { lot: 'Solo', tier: 'Tier 1', providers: 0 },
      ]),
    );
    expect(svg).toContain('Standard');
    expect(svg).toContain('Tier 2');
    expect(svg).toMatch(/>5</);
    expect(svg).toMatch(/>2</);
  });
});

describe('charts of one figure', () => {
  it('draws bars by category, each with its value', async () => {
    const svg = await renderSvg(
      barChartSpec(
        [
          { label: 'Spot purchase', value: 1250.5 },
          { label: 'Framework call-off', value: 845 },
        ],
        'Median weekly cost (£)',
      ),
    );
    expect(svg).toContain('Spot purchase');
    expect(svg).toContain('Median weekly cost (£)');
    expect(svg).toMatch(/>1,250\.5</);
    expect(svg).toMatch(/>845</);
  });

  it('draws a line over periods in the order given', async () => {
    const svg = await renderSvg(
      lineChartSpec(
        [
          { label: '2014 H2', value: 40 },
          { label: '2015 H1', value: 55.5 },
        ],
        'Improved (%)',
      ),
    );
    expect(svg.indexOf('2014 H2')).toBeLessThan(svg.indexOf('2015 H1'));
    expect(svg).toContain('Improved (%)');
  });
});

describe('the chart module in a browser', () => {
  it('bundles for the browser with no Node built-in', async () => {
    // esbuild is the extension's bundler; resolve it from there rather than adding it again.
    const { createRequire } = await import('node:module');
    const { fileURLToPath } = await import('node:url');
    const require = createRequire(fileURLToPath(new URL('../../../../extension/package.json', import.meta.url)));
    const esbuild = (await import(require.resolve('esbuild'))) as typeof import('esbuild');
    const result = await esbuild.build({
      entryPoints: [fileURLToPath(new URL('./charts.ts', import.meta.url))],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]!.text).toContain('toSVG');
  });
});
