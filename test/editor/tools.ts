import { existsSync } from 'node:fs';

/** Paths of the tools install-tools.sh put in its cache; run.sh passes them in the environment. */
export interface EditorTools {
  /** Node 24's `node`, which code-server needs. */
  node24: string;
  /** code-server's entry script (out/node/entry.js). */
  codeServer: string;
  /** The extension package built by `pnpm -C extension package`. */
  vsix: string;
}

export function editorTools(): EditorTools {
  const tools = { node24: process.env.NOF_NODE24, codeServer: process.env.NOF_CODE_SERVER, vsix: process.env.NOF_VSIX };
  for (const [name, path] of Object.entries(tools)) {
    if (!path || !existsSync(path)) {
      throw new Error(`The editor tests need ${name} (got ${path ?? 'nothing'}): run them with \`pnpm test:editor\`.`);
    }
  }
  return tools as EditorTools;
}
