import { diagnosticsView } from './diagnostics.js';
import { insightsView } from './insights.js';
import { reportView } from './report.js';
import type { View } from './view.js';

/** The page's views, in tab order. */
export const VIEWS: readonly View[] = [diagnosticsView, reportView, insightsView];
