/*
 * The documents the insights read: only checkable ones (read without YAML errors and valid
 * against the schema of their kind and apiVersion), typed, grouped by kind and found by id. It
 * answers the lookups the rules' helpers ask (routeTarget, the tier order check), so the insights
 * judge a route or a call-off exactly as the rules do.
 */
import type { Kind } from '@nof/schemas';
import { typed, type TypedDocument } from '../model/documents.js';
import type { RuleDocument, WorkspaceLookup } from '../rules/rule.js';

/** A document to read: a workspace's parsed document (`reliable: false` when it has YAML errors) or a batch's. */
export type InsightsInput = RuleDocument & { reliable?: boolean };

export class InsightsDocuments implements WorkspaceLookup {
  private readonly byKind = new Map<Kind, TypedDocument[]>();
  private readonly byId = new Map<string, TypedDocument[]>();
  /** How many of each kind and apiVersion were read (`PlacementAgreement nof/v2`), in the order of the keys. */
  readonly counts: Record<string, number>;
  /** Documents not read: with YAML or schema errors, or of an unknown kind or version. */
  leftOut = 0;

  constructor(documents: Iterable<InsightsInput>) {
    const counts: Record<string, number> = {};
    for (const document of documents) {
      const doc = document.reliable === false ? undefined : typed(document);
      if (!doc) {
        this.leftOut++;
        continue;
      }
      push(this.byKind, doc.kind, doc);
      push(this.byId, `${doc.kind}|${doc.id}`, doc);
      const key = `${doc.kind} ${doc.apiVersion}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    this.counts = Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
  }

  all<K extends Kind>(kind: K): TypedDocument<K>[] {
    return (this.byKind.get(kind) ?? []) as TypedDocument<K>[];
  }

  getAll<K extends Kind>(kind: K, id: string): TypedDocument<K>[] {
    return (this.byId.get(`${kind}|${id}`) ?? []) as TypedDocument<K>[];
  }

  get<K extends Kind>(kind: K, id: string): TypedDocument<K> | undefined {
    return this.getAll(kind, id)[0];
  }

  /** The insights see only checkable documents: whether others exist is not theirs to know. */
  hasErrors(): boolean {
    return false;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
