import type { Checked } from '../check.js';

/**
 * One tab of the page. A view gets the checked workspace and returns what it shows; the page
 * builds the tabs from the list in views/index.ts, so a new view is one module plus one line there.
 */
export interface View {
  /** Stable, for the tab's element ids (`view-<id>`) and tests. */
  id: string;
  /** The tab's label. */
  title: string;
  /** What the view shows for these files; called again each time the user gives new files. */
  render(checked: Checked): Node | Promise<Node>;
}
