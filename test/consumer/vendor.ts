/**
 * A vendor's program, written against the published packages as their READMEs and TSDoc
 * describe them, compiled (strict, NodeNext) and run by test/consumer/consume.mjs in an empty
 * folder where the packed tarballs were installed with npm. It prints one JSON object the test
 * checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { redact, validateText, validateWorkspace } from '@nof/sdk';
import { loadWorkspace } from '@nof/sdk/node';
import { nofKeywords, shippedSchemaFiles, type Kind } from '@nof/schemas';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { parseAllDocuments } from 'yaml';

const folder = process.argv[2] ?? 'examples';

// Load a folder and validate it.
const workspace = await loadWorkspace(folder);
const results = validateWorkspace(workspace);
const errors = results.flatMap((r) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${r.uri}: ${d.code} ${d.message}`));

// Every agreement with its provider's and arrangement's names, resolved without positions.
const agreements = workspace.all('PlacementAgreement').map((agreement) => {
  const provider = workspace.resolve(agreement, '/spec/provider');
  const arrangement = workspace.resolve(agreement, '/spec/route/arrangement');
  const fee = agreement.apiVersion === 'nof/v2' ? agreement.value.spec.fees.coreWeeklyFee : agreement.value.spec.fees.weeklyFee;
  return {
    id: agreement.id,
    provider: provider?.status === 'resolved' ? provider.name : undefined,
    arrangement: arrangement?.status === 'resolved' ? arrangement.name : undefined,
    weeklyFee: fee.amount,
  };
});

// Redact one: the copy keeps the agreement's type.
const ipa = workspace.get('PlacementAgreement', 'ipa-skp-2014-0311');
if (!ipa) throw new Error('ipa-skp-2014-0311 not found');
const redacted = redact(ipa);
const childReference: string = redacted.value.spec.child.localReference;

// An in-memory text with a typo.
const draft =
  'apiVersion: nof/v1\nkind: ProviderProfile\nmetdata: { id: acme, name: Acme }\nspec: { organisation: { legalName: Acme Ltd, type: independent-fostering-agency }, settings: [] }\n';
const typo = validateText(draft, 'draft.yaml').diagnostics.map((d) => ({ line: d.range.start.line + 1, code: d.code, message: d.message }));

// Every example with plain ajv and the annotation keywords, schemas from the JSON exports.
const require = createRequire(import.meta.url);
const ajv = new Ajv2020({ strict: true, allErrors: true });
ajvFormats.default(ajv);
ajv.addVocabulary([...nofKeywords]);
for (const { file } of shippedSchemaFiles()) ajv.addSchema(require(`@nof/schemas/${file}`) as object);
const kinds = new Map<string, Kind | undefined>(shippedSchemaFiles().map((f) => [`${f.apiVersion} ${f.kind}`, f.kind]));
let plainValid = 0;
const plainInvalid: string[] = [];
for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => /\.ya?ml$/.test(f))) {
  for (const yaml of parseAllDocuments(readFileSync(join(folder, name), 'utf8'))) {
    const document = yaml.toJS() as { apiVersion?: string; kind?: string } | null;
    const key = `${document?.apiVersion} ${document?.kind}`;
    if (!document || !kinds.has(key)) continue;
    const file = shippedSchemaFiles().find((f) => `${f.apiVersion} ${f.kind}` === key)!;
    const validate = ajv.getSchema(String(file.schema.$id))!;
    if (validate(document)) plainValid++;
    else plainInvalid.push(`${name}: ${ajv.errorsText(validate.errors)}`);
  }
}

console.log(
  JSON.stringify({
    files: results.length,
    errors,
    agreements,
    redacted: { removed: redacted.removed, childReference },
    typo,
    plain: { valid: plainValid, invalid: plainInvalid },
    codelist: (require('@nof/schemas/codelists/regions.json') as { id: string }).id,
  }),
);
