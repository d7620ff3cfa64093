/**
 * The kinds of schema change `nof schema diff` recognises and what each does to the two sides
 * of an exchange (schemas/VERSIONING.md): does a document that was valid become invalid
 * (`documents`), and may code written against the old shape misread the new one (`consumers`).
 */

/** `'unknown'` when it cannot be decided from the schemas alone; the message says why. */
export type Breaks = boolean | 'unknown';
export type Bump = 'major' | 'minor' | 'patch';

interface ChangeEffect {
  documents: Breaks;
  consumers: Breaks;
  /** The bump a change that breaks nothing needs (default minor). */
  bump?: 'minor' | 'patch';
}

export const CHANGE_KINDS = {
  'schema-added': { documents: false, consumers: false },
  'schema-removed': { documents: true, consumers: true },
  'schema-forbidden': { documents: true, consumers: false },
  'schema-allowed': { documents: false, consumers: true },
  'type-narrowed': { documents: true, consumers: false },
  'type-widened': { documents: false, consumers: true },
  'type-changed': { documents: true, consumers: true },
  'enum-added': { documents: true, consumers: false },
  'enum-removed': { documents: false, consumers: true },
  'enum-value-added': { documents: false, consumers: true },
  'enum-value-removed': { documents: true, consumers: false },
  'const-added': { documents: true, consumers: false },
  'const-removed': { documents: false, consumers: true },
  'const-changed': { documents: true, consumers: true },
  'required-added': { documents: true, consumers: false },
  'required-removed': { documents: false, consumers: true },
  'property-added': { documents: false, consumers: false },
  'property-removed': { documents: true, consumers: true },
  'additional-properties-forbidden': { documents: true, consumers: false },
  'additional-properties-allowed': { documents: false, consumers: true },
  'range-tightened': { documents: true, consumers: false },
  'range-loosened': { documents: false, consumers: true },
  'pattern-added': { documents: true, consumers: false },
  'pattern-removed': { documents: false, consumers: true },
  'pattern-changed': { documents: 'unknown', consumers: 'unknown' },
  'format-added': { documents: true, consumers: false },
  'format-removed': { documents: false, consumers: true },
  'format-changed': { documents: 'unknown', consumers: 'unknown' },
  'unique-items-added': { documents: true, consumers: false },
  'unique-items-removed': { documents: false, consumers: true },
  'branch-added': { documents: false, consumers: true },
  'branch-removed': { documents: true, consumers: false },
  'alternatives-added': { documents: 'unknown', consumers: false },
  'alternatives-removed': { documents: false, consumers: 'unknown' },
  'all-of-added': { documents: 'unknown', consumers: false },
  'all-of-removed': { documents: false, consumers: 'unknown' },
  'def-added': { documents: false, consumers: false },
  'def-removed': { documents: false, consumers: 'unknown' },
  'default-changed': { documents: false, consumers: true },
  'deprecated-added': { documents: false, consumers: false },
  'deprecated-removed': { documents: false, consumers: false },
  'codelist-added': { documents: 'unknown', consumers: false },
  'codelist-removed': { documents: false, consumers: true },
  'codelist-changed': { documents: 'unknown', consumers: true },
  'reference-added': { documents: 'unknown', consumers: false },
  'reference-removed': { documents: false, consumers: true },
  'reference-changed': { documents: 'unknown', consumers: true },
  'personal-data-marked': { documents: false, consumers: true },
  'personal-data-unmarked': { documents: false, consumers: false },
  'annotation-changed': { documents: false, consumers: false, bump: 'patch' },
  restructured: { documents: false, consumers: false, bump: 'patch' },
  'values-narrowed': { documents: true, consumers: false },
  'values-widened': { documents: false, consumers: true },
  'ref-unresolved': { documents: 'unknown', consumers: 'unknown' },
  'keyword-changed': { documents: 'unknown', consumers: 'unknown' },
} as const satisfies Record<string, ChangeEffect>;

export type ChangeKind = keyof typeof CHANGE_KINDS;

/** Changes that say nothing of which values a schema accepts: what they break, the comparison of values cannot change. */
const NOT_ABOUT_VALUES = new Set<ChangeKind>([
  'schema-added',
  'schema-removed',
  'def-added',
  'def-removed',
  'default-changed',
  'deprecated-added',
  'deprecated-removed',
  'codelist-added',
  'codelist-removed',
  'codelist-changed',
  'reference-added',
  'reference-removed',
  'reference-changed',
  'personal-data-marked',
  'personal-data-unmarked',
  'annotation-changed',
  'ref-unresolved',
]);

/** True for a change to the values a schema accepts (its type, bounds, branches, properties...). */
export function aboutValues(change: ChangeKind): boolean {
  return !NOT_ABOUT_VALUES.has(change);
}

/** What the changes add up to: one of them breaks something, they may, or they do not. */
export type Verdict = 'breaking' | 'unknown' | 'safe';

/** The verdict on a set of changes, with the messages it rests on (the breaking ones, or the undecided ones). */
export function verdictOf(changes: readonly SchemaChange[]): { verdict: Verdict; reasons: string[] } {
  const reason = (c: SchemaChange) => `${c.file}#${c.pointer}: ${c.message}`;
  const breaking = changes.filter((c) => c.breaksDocuments === true || c.breaksConsumers === true);
  if (breaking.length) return { verdict: 'breaking', reasons: breaking.map(reason) };
  const undecided = changes.filter((c) => c.breaksDocuments === 'unknown' || c.breaksConsumers === 'unknown');
  if (undecided.length) return { verdict: 'unknown', reasons: undecided.map(reason) };
  return { verdict: 'safe', reasons: [] };
}

/** One classified change. `pointer` is in `file` of the new side (the old side's for removals). */
export interface SchemaChange {
  file: string;
  pointer: string;
  change: ChangeKind;
  breaksDocuments: Breaks;
  breaksConsumers: Breaks;
  message: string;
}

const BUMP_RANK: Record<Bump | 'none', number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** True when `a` is a bigger bump than `b`. */
export function biggerBump(a: Bump | 'none', b: Bump | 'none'): boolean {
  return BUMP_RANK[a] > BUMP_RANK[b];
}

/**
 * The bump one change needs. A change that may break either side (`unknown` included: a sound
 * answer, not a hopeful one) needs a major version.
 */
export function bumpFor(change: SchemaChange): Bump {
  if (change.breaksDocuments !== false || change.breaksConsumers !== false) return 'major';
  const effect: ChangeEffect = CHANGE_KINDS[change.change];
  return effect.bump ?? 'minor';
}

/** The bump a set of changes needs: the largest of theirs, `none` when nothing changed. */
export function requiredBump(changes: readonly SchemaChange[]): Bump | 'none' {
  let bump: Bump | 'none' = 'none';
  for (const change of changes) {
    const needed = bumpFor(change);
    if (biggerBump(needed, bump)) bump = needed;
  }
  return bump;
}
