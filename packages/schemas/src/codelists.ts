import { readdirSync, readFileSync } from 'node:fs';
import { dataDir } from './index.js';

/** One code in a codelist, with the dates it was valid. */
export interface CodelistEntry {
  code: string;
  label: string;
  /** First day the code was valid (YYYY-MM-DD). */
  validFrom?: string;
  /** Last day the code was valid (YYYY-MM-DD); absent while it is current. */
  validTo?: string;
  /** Codes that replaced this one when it was retired. */
  successors?: string[];
  /** Other names people use for it (the report's 'Bucks', 'Hull'). */
  aliases?: string[];
  /** List-specific facts, e.g. a local authority's region and type. */
  attributes?: Record<string, string>;
  /** Why the code changed, or other notes for readers. */
  notes?: string;
}

/** A versioned list of codes (`schemas/codelists/<id>.json`). */
export interface Codelist {
  id: string;
  version: string;
  title: string;
  description: string;
  /** Closed lists reject unknown codes; open lists only warn. */
  closed: boolean;
  source?: string;
  entries: CodelistEntry[];
}

/** Every codelist shipped, by id. */
export function loadCodelists(dir: string = dataDir): Map<string, Codelist> {
  const out = new Map<string, Codelist>();
  for (const file of readdirSync(`${dir}/codelists`).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))) {
    const list = JSON.parse(readFileSync(`${dir}/codelists/${file}`, 'utf8')) as Codelist;
    out.set(list.id, list);
  }
  return out;
}

/** True when the entry was valid on `date` (YYYY-MM-DD; string comparison is date order). */
export function isValidOn(entry: CodelistEntry, date: string): boolean {
  return (entry.validFrom === undefined || entry.validFrom <= date) && (entry.validTo === undefined || date <= entry.validTo);
}
