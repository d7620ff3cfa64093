import { renderInsightsHtml, workspaceInsights } from '@nof/sdk/insights';
import type { Checked } from '../check.js';
import { el } from '../dom.js';
import { framedPage } from './framed-page.js';
import type { View } from './view.js';

/** The review's questions answered from the files given, as `nof insights --format html` writes them. */
export const insightsView: View = {
  id: 'insights',
  title: 'Insights',
  async render(checked: Checked): Promise<Node> {
    try {
      const insights = workspaceInsights(checked.workspace);
      const { asOf, leftOut } = insights.about;
      const html = await renderInsightsHtml(insights);
      const note = leftOut
        ? `${leftOut} document${leftOut === 1 ? '' : 's'} could not be checked and ${leftOut === 1 ? 'is' : 'are'} left out (see Diagnostics).`
        : 'Every document was read.';
      return el(
        'div',
        {},
        el('p', { class: 'about' }, `Judged as of ${asOf}. ${note}`),
        framedPage(html, 'Insights', `insights-${asOf}.html`, 'Save these insights as HTML'),
      );
    } catch (error) {
      // Insights that cannot be drawn are said so in their place; the other tabs stand.
      return el('p', {}, `The insights could not be drawn: ${error instanceof Error ? error.message : String(error)}`);
    }
  },
};
