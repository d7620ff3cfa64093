import type { ParsedDocument } from '@nof/sdk';
import { renderReportHtml, reportFromWorkspace } from '@nof/sdk/report';
import type { Checked } from '../check.js';
import { el } from '../dom.js';
import { framedPage } from './framed-page.js';
import type { View } from './view.js';

/** The consortium report of one Consortium document, chosen from those given, as `nof report --format html` writes it. */
export const reportView: View = {
  id: 'report',
  title: 'Consortium report',
  render(checked: Checked): Node {
    const consortia = checked.workspace
      .documents()
      .filter((d) => d.kind === 'Consortium')
      .sort((a, b) => name(a).localeCompare(name(b)));
    if (!consortia.length) return el('p', {}, 'No Consortium document among the files given.');
    const choice = el('select', { 'aria-label': 'Consortium' }, ...consortia.map((d, i) => el('option', { value: String(i) }, name(d))));
    const shown = el('div', { class: 'report' });
    const show = () =>
      reportOf(checked, consortia[Number(choice.value)]!).then(
        (report) => shown.replaceChildren(report),
        // A report that cannot be drawn is said so in its place; the other tabs stand.
        (error: unknown) =>
          shown.replaceChildren(el('p', {}, `The report could not be drawn: ${error instanceof Error ? error.message : String(error)}`)),
      );
    choice.addEventListener('change', show);
    void show();
    return el('div', {}, el('label', {}, 'Consortium ', choice), shown);
  },
};

function name(document: ParsedDocument): string {
  const metadata = (document.value as { metadata?: { name?: unknown } } | undefined)?.metadata;
  return typeof metadata?.name === 'string' ? metadata.name : (document.id ?? document.uri);
}

async function reportOf(checked: Checked, consortium: ParsedDocument): Promise<Node> {
  const result = reportFromWorkspace(checked.workspace, consortium.uri);
  if (result.status === 'no-consortium') return el('p', {}, 'This file holds no Consortium document.');
  if (result.status === 'has-errors')
    return el(
      'div',
      {},
      el('p', {}, `${checked.label(consortium.uri)} has errors; fix them (see Diagnostics) to see its report:`),
      el(
        'ul',
        {},
        ...result.errors.map((d) => el('li', {}, `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message} [${d.code}]`)),
      ),
    );
  const html = await renderReportHtml(result.report);
  return framedPage(html, result.report.name, `${result.report.id}.html`, 'Save this report as HTML');
}
