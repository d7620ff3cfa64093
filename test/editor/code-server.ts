import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, ProcessGroup } from './processes.js';
import type { EditorTools } from './tools.js';

/** User settings that keep a fresh VS Code quiet and offline, so tests see only the workbench. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'editor.hover.delay': 150,
  'editor.minimap.enabled': false,
  'editor.stickyScroll.enabled': false,
  'files.autoSave': 'off',
  'window.commandCenter': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/**
 * A code-server (VS Code in the browser) of its own: own config, data and extension folders
 * under one temp folder, no auth, loopback only, and a gallery address that goes nowhere so
 * it never reaches for the network.
 */
export class CodeServer {
  private constructor(
    readonly home: string,
    readonly port: number,
    private readonly process: ProcessGroup,
  ) {}

  static async start(tools: EditorTools, extraSettings: Record<string, unknown> = {}): Promise<CodeServer> {
    const home = mkdtempSync(join(tmpdir(), 'nof-code-server-'));
    const dirs = { userData: join(home, 'user-data'), extensions: join(home, 'extensions') };
    mkdirSync(join(dirs.userData, 'User'), { recursive: true });
    writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...extraSettings }, null, 2));
    const env = {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: join(home, 'config'),
      XDG_DATA_HOME: join(home, 'data'),
      XDG_CACHE_HOME: join(home, 'cache'),
      EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' }),
    };
    const common = ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
    execFileSync(tools.node24, [tools.codeServer, ...common, '--install-extension', tools.vsix], { env, stdio: 'pipe' });

    const port = await freePort();
    const server = new ProcessGroup(
      tools.node24,
      [
        tools.codeServer,
        ...common,
        '--auth',
        'none',
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
      ],
      env,
    );
    const codeServer = new CodeServer(home, port, server);
    try {
      await server.waitFor(/HTTP server listening/, 60_000);
    } catch (error) {
      await codeServer.stop();
      throw error;
    }
    return codeServer;
  }

  /** The workbench opened on a folder. */
  url(folder: string): string {
    return `http://127.0.0.1:${this.port}/?folder=${encodeURIComponent(folder)}`;
  }

  get log(): string {
    return this.process.log;
  }

  async stop(): Promise<void> {
    await this.process.stop();
    rmSync(this.home, { recursive: true, force: true });
  }
}
