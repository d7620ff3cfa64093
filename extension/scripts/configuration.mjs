// Generates the extension's `contributes.configuration` (the `nof.*` settings VS Code shows and
// checks) from the SDK's editor-settings schema, which takes `rules` and `asOf` from
// schemas/nof-config.schema.json: the settings an editor sends are the ones the server checks,
// described and constrained as nof.config.yaml's are. Run by `pnpm generate` (after the build);
// a test fails while extension/package.json is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONFIG_SCHEMA } from '@nof/schemas';
import { EDITOR_SETTINGS_SCHEMA } from '@nof/sdk';

const packageJson = fileURLToPath(new URL('../package.json', import.meta.url));

/** What VS Code needs that a JSON Schema does not say: the editor's layer, defaults, labels. */
const EDITOR = {
  rules: {
    note: "Set here, a level applies over the workspace's `nof.config.yaml`. Rule codes are shown in the Problems panel beside each finding.",
    default: {},
    enumDescriptions: { off: 'Not reported', info: 'Shown as information', warn: 'Shown as a warning', error: 'Shown as an error' },
  },
  asOf: {
    note: "Empty means the `asOf` of the workspace's `nof.config.yaml`, else today.",
    default: '',
    patternErrorMessage: 'A date as YYYY-MM-DD, or empty for the workspace’s.',
  },
  schemaFolders: { note: '', default: [] },
};

/** Settings of the client alone (the server never sees them). */
const CLIENT = {
  'nof.trace.server': {
    type: 'string',
    enum: ['off', 'messages', 'verbose'],
    default: 'off',
    description:
      "Traces the messages between VS Code and the NOF language server in the 'NOF Language Server' output channel (for reporting bugs).",
    scope: 'window',
  },
};

/** A `$ref` into nof-config.schema.json, resolved. */
function resolve(schema) {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const [id, pointer] = ref.split('#');
  if (id !== CONFIG_SCHEMA.$id) throw new Error(`unexpected $ref ${ref}`);
  return pointer
    .split('/')
    .filter(Boolean)
    .reduce((node, key) => node[key], CONFIG_SCHEMA);
}

/** A value's schema as VS Code takes it: its type and constraints, enums typed, with labels. */
function value(schema, enumDescriptions) {
  const out = {};
  if (schema.type) out.type = schema.type;
  else if (schema.enum) out.type = 'string';
  if (schema.enum) {
    out.enum = schema.enum;
    if (enumDescriptions) out.enumDescriptions = schema.enum.map((v) => enumDescriptions[v]);
  }
  if (schema.items) out.items = value(schema.items);
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object')
    out.additionalProperties = value(schema.additionalProperties, enumDescriptions);
  return out;
}

export function renderConfiguration() {
  const properties = {};
  for (const [key, raw] of Object.entries(EDITOR_SETTINGS_SCHEMA.properties)) {
    const schema = resolve(raw);
    const editor = EDITOR[key];
    if (!editor) throw new Error(`no editor description for the setting ${key}: add it to extension/scripts/configuration.mjs`);
    const setting = { ...value(schema, editor.enumDescriptions) };
    // An empty string stands for "not set" (VS Code has no unset string).
    if (schema.pattern) setting.pattern = `^(${schema.pattern.replace(/^\^|\$$/g, '')})?$`;
    if (editor.patternErrorMessage) setting.patternErrorMessage = editor.patternErrorMessage;
    setting.markdownDescription = [schema.description, editor.note].filter(Boolean).join(' ');
    setting.default = editor.default;
    setting.scope = 'resource';
    properties[`nof.${key}`] = setting;
  }
  return { title: 'NOF', properties: { ...properties, ...CLIENT } };
}

/** extension/package.json with the configuration written in. */
export function renderPackageJson() {
  const pkg = JSON.parse(readFileSync(packageJson, 'utf8'));
  pkg.contributes.configuration = renderConfiguration();
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(packageJson, renderPackageJson());
