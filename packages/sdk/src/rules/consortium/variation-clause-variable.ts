import type { v1_nationalContract } from '@nof/schemas';
import { defineRule } from '../rule.js';
import { arrangementsOf, basisContract } from './_consortium.js';

export default defineRule({
  id: 'consortium/variation-clause-variable',
  description: 'A variation changes a clause or schedule the national contract marks as commonly varied locally.',
  severity: 'warning',
  kinds: ['Consortium'],
  apiVersions: ['nof/v1'],
  docs: `Consortia adapt the national contracts, and some adaptation is expected: fees and uplifts,
the call-off procedure, monitoring, the service specification. The national contract document
marks these clauses and schedules \`mayBeVariedLocally\`. But the 2015 review (section 4.2.2) found
"some changes to terms and conditions had also been made. It was not always clear as to why
these had been necessary to meet 'local need'", and providers found the differences between
consortia a significant burden. A variation to any other clause deserves a second look.

Added clauses are not checked (the \`clause\` they name is only where they are inserted). Whether
the clause exists at all is checked by \`reference/unresolved\`.

**Fails** (warning): a variation amending \`safeguarding\` when the contract does not mark it as
commonly varied locally.

**Passes**: variations to clauses or schedules marked \`mayBeVariedLocally: true\`.

**Fix**: check that the change is needed for local need and give the reason in the variation's
\`rationale\`; then suppress the warning for it, or drop the variation.`,
  check({ document, workspace, report }) {
    // Arrangements mostly share one national contract: its clauses and schedules are listed once.
    const listed = new Map<v1_nationalContract.ContractDetails, ReturnType<typeof partsOf>>();
    for (const { item: arrangement, pointer } of arrangementsOf(document)) {
      const variations = arrangement.variations ?? [];
      const contract = variations.length ? basisContract(arrangement, workspace) : undefined;
      if (!contract) continue;
      const parts = listed.get(contract.spec) ?? partsOf(contract.spec);
      listed.set(contract.spec, parts);
      const { clauses, schedules } = parts;
      variations.forEach((variation, i) => {
        if (variation.changeType === 'added') return;
        const [field, list] = variation.clause !== undefined ? (['clause', clauses] as const) : (['schedule', schedules] as const);
        const target = list.find((t) => t.id === variation[field]);
        if (!target || target.mayBeVariedLocally) return;
        report({
          path: `${pointer}/variations/${i}/${field}`,
          message: `Variation "${variation.id}" changes ${target.kind} "${target.id}" (${target.title}), which ${contract.document.id} does not mark as commonly varied locally: make sure it is needed for local need and say why in its rationale.`,
          related: [{ document: contract.document, path: target.pointer, message: `The ${target.kind} "${target.id}".`, target: 'key' }],
        });
      });
    }
  },
});

/** A national contract's clauses and schedules, each with its kind and pointer. */
function partsOf(spec: v1_nationalContract.ContractDetails) {
  const clauses = spec.sections.flatMap((s, i) =>
    s.clauses.map((c, j) => ({ ...c, kind: 'clause', pointer: `/spec/sections/${i}/clauses/${j}` })),
  );
  const schedules = (spec.schedules ?? []).map((s, i) => ({ ...s, kind: 'schedule', pointer: `/spec/schedules/${i}` }));
  return { clauses, schedules };
}
