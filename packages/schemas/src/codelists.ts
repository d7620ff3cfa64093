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
  /** What the list was last checked against, when, and what could not be verified. */
  checked: { sources: string[]; year: number; unverified?: string };
  entries: CodelistEntry[];
}

/** True when the entry was valid on `date` (YYYY-MM-DD; string comparison is date order). */
export function isValidOn(entry: CodelistEntry, date: string): boolean {
  return (entry.validFrom === undefined || entry.validFrom <= date) && (entry.validTo === undefined || date <= entry.validTo);
}

/**
 * How a name compares: lower case, '&' as 'and', punctuation as spaces, and a trailing
 * 'Council' / 'City Council' / 'County Council' / '(Metropolitan) Borough Council' dropped,
 * so that 'Bath & NES', 'St Helens', 'Stockton-On-Tees' and 'Leeds City Council' find their entries.
 */
function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.,'’()-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ (?:(?:metropolitan )?borough |city |county )?council$/, '');
}

/**
 * Entries whose label or an alias is `name` (compared loosely, see nameKey), limited to those
 * valid on `onDate` when given. Several entries can share a name across time (Dorset county
 * until 2019, Dorset unitary after), so pass the document's date to get one.
 */
export function findByAlias(list: Codelist, name: string, onDate?: string): CodelistEntry[] {
  const key = nameKey(name);
  return list.entries.filter(
    (e) => [e.label, ...(e.aliases ?? [])].some((n) => nameKey(n) === key) && (onDate === undefined || isValidOn(e, onDate)),
  );
}

/**
 * What a retired code stands for on `date`: its successors valid then, following later
 * retirements too (Gateshead E08000020 → E08000037). Empty when the code is unknown, has no
 * successors, or none is valid on that date.
 */
export function successorsOn(list: Codelist, code: string, date: string): CodelistEntry[] {
  const byCode = new Map(list.entries.map((e) => [e.code, e]));
  const seen = new Set<string>([code]);
  const out: CodelistEntry[] = [];
  let frontier = byCode.get(code)?.successors ?? [];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const successor of frontier) {
      const entry = byCode.get(successor);
      if (entry === undefined || seen.has(successor)) continue;
      seen.add(successor);
      if (isValidOn(entry, date)) out.push(entry);
      else next.push(...(entry.successors ?? []));
    }
    frontier = next;
  }
  return out;
}
