import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CompletionItemTag,
  CompletionRequest,
  DefinitionRequest,
  DidChangeConfigurationNotification,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  SelectionRangeRequest,
  WorkspaceSymbolRequest,
  type CompletionItem,
  type CompletionList,
  type DocumentSymbol,
  type Location,
  type MarkupContent,
  type Position,
  type SelectionRange,
} from 'vscode-languageserver-protocol/node';
import { LspSession, root, STARTUP_MS } from './harness.js';

const NEW_AGREEMENT = `apiVersion: nof/v1
kind: PlacementAgreement
metadata:
  id: ipa-new
  name: New agreement
spec:
  startDate: 2015-06-03
  plannedEndDate: 2016-06-02
  placingAuthority: 
  provider: 
  route: { type: framework-call-off, consortium: white-rose, arrangement: ifa-framework-2015, lot:  }
  placementType: 
  framework: nof-core-1-0
  assessedNeeds:
    - { domain:  }
  outcomes:
    - { id: o1, domain:  }
  
`;

const RETIRED = `apiVersion: nof/v1
kind: Consortium
metadata:
  id: bucks-test
  name: Bucks test consortium
spec:
  type: sub-regional
  members:
    - authority: E10000002
  arrangements:
    - { id: list, type: approved-provider-list }
`;

let lsp: LspSession;
const uri = (path: string) => lsp.uri(path);

beforeAll(async () => {
  lsp = await LspSession.start({ files: { 'consortia/bucks.yaml': RETIRED }, settings: { asOf: '2021-06-01' } });
  await lsp.diagnostics(uri('consortia/white-rose.yaml'));
}, STARTUP_MS);
afterAll(() => lsp.stop());

/** The position of the `nth` occurrence of `needle` in `text`, plus `shift` characters. */
function find(text: string, needle: string, shift = 0, nth = 0): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`${needle} not found`);
  const before = text.slice(0, at + shift).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

async function complete(doc: string, position: Position): Promise<CompletionItem[]> {
  const result = (await lsp.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: doc }, position })) as
    | CompletionItem[]
    | CompletionList
    | null;
  return Array.isArray(result) ? result : (result?.items ?? []);
}

async function hover(doc: string, position: Position): Promise<string> {
  const result = await lsp.connection.sendRequest(HoverRequest.type, { textDocument: { uri: doc }, position });
  return (result?.contents as MarkupContent | undefined)?.value ?? '';
}

describe('completion', () => {
  let doc: string;
  beforeAll(async () => {
    doc = uri('agreements/new.yaml');
    await lsp.open(doc, NEW_AGREEMENT);
  });
  const labels = (items: CompletionItem[]) => items.map((i) => i.label);

  it('offers the missing properties with their descriptions and a snippet of required children', async () => {
    const items = await complete(doc, find(NEW_AGREEMENT, '  \n', 2, 0));
    expect(labels(items)).toContain('setting');
    expect(labels(items)).not.toContain('provider');
    const setting = items.find((i) => i.label === 'setting')!;
    expect((setting.documentation as MarkupContent).value).toContain('registered setting');
    expect(setting.insertTextFormat).toBe(2);
    expect(setting.textEdit && 'newText' in setting.textEdit && setting.textEdit.newText).toBe('setting:\n    ofstedUrn: $1');
  });

  it('offers local authorities valid at the document’s dates by name, inserting the GSS code', async () => {
    const items = await complete(doc, find(NEW_AGREEMENT, 'placingAuthority: ', 18));
    const leeds = items.find((i) => i.label === 'Leeds');
    expect(leeds?.textEdit && 'newText' in leeds.textEdit && leeds.textEdit.newText).toBe('E08000035');
    // A placement planned to end in 2016: the county council, not the unitary that replaced it in 2020.
    const bucks = items.filter((i) => i.label === 'Buckinghamshire').map((i) => i.labelDetails?.description);
    expect(bucks).toEqual(['E10000002']);
  });

  it('offers ids of documents of the expected kind, and lots of the named arrangement', async () => {
    const providers = labels(await complete(doc, find(NEW_AGREEMENT, 'provider: ', 10)));
    expect(providers).toEqual(expect.arrayContaining(['first-tier-fostering', 'white-rose-fostering']));
    expect(providers).not.toContain('white-rose');
    const lots = await complete(doc, find(NEW_AGREEMENT, 'lot:  }', 5));
    expect(labels(lots)).toEqual(['lot-1-standard', 'lot-2-enhanced']);
    expect(lots[1]!.detail).toBe('Lot 2: Enhanced fostering');
  });

  it('offers need and outcome domains of the referenced framework, and placement types with labels', async () => {
    expect(labels(await complete(doc, find(NEW_AGREEMENT, '{ domain:  }', 10)))).toEqual(['emotional-wellbeing']);
    expect(labels(await complete(doc, find(NEW_AGREEMENT, 'o1, domain:  }', 12)))).toEqual(['be-healthy', 'enjoy-and-achieve']);
    const types = await complete(doc, find(NEW_AGREEMENT, 'placementType: ', 15));
    const u6 = types.find((i) => i.labelDetails?.description === 'U6');
    expect(u6?.label).toMatch(/foster/i);
  });

  it('tags deprecated properties (schemas from an extra schema folder)', async () => {
    lsp.settings = { asOf: '2021-06-01', schemaFolders: [join(root, 'test/language-server/fixtures/schemas')] };
    await lsp.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const v9 = uri('providers/v9.yaml');
    const text = 'apiVersion: nof/v9\nkind: ProviderProfile\nmetadata: { id: v9, name: V9 }\nspec:\n  \n';
    await lsp.open(v9, text);
    // Once the new schemas are in, the document's version is known.
    await lsp.diagnostics(v9, (d) => !d.some((x) => x.code === 'nof/unknown-api-version'));
    const found = await complete(v9, { line: 4, character: 2 });
    expect(found.find((i) => i.label === 'beds')?.tags).toEqual([CompletionItemTag.Deprecated]);
    expect(found.find((i) => i.label === 'places')?.tags).toBeUndefined();
    lsp.settings = { asOf: '2021-06-01' };
    await lsp.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  });
});

