import type { JsonSchema } from '@nof/schemas';
import { stringify } from 'yaml';

/** `key: value` as YAML, for an example in the page. */
const yaml = (value: unknown): string => stringify(value, { lineWidth: 0 }).trimEnd();

/**
 * The user documentation of nof.config.yaml, from its schema: what the file is, a whole example,
 * then every key with its description and an example of it. Nothing is written here that the
 * schema does not say, so the page cannot drift from what NOF accepts.
 */
export function configDoc(schema: JsonSchema, banner: string): string {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const example = (schema.examples as unknown[] | undefined)?.[0];
  const lines = [
    banner,
    '',
    `# ${String(schema.title)} (\`nof.config.yaml\`)`,
    '',
    String(schema.description),
    '',
    'NOF finds the file by looking in the folder of the document being checked and then in each folder above it. Every key is optional; a key it does not know is an error.',
    '',
    ...(example === undefined
      ? []
      : ['```yaml', '# yaml-language-server: $schema=../schemas/nof-config.schema.json', yaml(example), '```', '']),
  ];
  for (const [key, property] of Object.entries(properties)) {
    lines.push(`## \`${key}\``, '', `**${String(property.title)}.** ${String(property.description)}`, '');
    const examples = property.examples as unknown[] | undefined;
    if (examples?.length) lines.push('```yaml', yaml({ [key]: examples[0] }), '```', '');
  }
  return lines.join('\n');
}
