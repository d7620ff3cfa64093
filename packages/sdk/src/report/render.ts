import { renderSvg } from '../charts/charts.js';
import { reportBlocks, type Block, type TableBlock } from './blocks.js';
import type { ConsortiumReport } from './model.js';

/** Markdown table cells cannot hold `|` or line breaks. */
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function markdownBlock(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${block.text}`;
    case 'paragraph':
      return block.note ? `> ${block.text}` : block.text;
    case 'list':
      return block.items.map((i) => `- ${i}`).join('\n');
    case 'facts':
      return block.rows.map(([k, v]) => `- **${k}**: ${v}`).join('\n');
    case 'table':
      return markdownTable(block);
    case 'chart':
      // Markdown has no pictures of its own: the chart's table says the same.
      return markdownTable(block.table);
  }
}

function markdownTable(block: TableBlock): string {
  return [block.head, block.head.map(() => '---'), ...block.rows].map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n');
}

/** Blocks as Markdown: a chart is shown by its table. */
export function renderBlocksMarkdown(blocks: readonly Block[]): string {
  return blocks.map(markdownBlock).join('\n\n') + '\n';
}

/** The consortium report as Markdown. */
export function renderReportMarkdown(report: ConsortiumReport): string {
  return renderBlocksMarkdown(reportBlocks(report));
}

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function htmlTable(block: TableBlock): string {
  const head = `<thead><tr>${block.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
  const body = block.rows
    .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`)
    .join('\n');
  return `<table${block.className ? ` class="${block.className}"` : ''}>${head}<tbody>\n${body}\n</tbody></table>`;
}

/** One block as HTML; a chart's SVG is rendered beforehand (`svg`), beside its table. */
function htmlBlock(block: Block, svg?: string): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p${block.note ? ' class="note"' : ''}>${escapeHtml(block.text)}</p>`;
    case 'list':
      return `<ul>${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
    case 'facts':
      return `<dl>${block.rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`;
    case 'table':
      return htmlTable(block);
    case 'chart':
      return `<div class="pair"><figure role="img" aria-label="${escapeHtml(block.title)}">${svg ?? ''}<figcaption>${escapeHtml(block.title)}</figcaption></figure>${htmlTable(block.table)}</div>`;
  }
}

/** Screen and print styles, inline: the report is one file with no external assets. */
const STYLE = `
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1b; max-width: 70rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.8rem; border-bottom: 3px solid #1d70b8; padding-bottom: .3rem; }
h2 { font-size: 1.35rem; margin-top: 2.2rem; border-bottom: 1px solid #b1b4b6; }
h3 { font-size: 1.1rem; margin-top: 1.4rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0; }
th, td { border: 1px solid #b1b4b6; padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #f3f2f1; }
table.variations td:nth-child(3) { background: #f8f8f8; }
.note { color: #505a5f; border-left: 4px solid #b1b4b6; padding-left: .7rem; }
.pair { display: flex; flex-wrap: wrap; gap: 1.2rem; align-items: flex-start; }
.pair figure { margin: .6rem 0; flex: 0 1 auto; max-width: 100%; overflow-x: auto; }
.pair figure svg { max-width: 100%; height: auto; }
.pair figcaption { font-size: .85rem; color: #505a5f; }
.pair table { flex: 1 1 22rem; width: auto; }
@media print {
  body { font-size: 10.5pt; margin: 0; max-width: none; }
  h2 { break-before: auto; break-after: avoid; }
  h3 { break-after: avoid; }
  table, dl { break-inside: auto; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  .pair { break-inside: avoid; }
  @page { margin: 15mm; }
}
`;

/**
 * Blocks as one self-contained HTML page (inline CSS with a print stylesheet, charts as inline SVG
 * beside their tables, no scripts or external assets, every value escaped), for circulating,
 * printing, or showing in an editor's webview.
 */
export async function renderBlocksHtml(page: { title: string; blocks: readonly Block[]; footer: string }): Promise<string> {
  const svgs = await Promise.all(page.blocks.map((b) => (b.type === 'chart' ? renderSvg(b.spec) : undefined)));
  const body = page.blocks.map((b, i) => htmlBlock(b, svgs[i])).join('\n');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
<footer><p class="note">${escapeHtml(page.footer)}</p></footer>
</body>
</html>
`;
}

/** The consortium report as one self-contained HTML page. */
export async function renderReportHtml(report: ConsortiumReport): Promise<string> {
  return renderBlocksHtml({
    title: report.name,
    blocks: reportBlocks(report),
    footer: `Generated by NOF from consortium document ${report.id}, as of ${report.asOf}.`,
  });
}
