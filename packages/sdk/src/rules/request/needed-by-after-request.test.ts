import { describe, expect, it } from 'vitest';
import { REQUEST, withSpec, yamlDocument } from '../agreement/_fixtures.js';
import { runRule } from '../testing.js';
import rule from './needed-by-after-request.js';

// The fixture request is dated 2015-06-01.
const run = (neededBy: string, urgency: string) =>
  runRule(rule, yamlDocument('PlacementRequest', 'req-0042', withSpec(REQUEST, { neededBy, urgency }))).map((d) => [
    d.path,
    d.severity,
    d.message,
    d.fixes?.map((f) => f.edits[0]!.newText),
  ]);

describe('request/needed-by-after-request', () => {
  it('reports a placement needed before the request was made', () => {
    expect(run('2015-05-31', 'emergency')).toEqual([
      ['/spec/neededBy', 'error', 'The placement is needed by 2015-05-31, before the request was made on 2015-06-01.', undefined],
    ]);
  });

  it('warns when the urgency does not fit the gap, offering the fitting urgency', () => {
    expect(run('2015-06-01', 'planned')).toEqual([
      [
        '/spec/urgency',
        'warning',
        'Urgency "planned" does not fit a placement needed the same day (2015-06-01 to 2015-06-01): that is emergency.',
        ['emergency'],
      ],
    ]);
    expect(run('2015-06-20', 'emergency').map((d) => d[3])).toEqual([['planned']]);
    expect(run('2015-06-03', 'emergency').map((d) => d[3])).toEqual([['urgent']]);
  });

  it('passes urgencies that fit', () => {
    expect(run('2015-06-01', 'emergency')).toEqual([]);
    expect(run('2015-06-04', 'urgent')).toEqual([]);
    expect(run('2015-06-06', 'planned')).toEqual([]);
    expect(run('2015-06-06', 'urgent')).toEqual([]);
    expect(run('2015-07-01', 'planned')).toEqual([]);
  });
});