describe('hover', () => {
  it('shows a property’s title and description, a code’s label and validity, a reference’s target', async () => {
    const doc = uri('agreements/ipa-0042.yaml');
    const text = await lsp.open(doc);
    expect(await hover(doc, find(text, 'placingAuthority', 3))).toMatch(/\*\*Placing authority\*\*[\s\S]*paying the fee/);
    const code = await hover(doc, find(text, 'placingAuthority: E08', 20));
    expect(code).toContain('**Leeds** (`E08000035`');
    expect(code).toContain('Valid from 1974-04-01');
    const consortium = await hover(doc, find(text, 'consortium: white-rose', 14));
    expect(consortium).toContain('White Rose Test Framework');
    expect(consortium).toContain('Consortium `white-rose`');
    expect(consortium).toContain('consortia/white-rose.yaml');
    expect(await hover(doc, find(text, 'lot: lot-2', 6))).toContain('**Lot 2: Enhanced fostering**');
  });

  it('shows a retired code’s successor', async () => {
    const doc = uri('consortia/bucks.yaml');
    await lsp.open(doc, RETIRED);
    const text = await hover(doc, find(RETIRED, 'E10000002', 2));
    expect(text).toContain('Valid from 1974-04-01 to 2020-03-31');
    expect(text).toContain('replaced by Buckinghamshire (`E06000060`)');
  });
});

describe('navigation', () => {
  it('goes from a lot in an agreement to its declaration in the consortium', async () => {
    const doc = uri('agreements/ipa-0042.yaml');
    const text = await lsp.open(doc);
    const found = (await lsp.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri: doc },
      position: find(text, 'lot: lot-2', 7),
    })) as Location;
    expect(found.uri).toBe(uri('consortia/white-rose.yaml'));
    expect(found.range.start.line).toBe(27);
  });

  it('finds every reference to a lot across files', async () => {
    const consortium = uri('consortia/white-rose.yaml');
    const text = await lsp.open(consortium);
    const found = await lsp.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: consortium },
      position: find(text, 'lot-2-enhanced', 3),
      context: { includeDeclaration: false },
    });
    const files = [...new Set((found ?? []).map((l) => l.uri.split('/').slice(-2).join('/')))].sort();
    expect(files).toEqual(['agreements/ipa-0042.yaml', 'providers/first-tier-fostering.yaml', 'providers/white-rose-fostering.yaml']);
  });

  it('renames a document id in its declaration and every reference, and refuses a non-id', async () => {
    const provider = uri('providers/white-rose-fostering.yaml');
    const text = await lsp.open(provider);
    const position = find(text, 'id: white-rose-fostering', 6);
    const prepared = await lsp.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: provider }, position });
    expect(prepared).toMatchObject({ placeholder: 'white-rose-fostering' });
    const edit = await lsp.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri: provider },
      position,
      newName: 'rose-fostering',
    });
    const changes = edit?.changes ?? {};
    expect(
      Object.keys(changes)
        .map((u) => u.split('/').slice(-2).join('/'))
        .sort(),
    ).toEqual(['agreements/ipa-0042.yaml', 'providers/white-rose-fostering.yaml']);
    // The agreement names it as its provider and in two call-off approaches... one of which is first-tier.
    expect(changes[uri('agreements/ipa-0042.yaml')]!.map((e) => e.newText)).toEqual(['rose-fostering', 'rose-fostering']);
    await expect(
      lsp.connection.sendRequest(RenameRequest.type, { textDocument: { uri: provider }, position, newName: 'Not An Id' }),
    ).rejects.toThrow(/not an id/);
  });
});

