import { isValidOn, shippedCodelists, successorsOn, type Codelist, type CodelistEntry } from '@nof/schemas';

/** What a code means on a given date, for messages and fixes. */
export type CodeStatus =
  | { state: 'valid'; entry: CodelistEntry }
  | { state: 'unknown'; closed: boolean }
  | { state: 'not-yet-valid'; entry: CodelistEntry }
  | { state: 'retired'; entry: CodelistEntry; successors: CodelistEntry[] };

/**
 * Codelists (by default the shipped ones, bundled with @nof/schemas) indexed by code. Rules ask it what a code means and
 * whether it was valid on a date; the workspace shares one instance across every document.
 */
export class Codelists {
  private readonly byList = new Map<string, { list: Codelist; byCode: Map<string, CodelistEntry> }>();

  constructor(lists: Iterable<Codelist> = shippedCodelists()) {
    for (const list of lists) this.byList.set(list.id, { list, byCode: new Map(list.entries.map((e) => [e.code, e])) });
  }

  /** The codelist with this id, if shipped. */
  list(id: string): Codelist | undefined {
    return this.byList.get(id)?.list;
  }

  /** Every codelist shipped. */
  lists(): Codelist[] {
    return [...this.byList.values()].map((l) => l.list);
  }

  /** The entry for `code` in list `id`, whatever its dates. */
  entry(id: string, code: string): CodelistEntry | undefined {
    return this.byList.get(id)?.byCode.get(code);
  }

  /** Whether `code` is in list `id` and valid on `date` (YYYY-MM-DD), with its successors when retired. */
  status(id: string, code: string, date: string): CodeStatus {
    const known = this.byList.get(id);
    const entry = known?.byCode.get(code);
    if (!known || !entry) return { state: 'unknown', closed: known?.list.closed ?? false };
    if (isValidOn(entry, date)) return { state: 'valid', entry };
    if (entry.validFrom !== undefined && date < entry.validFrom) return { state: 'not-yet-valid', entry };
    return { state: 'retired', entry, successors: successorsOn(known.list, code, date) };
  }
}
