import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { findByAlias, isValidOn, successorsOn, type Codelist } from './codelists.js';
import { shippedCodelists, shippedSchemaFiles } from './index.js';
import { dataDir, loadCodelists, loadSchemaFiles } from './node.js';

const lists = new Map(shippedCodelists().map((l) => [l.id, l]));
const la = lists.get('local-authorities') as Codelist;
const placementTypes = lists.get('ssda903-placement-types') as Codelist;

/** `2021-03-31` → `2021-04-01`. */
function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** How many entries valid on `date` carry each value of `attribute`. */
function countBy(list: Codelist, attribute: string, date: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of list.entries.filter((entry) => isValidOn(entry, date))) {
    const value = e.attributes?.[attribute] ?? '(none)';
    out[value] = (out[value] ?? 0) + 1;
  }
  return out;
}

/** Every `x-codelist` annotation in a schema tree, with the `enum` beside it if any. */
function codelistAnnotations(node: unknown, at: string, out: { at: string; list: string; enum?: unknown[] }[] = []) {
  if (Array.isArray(node)) node.forEach((item, i) => codelistAnnotations(item, `${at}/${i}`, out));
  else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record['x-codelist'] === 'string') {
      const values = Array.isArray(record.enum) ? record.enum : undefined;
      out.push({ at, list: record['x-codelist'], ...(values && { enum: values }) });
    }
    for (const [key, value] of Object.entries(record)) codelistAnnotations(value, `${at}/${key}`, out);
  }
  return out;
}

describe('codelist files', () => {
  const files = readdirSync(`${dataDir}/codelists`).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));

  it('ships every codelist the schemas and rules rely on', () => {
    expect([...lists.keys()].sort()).toEqual(
      expect.arrayContaining([
        'local-authorities',
        'ofsted-grades',
        'regions',
        'ssda903-legal-statuses',
        'ssda903-placement-providers',
        'ssda903-placement-types',
      ]),
    );
  });

  it.each(files)('%s validates against codelist.schema.json and is named for its id', (file) => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(`${dataDir}/codelists/codelist.schema.json`, 'utf8')) as object);
    const list = JSON.parse(readFileSync(`${dataDir}/codelists/${file}`, 'utf8')) as Codelist;
    expect(validate(list), JSON.stringify(validate.errors)).toBe(true);
    expect(`${list.id}.json`).toBe(file);
  });

  describe.each([...lists.values()].map((list) => [list.id, list] as const))('%s', (_id, list) => {
    const byCode = new Map(list.entries.map((e) => [e.code, e]));

    it('has unique codes', () => {
      expect(byCode.size).toBe(list.entries.length);
    });

    it('has validTo on or after validFrom', () => {
      const backwards = list.entries.filter((e) => e.validFrom && e.validTo && e.validTo < e.validFrom);
      expect(backwards.map((e) => e.code)).toEqual([]);
    });

    it('names only successors that exist and are valid the day after the code retires', () => {
      for (const entry of list.entries.filter((e) => e.successors)) {
        expect(entry.validTo, `${entry.code} has successors but no validTo`).toBeDefined();
        const nextDay = dayAfter(entry.validTo as string);
        for (const code of entry.successors ?? []) {
          const successor = byCode.get(code);
          expect(successor, `${entry.code} → ${code}`).toBeDefined();
          expect(isValidOn(successor!, nextDay), `${code} on ${nextDay}`).toBe(true);
        }
      }
    });
  });
});

describe('schema annotations', () => {
  const annotations = loadSchemaFiles().flatMap((f) => codelistAnnotations(f.schema, f.file));

  it('finds the annotations to check', () => {
    expect(annotations.filter((a) => a.enum).map((a) => a.list)).toEqual(expect.arrayContaining(['regions', 'ofsted-grades']));
  });

  it('names only codelists that are shipped', () => {
    expect(annotations.filter((a) => !lists.has(a.list)).map((a) => `${a.at}: ${a.list}`)).toEqual([]);
  });

  it('keeps the enums that carry a closed codelist to its codes, and together they use every code', () => {
    // One enum may hold a subset (the latest Ofsted grade cannot be the retired `adequate`, which an
    // inspection history can), but no enum may hold a code the list lacks, and no code may be unused.
    const used = new Map<string, Set<string>>();
    for (const a of annotations.filter((x) => x.enum)) {
      const list = lists.get(a.list);
      expect(list?.closed, `${a.at}: ${a.list} must be closed to carry an enum`).toBe(true);
      const codes = list!.entries.map((e) => e.code);
      expect(
        (a.enum ?? []).filter((c) => !codes.includes(c)),
        a.at,
      ).toEqual([]);
      for (const c of a.enum ?? []) used.set(a.list, (used.get(a.list) ?? new Set()).add(c));
    }
    for (const [name, codes] of used) {
      expect(
        lists
          .get(name)!
          .entries.map((e) => e.code)
          .filter((c) => !codes.has(c)),
        name,
      ).toEqual([]);
    }
  });
});

