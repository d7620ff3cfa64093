import type { Diagnostic, Severity } from '@nof/sdk';
import { compareDiagnostics, SEVERITY_ORDER } from '@nof/sdk';
import type { Checked } from '../check.js';
import { el } from '../dom.js';
import type { View } from './view.js';

interface Row {
  file: string;
  diagnostic: Diagnostic;
  /** The line the diagnostic starts on, as written. */
  text: string;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const SORTS: Record<string, (a: Row, b: Row) => number> = {
  'File and line': (a, b) => a.file.localeCompare(b.file) || compareDiagnostics(a.diagnostic, b.diagnostic),
  Severity: (a, b) => SEVERITY_ORDER[a.diagnostic.severity] - SEVERITY_ORDER[b.diagnostic.severity] || SORTS['File and line']!(a, b),
  Code: (a, b) => a.diagnostic.code.localeCompare(b.diagnostic.code) || SORTS['File and line']!(a, b),
};

/** The places a diagnostic relates to (the first of a duplicate, the lot it must fit), as the user knows the files. */
function relatedList(d: Diagnostic, checked: Checked): Node[] {
  if (!d.related?.length) return [];
  const items = d.related.map((r) =>
    el('li', {}, `See ${checked.label(r.uri)}:${r.range.start.line + 1}:${r.range.start.character + 1}: ${r.message}`),
  );
  return [el('ul', { class: 'related' }, ...items)];
}

/** Every diagnostic of every file, one row each, with the places it relates to and the line of text it points at. */
export const diagnosticsView: View = {
  id: 'diagnostics',
  title: 'Diagnostics',
  render(checked: Checked): Node {
    const rows: Row[] = checked.results.flatMap(({ uri, diagnostics }) => {
      const lines = checked.texts.get(uri)?.split(/\r?\n/) ?? [];
      return diagnostics.map((diagnostic) => ({ file: checked.label(uri), diagnostic, text: lines[diagnostic.range.start.line] ?? '' }));
    });
    const count = (s: Severity) => rows.filter((r) => r.diagnostic.severity === s).length;
    const shown = new Set<Severity>(SEVERITIES);
    const boxes = SEVERITIES.map((s) => {
      const box = el('input', { type: 'checkbox', name: s, checked: '' });
      box.addEventListener('change', () => {
        if (box.checked) shown.add(s);
        else shown.delete(s);
        fill();
      });
      return el('label', {}, box, ` ${s} (${count(s)})`);
    });
    const sort = el('select', { 'aria-label': 'Sort by' }, ...Object.keys(SORTS).map((k) => el('option', {}, k)));
    sort.addEventListener('change', fill);
    const body = el('tbody');
    const table = el(
      'table',
      { class: 'diagnostics' },
      el(
        'thead',
        {},
        el('tr', {}, ...['File', 'Line:Col', 'Severity', 'Code', 'Message', 'Text'].map((h) => el('th', { scope: 'col' }, h))),
      ),
      body,
    );
    const summary = el(
      'p',
      { class: 'summary' },
      `${checked.results.length} files checked: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes.`,
    );
    const notChecked = checked.notChecked.length
      ? el(
          'details',
          { class: 'not-checked' },
          el('summary', {}, `${checked.notChecked.length} files not checked`),
          el('ul', {}, ...checked.notChecked.map(({ uri, reason }) => el('li', {}, el('code', {}, checked.label(uri)), `: ${reason}`))),
        )
      : '';

    function fill(): void {
      const order = SORTS[sort.value]!;
      body.replaceChildren(
        ...rows
          .filter((r) => shown.has(r.diagnostic.severity))
          .sort(order)
          .map(({ file, diagnostic: d, text }) =>
            el(
              'tr',
              { class: d.severity },
              el('td', {}, file),
              el('td', {}, `${d.range.start.line + 1}:${d.range.start.character + 1}`),
              el('td', {}, d.severity),
              el('td', {}, el('code', {}, d.code)),
              el('td', {}, d.message, ...relatedList(d, checked)),
              el('td', {}, el('pre', {}, text)),
            ),
          ),
      );
    }
    fill();
    return el(
      'div',
      {},
      summary,
      notChecked,
      el('div', { class: 'toolbar' }, el('span', {}, 'Show: '), ...boxes, el('label', {}, ' Sort by ', sort)),
      rows.length ? table : el('p', {}, 'No problems found.'),
    );
  },
};
