import { readFileSync } from 'node:fs';

/**
 * The version in the package.json beside the server's dist/: @nof/language-server's, or in the
 * VS Code extension, the one its bundling writes for the bundled server (extension/server/).
 */
export function serverVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