describe('local authorities', () => {
  it('counts 152 authorities in April 2021 by type as the ONS register does', () => {
    expect(la.entries.filter((e) => isValidOn(e, '2021-04-01'))).toHaveLength(152);
    expect(countBy(la, 'type', '2021-04-01')).toEqual({ unitary: 59, 'metropolitan-district': 36, 'london-borough': 33, county: 24 });
  });

  it('counts 153 authorities after the April 2023 reorganisations', () => {
    expect(la.entries.filter((e) => isValidOn(e, '2023-04-01'))).toHaveLength(153);
    expect(la.entries.filter((e) => isValidOn(e, '2023-03-31'))).toHaveLength(152);
  });

  it('counts the authorities per region that the 2015 review counts in section 3', () => {
    expect(countBy(la, 'region', '2015-06-01')).toEqual({
      'north-east': 12,
      'north-west': 23,
      'yorkshire-and-the-humber': 15,
      'east-midlands': 9,
      'west-midlands': 14,
      'east-of-england': 11,
      london: 33,
      'south-east': 19,
      'south-west': 16,
    });
  });

  it('gives every authority a known region and the type its code prefix says', () => {
    const regions = new Set(lists.get('regions')!.entries.map((e) => e.code));
    const typeOf: Record<string, string> = { E06: 'unitary', E08: 'metropolitan-district', E09: 'london-borough', E10: 'county' };
    for (const e of la.entries) {
      expect(regions.has(e.attributes?.region ?? ''), `${e.code} region`).toBe(true);
      expect(e.attributes?.type, e.code).toBe(typeOf[e.code.slice(0, 3)]);
    }
  });

  it('hands every retired authority on to successors', () => {
    expect(la.entries.filter((e) => e.validTo && !e.successors?.length).map((e) => e.code)).toEqual([]);
  });

  it('follows reorganisations to the authorities valid on a date', () => {
    expect(successorsOn(la, 'E10000021', '2021-04-01').map((e) => e.label)).toEqual(['North Northamptonshire', 'West Northamptonshire']);
    expect(successorsOn(la, 'E10000006', '2023-04-01').map((e) => e.code)).toEqual(['E06000063', 'E06000064']);
    expect(successorsOn(la, 'E08000020', '2015-06-01').map((e) => e.code)).toEqual(['E08000037']);
    // Before the new councils existed there is nothing to hand on to.
    expect(successorsOn(la, 'E10000021', '2020-01-01')).toEqual([]);
    expect(successorsOn(la, 'E99999999', '2021-04-01')).toEqual([]);
  });

  it('tells apart authorities that share a name across a reorganisation by date', () => {
    expect(
      findByAlias(la, 'Dorset')
        .map((e) => e.code)
        .sort(),
    ).toEqual(['E06000059', 'E10000009']);
    expect(findByAlias(la, 'Dorset', '2015-06-01').map((e) => e.code)).toEqual(['E10000009']);
    expect(findByAlias(la, 'Dorset', '2019-04-01').map((e) => e.code)).toEqual(['E06000059']);
    expect(findByAlias(la, 'Bucks', '2020-04-01').map((e) => e.code)).toEqual(['E06000060']);
  });

  it('does not guess: an ambiguous or unknown name finds nothing', () => {
    expect(findByAlias(la, 'Kingston', '2015-06-01')).toEqual([]);
    expect(findByAlias(la, 'Flintshire', '2015-06-01')).toEqual([]);
  });

  // Every way the 2015 review (section 3 and Appendix 1, as at 1 June 2015) writes an
  // authority, including council titles and its misspelling 'Bracknell Forrest'. The
  // Appendix's West Midlands row is garbled in the text copy; its members are spelled out.
  const reportNames = [
    'Newcastle',
    'Durham',
    'Gateshead',
    'North Tyneside',
    'Northumberland',
    'South Tyneside',
    'Sunderland',
    'Hartlepool',
    'Darlington',
    'Middlesbrough',
    'Redcar and Cleveland',
    'Stockton on Tees',
    'Stockton-On-Tees',
    'Cumbria',
    'Lancashire',
    'Tameside',
    'Manchester',
    'Trafford',
    'Bolton',
    'Bury',
    'Cheshire East',
    'Oldham',
    'Rochdale',
    'Salford',
    'Stockport',
    'Wigan',
    'Cheshire West & Chester',
    'Cheshire West and Chester',
    'Halton',
    'Knowsley',
    'Liverpool',
    'Sefton',
    'St Helens',
    'St. Helens',
    'Warrington',
    'Wirral',
    'Blackpool',
    'Blackburn with Darwen',
    'Leeds',
    'Barnsley',
    'Bradford',
    'Calderdale',
    'Doncaster',
    'Kingston upon Hull',
    'Kirklees',
    'NE Lincolnshire',
    'North East Lincolnshire',
    'Sheffield',
    'Wakefield',
    'York',
    'Rotherham',
    'East Riding of Yorkshire',
    'East Riding',
    'North Lincolnshire',
    'North Yorkshire',
    'Northamptonshire',
    'Northants',
    'Derby',
    'Derbyshire',
    'Nottingham City',
    'Nottinghamshire',
    'Rutland',
    'Leicester',
    'Leicestershire',
    'Lincolnshire',
    'Herefordshire',
    'Hereford',
    'Worcestershire',
    'Solihull',
    'Stoke on Trent',
    'Stoke',
    'Coventry',
    'Warwickshire',
    'Sandwell',
    'Birmingham',
    'Dudley',
    'Shropshire',
    'Staffordshire',
    'Telford and Wrekin',
    'Walsall',
    'Wolverhampton',
    'Suffolk',
    'Cambridgeshire',
    'Essex',
    'Thurrock',
    'Luton',
    'Bedford',
    'Bedford Borough',
    'Central Bedfordshire',
    'Hertfordshire',
    'Peterborough',
    'Southend',
    'City of London',
    'Haringey',
    'Camden',
    'Enfield',
    'Hackney',
    'Islington',
    'Newham',
    'Barking and Dagenham',
    'Havering',
    'Redbridge',
    'Tower Hamlets',
    'Waltham Forest',
    'Hillingdon',
    'Barnet',
    'Brent',
    'Ealing',
    'Hammersmith & Fulham',
    'Harrow',
    'Hounslow',
    'Kensington & Chelsea',
    'Westminster',
    'Lambeth',
    'Bexley',
    'Bromley',
    'Croydon',
    'Greenwich',
    'Merton',
    'Southwark',
    'Richmond',
    'Kingston upon Thames',
    'Sutton',
    'Wandsworth',
    'Buckinghamshire',
    'Bucks',
    'Oxfordshire',
    'Milton Keynes',
    'Slough',
    'Windsor and Maidenhead',
    'Windsor & Maidenhead',
    'Hampshire',
    'Hants',
    'Bracknell Forest',
    'Bracknell Forrest',
    'Isle of Wight',
    'IoW',
    'Portsmouth',
    'Reading',
    'Southampton',
    'Surrey',
    'West Berkshire',
    'Wokingham',
    'West Sussex',
    'Brighton and Hove',
    'Brighton & Hove',
    'Kent',
    'Medway',
    'East Sussex',
    'Devon',
    'Cornwall',
    'Plymouth',
    'Somerset',
    'Torbay',
    'Bristol',
    'Bath & NE Somerset',
    'Bath & NES',
    'Bath and North East Somerset',
    'Dorset',
    'Gloucestershire',
    'North Somerset',
    'South Gloucestershire',
    'S Gloucestershire',
    'Swindon',
    'Wiltshire',
    'Bournemouth',
    'Poole',
    'Leeds City Council',
    'Newcastle City Council',
    'Northumberland County Council',
    'Hampshire County Council',
    'Southampton City Council',
    'Coventry City Council',
    'Solihull Metropolitan Borough Council',
    'Warwickshire County Council',
    'Stoke City Council',
    'Sandwell Metropolitan Borough Council',
    'Worcestershire County Council',
    'Suffolk County Council',
    'Cornwall Council',
    'Devon County Council',
    'Plymouth City Council',
    'Somerset County Council',
    'Torbay Council',
    'Bath and North East Somerset Council',
    'Hertfordshire County Council',
    'Manchester City Council',
    'Trafford Council',
    'Nottinghamshire County Council',
    'Nottingham City Council',
    'Kent County Council',
    'Medway Council',
  ];

  it.each(reportNames)('resolves the review name "%s" to exactly one authority in June 2015', (name) => {
    expect(findByAlias(la, name, '2015-06-01')).toHaveLength(1);
  });

  it('resolves the review names to the right authorities', () => {
    const codeOf = (name: string) => findByAlias(la, name, '2015-06-01')[0]?.code;
    expect(codeOf('Hull')).toBe('E06000010');
    expect(codeOf('Bath & NES')).toBe('E06000022');
    expect(codeOf('Nottingham City')).toBe('E06000018');
    expect(codeOf('Nottinghamshire County Council')).toBe('E10000024');
    expect(codeOf('Richmond')).toBe('E09000027');
    expect(codeOf('Kingston upon Thames')).toBe('E09000021');
    expect(codeOf('Northants')).toBe('E10000021');
    expect(codeOf('Northumberland')).toBe('E06000057');
  });
});

