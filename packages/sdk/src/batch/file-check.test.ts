import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MemoryHost } from '../host/memory-host.js';
import { SchemaRegistry } from '../schema/registry.js';
import { checkFile, fullCheck, simpleCheck } from './file-check.js';

const examples = fileURLToPath(new URL('../../../../examples/', import.meta.url));
const texts = readdirSync(examples, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => readFileSync(`${examples}${f}`, 'utf8'));
const registry = SchemaRegistry.shipped();
const uri = 'mem:/file.yaml';

describe('checkFile', () => {
  it('checks most valid files without a syntax tree, with the very facts the full check gives', () => {
    // Each example, and pairs of them as two `---` documents of one file.
    const files = texts.flatMap((text, i) => [text, `${texts.at(i - 1)}---\n${text}`]);
    let simple = 0;
    for (const text of files) {
      const quick = simpleCheck(uri, text, registry);
      if (!quick) continue;
      simple++;
      expect(quick, text).toEqual(fullCheck(uri, text, registry));
    }
    expect(simple / files.length).toBeGreaterThan(0.8);
  });

  it('leaves a file with a finding to the full check, which words and places it', async () => {
    const text = texts.find((t) => t.includes('kind: PlacementAgreement') && simpleCheck(uri, t, registry))!;
    const broken = text.replace('kind: PlacementAgreement', 'kind: PlacementAgreement\nextra: 1');
    expect(simpleCheck(uri, broken, registry)).toBeUndefined();
    const check = await checkFile({ uri, text: broken }, new MemoryHost(), registry);
    expect(check.ownDiagnostics.map((d) => [d.code, d.range.start.line])).toEqual([
      ['schema/additionalProperties', text.split('\n').indexOf('kind: PlacementAgreement') + 1],
    ]);
  });

  it('leaves suppression comments to the full check', () => {
    const text = texts.find((t) => simpleCheck(uri, t, registry))!;
    expect(simpleCheck(uri, `# nof-disable-file some/rule\n${text}`, registry)).toBeUndefined();
  });
});