describe('symbols', () => {
  it('outlines a consortium: arrangements, lots, tiers', async () => {
    const consortium = uri('consortia/white-rose.yaml');
    const symbols = (await lsp.connection.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri: consortium },
    })) as DocumentSymbol[];
    expect(symbols.map((s) => s.name)).toEqual(['White Rose Test Framework']);
    const arrangement = symbols[0]!.children![0]!;
    expect(arrangement.detail).toBe('arrangement ifa-framework-2015');
    expect(arrangement.children!.map((l) => l.detail)).toEqual(['lot lot-1-standard', 'lot lot-2-enhanced']);
    expect(arrangement.children![0]!.children!.map((t) => t.detail)).toEqual(['tier tier-1', 'tier tier-2']);
  });

  it('finds documents across the workspace by id or name', async () => {
    const found = (await lsp.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'fostering' })) ?? [];
    const names = found.map((s) => s.name);
    expect(names).toContain('white-rose-fostering');
    expect(names).toContain('first-tier-fostering');
    const framework = ((await lsp.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'core needs' })) ?? []).map((s) => s.name);
    expect(framework).toContain('nof-core-1-0');
    expect(framework).not.toContain('white-rose');
  });
});

describe('code actions', () => {
  const actions = (doc: string, position: Position) =>
    lsp.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: doc },
      range: { start: position, end: position },
      context: { diagnostics: [] },
    });

  it('offers the replacement of a retired authority by its successor', async () => {
    const doc = uri('consortia/bucks.yaml');
    await lsp.open(doc, RETIRED);
    const found = (await actions(doc, find(RETIRED, 'E10000002', 1))) ?? [];
    const fix = found.find((a) => 'title' in a && a.title.includes('E06000060'));
    expect(fix && 'edit' in fix && fix.edit?.changes?.[doc]?.[0]?.newText).toBe('E06000060');
  });

  it('adds every missing required property at once', async () => {
    const doc = uri('agreements/sparse.yaml');
    const text = 'apiVersion: nof/v1\nkind: PlacementAgreement\nmetadata:\n  id: sparse\n  name: Sparse\nspec:\n  startDate: 2015-06-03\n';
    await lsp.open(doc, text);
    const found = (await actions(doc, { line: 5, character: 1 })) ?? [];
    const all = found.find((a) => a.title.startsWith('Add missing required properties'));
    expect(all?.title).toContain('`placingAuthority`');
    const inserted = all && 'edit' in all ? all.edit!.changes![doc]!.map((e) => e.newText).join('') : '';
    expect(inserted).toContain('\n  child: {}');
    expect(inserted).toContain('\n  fees: {}');
  });
});

describe('structure', () => {
  it('folds mappings and lists from their names', async () => {
    const folds = await lsp.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: uri('consortia/white-rose.yaml') } });
    expect(folds).toContainEqual({ startLine: 7, endLine: 32 });
    expect(folds).toContainEqual({ startLine: 15, endLine: 32 });
    expect(folds).toContainEqual({ startLine: 24, endLine: 26 });
  });

  it('expands a selection from an id to its entry, its item and outwards', async () => {
    const doc = uri('consortia/white-rose.yaml');
    const [chain] = ((await lsp.connection.sendRequest(SelectionRangeRequest.type, {
      textDocument: { uri: doc },
      positions: [{ line: 27, character: 16 }],
    })) ?? []) as SelectionRange[];
    const ranges: string[] = [];
    for (let r: SelectionRange | undefined = chain; r; r = r.parent)
      ranges.push(`${r.range.start.line}:${r.range.start.character}-${r.range.end.line}:${r.range.end.character}`);
    expect(ranges.slice(0, 3)).toEqual(['27:14-27:28', '27:10-27:28', '27:10-32:37']);
  });
});
