import type { JsonSchema } from '@nof/schemas';

const CONFIG_ID = 'https://schemas.nof.org.uk/nof-config.schema.json';

/**
 * The `nof` section of an editor's settings: nof.config.yaml's `rules` and `asOf` (the same
 * schema, so the same checks), plus the editor's own `schemaFolders`. Other keys (`trace`...)
 * belong to the client. The extension's `contributes.configuration` is generated from this.
 */
export const EDITOR_SETTINGS_SCHEMA: JsonSchema = {
  $id: 'https://schemas.nof.org.uk/nof-editor-settings.schema.json',
  type: 'object',
  properties: {
    rules: { $ref: `${CONFIG_ID}#/properties/rules` },
    asOf: { $ref: `${CONFIG_ID}#/properties/asOf` },
    schemaFolders: {
      title: 'Schema folders',
      description:
        'Extra folders of NOF schemas (laid out like the built-in ones: `v1/<kind>.schema.json`), for local extensions agreed within a consortium. Absolute, or relative to the workspace folder.',
      type: 'array',
      items: { type: 'string', minLength: 1 },
    },
  },
};