describe('SSDA903 placement types', () => {
  const validOn = (date: string) => new Set(placementTypes.entries.filter((e) => isValidOn(e, date)).map((e) => e.code));

  it('follows the collection years: H5 out and K3 in from 2024-25, P2 out from 28 October 2023, Z1 split in 2025-26', () => {
    expect([validOn('2024-03-31').has('H5'), validOn('2024-04-01').has('H5')]).toEqual([true, false]);
    expect([validOn('2024-03-31').has('K3'), validOn('2024-04-01').has('K3')]).toEqual([false, true]);
    expect([validOn('2023-10-27').has('P2'), validOn('2023-10-28').has('P2')]).toEqual([true, false]);
    expect(successorsOn(placementTypes, 'Z1', '2025-04-01').map((e) => e.code)).toEqual(['Z11', 'Z12', 'Z13', 'Z14']);
  });

  it('says what kind of placement each type is, fostering being Q1-Q2 then U1-U6', () => {
    const kinds = new Set([
      'fostering',
      'childrens-home',
      'secure',
      'care-home',
      'family-centre',
      'residential-school',
      'supported-accommodation',
      'independent-living',
      'residential-employment',
      'adoption',
      'parent',
      'health',
      'custody',
      'temporary',
      'other',
    ]);
    expect(placementTypes.entries.filter((e) => !kinds.has(e.attributes?.service ?? '')).map((e) => e.code)).toEqual([]);
    const fostering = placementTypes.entries.filter((e) => e.attributes?.service === 'fostering').map((e) => e.code);
    expect(fostering).toEqual(['Q1', 'Q2', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6']);
    expect([...validOn('2014-03-31')].filter((c) => fostering.includes(c))).toEqual(['Q1', 'Q2']);
    expect([...validOn('2014-04-01')].filter((c) => fostering.includes(c))).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6']);
  });

  it('says in every list what it was checked against, and when', () => {
    for (const list of lists.values()) {
      expect(list.checked.sources.length, list.id).toBeGreaterThan(0);
      expect(list.checked.year, list.id).toBeGreaterThanOrEqual(2026);
    }
  });

  it('does not present the unverified Z11-Z14 labels as settled', () => {
    for (const code of ['Z11', 'Z12', 'Z13', 'Z14']) {
      expect(placementTypes.entries.find((e) => e.code === code)?.label).toMatch(/label unverified/);
    }
  });
});

describe('the bundled schemas and codelists', () => {
  it('are the files of the schema folder, so validation reads no file at run time', () => {
    expect(shippedSchemaFiles()).toEqual(loadSchemaFiles());
    expect(new Map(shippedCodelists().map((l) => [l.id, l]))).toEqual(loadCodelists());
  });
});
