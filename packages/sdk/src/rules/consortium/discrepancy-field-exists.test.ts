import { describe, expect, it } from 'vitest';
import { documentYaml, runRule } from '../testing.js';
import rule from './discrepancy-field-exists.js';

const consortium = (discrepancy: string) =>
  documentYaml(
    'Consortium',
    'merseyside',
    `type: sub-regional
members: [{ authority: E08000010 }]
arrangements:
  - { id: residential, type: framework-agreement, awardWeighting: { quality: 40, price: 60 } }
discrepancies:
  - ${discrepancy}`,
  );
const run = (discrepancy: string) => runRule(rule, consortium(discrepancy)).map((d) => [d.path, d.message]);
const readings =
  '[{ source: section 3.2.3, value: quality and value for money }, { source: Appendix 1, value: { quality: 40, price: 60 } }]';

describe('consortium/discrepancy-field-exists', () => {
  it('passes a field the document gives, followed from one of two sources', () => {
    expect(run(`{ field: /arrangements/0/awardWeighting, followed: Appendix 1, readings: ${readings} }`)).toEqual([]);
    expect(run(`{ field: /arrangements/0/lots, followed: neither, readings: ${readings} }`)).toEqual([]);
  });

  it('reports a missing field, a repeated source and a followed source that is no reading', () => {
    expect(
      run(
        '{ field: /arrangements/0/term, followed: section 3, readings: [{ source: Appendix 1, value: 1 }, { source: Appendix 1, value: 2 }] }',
      ),
    ).toEqual([
      [
        '/spec/discrepancies/0/field',
        'The discrepancy names the field /arrangements/0/term, which this document does not give: the pointer starts inside spec (for example /arrangements/0/term), and the field holds the reading followed ("section 3").',
      ],
      [
        '/spec/discrepancies/0/followed',
        'The discrepancy follows "section 3", which is none of its readings\' sources ("Appendix 1", "Appendix 1").',
      ],
      ['/spec/discrepancies/0/readings', 'Two readings of /arrangements/0/term come from "Appendix 1": give one reading per source.'],
    ]);
  });
});
