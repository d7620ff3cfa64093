import { describe, expect, it } from 'vitest';
import { documentYaml, runRule } from '../testing.js';
import rule from './sequential-call-off-needs-tiers.js';

const consortium = (method: string, rest: string) =>
  documentYaml(
    'Consortium',
    'merseyside',
    `type: sub-regional\nmembers: [{ authority: E08000012 }]\narrangements:\n  - id: residential\n    type: framework-agreement\n    callOff: { method: ${method} }\n${rest}`,
  );

const tiers = '[{ id: tier-1, rank: 1 }, { id: tier-2, rank: 2 }]';
const run = (method: string, rest: string) => runRule(rule, consortium(method, rest)).map((d) => [d.path, d.message]);

describe('consortium/sequential-call-off-needs-tiers', () => {
  it('passes tiers on the arrangement or on every lot, and other methods without tiers', () => {
    expect(run('sequential-by-tier', `    tiers: ${tiers}`)).toEqual([]);
    expect(run('sequential-by-tier', '    hasTiers: true\n    lots: [{ id: standard, name: Standard }]')).toEqual([]);
    expect(
      run(
        'sequential-by-tier',
        `    lots: [{ id: standard, name: Standard, tiers: ${tiers} }, { id: solo, name: Solo, tiers: [{ id: tier-1, rank: 1 }] }]`,
      ),
    ).toEqual([]);
    expect(run('mini-competition', '    lots: [{ id: standard, name: Standard }]')).toEqual([]);
  });

  it('reports a sequential call-off with no tiers anywhere on the method', () => {
    expect(run('sequential-by-tier', '    lots: [{ id: standard, name: Standard }]')).toEqual([
      [
        '/spec/arrangements/0/callOff/method',
        'Arrangement "residential" calls off sequentially by tier but has no tiers: record its tiers (or each lot\'s) or change the call-off method.',
      ],
    ]);
  });

  it('reports each lot without tiers when other lots have them', () => {
    expect(
      run('sequential-by-tier', `    lots:\n      - { id: standard, name: Standard, tiers: ${tiers} }\n      - { id: solo, name: Solo }`),
    ).toEqual([
      [
        '/spec/arrangements/0/lots/1',
        'Lot "solo" has no tiers, but arrangement "residential" calls off sequentially by tier: record the lot\'s tiers.',
      ],
    ]);
  });
});
