import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { feesOverMaximum } from './fees-over-maximum.js';

const examples = new URL('../../../../examples/', import.meta.url);
const work = mkdtempSync(join(tmpdir(), 'nof-vendor-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('vendor example: fees over the maximum price', () => {
  it('finds nothing in the examples, which have no maximum prices', async () => {
    expect(await feesOverMaximum(fileURLToPath(examples))).toEqual([]);
  });

  it('lists the agreement once its lot gets a maximum price below its fee', async () => {
    cpSync(examples, work, { recursive: true });
    const consortium = join(work, 'consortia', 'white-rose-fostering.yaml');
    // The standard lot's 5-10 band gets a ceiling of £700 a week; the Bradford agreement pays £780.
    const text = readFileSync(consortium, 'utf8').replace(
      '          ageBands:\n            - { from: 0, to: 4 }',
      '          maximumPrices:\n            - { ageBand: { from: 5, to: 10 }, price: { amount: 700, per: week } }\n          ageBands:\n            - { from: 0, to: 4 }',
    );
    writeFileSync(consortium, text);
    expect(await feesOverMaximum(work)).toEqual([
      expect.objectContaining({
        agreement: 'ipa-bfd-2014-0117',
        placingAuthority: 'E08000032',
        fee: { amount: 780, per: 'week' },
        finding: expect.stringContaining('£780'),
      }),
    ]);
  });
});
