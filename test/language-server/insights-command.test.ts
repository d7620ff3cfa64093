/**
 * Issue 18: the editor's insights come from the server (`nof.server.insights`), made by the SDK
 * from the live workspace (an editor's unsaved text included) as of the workspace's date or one
 * given, with the documents it could not read counted, not dropped in silence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExecuteCommandRequest } from 'vscode-languageserver-protocol/node';
import { INSIGHTS_SECTIONS, workspaceInsights } from '@nof/sdk/insights';
import { loadWorkspace } from '@nof/sdk/node';
import { SERVER_COMMANDS, type InsightsResult } from '../../packages/language-server/src/protocol.js';
import { LspSession, root, STARTUP_MS } from './harness.js';

/** A file the server cannot read: its YAML is broken. */
const BROKEN = 'examples/consortia/broken.yaml';

describe('nof.server.insights over the examples', () => {
  let lsp: LspSession;
  const insights = async (params: object = {}) =>
    (await lsp.connection.sendRequest(ExecuteCommandRequest.type, {
      command: SERVER_COMMANDS.insights,
      arguments: [params],
    })) as InsightsResult;
  const ok = async (params: object = {}) => {
    const result = await insights(params);
    if (result.status !== 'ok') throw new Error(`insights refused: ${result.reason}`);
    return result;
  };
  beforeAll(async () => {
    lsp = await LspSession.start({
      folder: 'examples',
      files: { [BROKEN]: 'apiVersion: nof/v1\nkind: Consortium\nmetadata: [unclosed\n' },
    });
    await lsp.indexed();
  }, STARTUP_MS);
  afterAll(() => lsp.stop());

  it("renders every section as of the workspace's date, counting the broken file as left out", async () => {
    const result = await ok();
    expect(result.asOf).toBe('2015-06-01'); // examples/nof.config.yaml
    const expected = workspaceInsights(await loadWorkspace(`${root}/examples`));
    for (const key of INSIGHTS_SECTIONS) expect(result.html).toContain(`>${expected[key].title}</h2>`);
    expect(result.html).toContain('NOF insights, as of 2015-06-01');
    // The examples alone have nothing left out; the broken file is the one.
    expect(expected.about.leftOut).toBe(0);
    expect(result.leftOut).toBe(1);
  });

  it('judges as of a date given, and refuses one that is not a real day', async () => {
    const result = await ok({ asOf: '2016-03-31' });
    expect(result.asOf).toBe('2016-03-31');
    expect(result.html).toContain('NOF insights, as of 2016-03-31');
    const refused = await insights({ asOf: '2015-02-30' });
    expect(refused.status).toBe('refused');
    expect(refused.status === 'refused' && refused.reason).toMatch(/^asOf: .*2015-02-30/);
  });

  it("shows a document's unsaved text, and counts an unsaved break as left out", async () => {
    const uri = lsp.uri('consortia/white-rose-fostering.yaml');
    const text = await lsp.open(uri);
    await lsp.change(uri, [
      { text: text.replace('name: White Rose Independent Fostering Framework', 'name: White Rose Unsaved For Insights') },
    ]);
    const renamed = await ok();
    expect(renamed.html).toContain('White Rose Unsaved For Insights');
    await lsp.change(uri, [{ text: text.replace('type: regional', 'type: regionall') }]);
    expect((await ok()).leftOut).toBe(2);
    await lsp.change(uri, [{ text }]);
    expect(await ok()).toMatchObject({ leftOut: 1 });
  });
});
