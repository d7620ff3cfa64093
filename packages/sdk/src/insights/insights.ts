/*
 * `nof insights` as a pure function: a workspace's documents in, the six sections out. Hosts
 * (the CLI, an editor, a browser page) load the workspace and render the result (render.ts);
 * nothing here touches a file system.
 */
import { Codelists } from '../codelists/codelists.js';
import type { Workspace } from '../workspace/workspace.js';
import { compliance } from './compliance.js';
import type { InsightsContext } from './context.js';
import { directory } from './directory.js';
import { InsightsDocuments, type InsightsInput } from './documents.js';
import { DEFAULTS, type Insights, type InsightsOptions } from './model.js';
import { monitoring } from './monitoring.js';
import { outcomes } from './outcomes.js';
import { placementsOf } from './placements.js';
import { sufficiency } from './sufficiency.js';
import { suppressCounts } from './suppression.js';
import { valueForMoney } from './value-for-money.js';

/** Where the JSON output's schema is published (and shipped in @nof/schemas as insights.schema.json). */
export const INSIGHTS_SCHEMA_ID = 'https://schemas.nof.org.uk/insights.schema.json';

/**
 * The insights over a workspace, judged as the workspace is (its `asOf`, codelists and
 * nof.config.yaml `insights` settings; `options` override them): only the checkable documents
 * are read, the others counted in `about.leftOut`.
 */
export function workspaceInsights(workspace: Workspace, options: Partial<InsightsOptions> = {}): Insights {
  const checkable = workspace.checkableDocuments();
  return buildInsights(
    checkable,
    {
      asOf: workspace.asOf,
      ...workspace.config?.config.settings.insights,
      leftOut: workspace.documents().length - checkable.length,
      ...options,
    },
    workspace.codelists,
  );
}

/**
 * The insights over documents (a workspace's, or any a vendor holds): only documents read without YAML errors and valid
 * against their schema are used (the others are counted in `about.leftOut`), and every figure
 * about children is suppressed below the threshold.
 */
export function buildInsights(
  documents: Iterable<InsightsInput>,
  options: InsightsOptions,
  codelists: Codelists = new Codelists(),
): Insights {
  const docs = new InsightsDocuments(documents);
  const threshold = Math.max(DEFAULTS.suppressBelow, options.suppressBelow ?? DEFAULTS.suppressBelow);
  const context: InsightsContext = {
    docs,
    placements: placementsOf(docs, options.asOf),
    asOf: options.asOf,
    threshold,
    ipaLateAfterDays: options.ipaLateAfterDays ?? DEFAULTS.ipaLateAfterDays,
    emergencyKnownAfterDays: options.emergencyKnownAfterDays ?? DEFAULTS.emergencyKnownAfterDays,
    codelists,
  };
  return {
    $schema: INSIGHTS_SCHEMA_ID,
    about: {
      asOf: options.asOf,
      suppressBelow: threshold,
      ipaLateAfterDays: context.ipaLateAfterDays,
      emergencyKnownAfterDays: context.emergencyKnownAfterDays,
      documents: suppressCounts(docs.counts, threshold),
      leftOut: docs.leftOut + (options.leftOut ?? 0),
    },
    valueForMoney: valueForMoney(context),
    outcomes: outcomes(context),
    compliance: compliance(context),
    sufficiency: sufficiency(context),
    monitoring: monitoring(context),
    directory: directory(context),
  };
}
