import { describe, expect, it } from 'vitest';
import { hoverAt } from './hover.js';
import { FILES, positionOf, workspaceOf } from './testing.js';

const provider = FILES['file:///ws/provider.yaml']!;
const consortium = FILES['file:///ws/consortium.yaml']!;

describe('hoverAt', () => {
  const workspace = workspaceOf();

  it('shows a property’s title and description', () => {
    const hover = hoverAt(workspace, 'file:///ws/consortium.yaml', positionOf(consortium, 'members', 2));
    expect(hover?.markdown).toMatch(/^\*\*Member authorities\*\*\n\nThe local a/);
    expect(hover?.range).toEqual({ start: { line: 9, character: 2 }, end: { line: 9, character: 9 } });
  });

  it('shows a code’s label and validity, and a retired code’s successor', () => {
    expect(hoverAt(workspace, 'file:///ws/consortium.yaml', positionOf(consortium, 'E08000035', 1))?.markdown).toContain(
      '**Leeds** (`E08000035`',
    );
    const retired = consortium.replace('E08000035', 'E10000002');
    const later = workspaceOf({ 'file:///ws/consortium.yaml': retired }, '2021-01-01');
    const text = hoverAt(later, 'file:///ws/consortium.yaml', positionOf(retired, 'E10000002', 1))?.markdown;
    expect(text).toContain('Valid from 1974-04-01 to 2020-03-31.');
    expect(text).toContain('Not valid on 2021-01-01 (asOf): replaced by Buckinghamshire (`E06000060`).');
  });

  it('summarises what a reference names: the document, or the item and its document', () => {
    const toConsortium = hoverAt(workspace, 'file:///ws/provider.yaml', positionOf(provider, 'consortium: white-rose', 13))?.markdown;
    expect(toConsortium).toContain(
      '**White Rose Test Framework**\n\nConsortium `white-rose` (White Rose Test Framework) in `ws/consortium.yaml`',
    );
    const toLot = hoverAt(workspace, 'file:///ws/provider.yaml', positionOf(provider, 'lot-2', 1))?.markdown;
    expect(toLot).toContain('**Enhanced**\n\nlot `lot-2` of Consortium `white-rose`');
    const missing = provider.replace('lot-2]', 'lot-9]');
    expect(
      hoverAt(workspaceOf({ ...FILES, 'file:///ws/provider.yaml': missing }), 'file:///ws/provider.yaml', positionOf(missing, 'lot-9', 1))
        ?.markdown,
    ).toContain('No item `lot-9` in the workspace.');
  });
});
