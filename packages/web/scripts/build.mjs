// Builds dist/index.html: one self-contained page with its script inline, so that it works opened
// from disk (browsers refuse module scripts and fetches from file://) and loads nothing from anywhere.
// The Content-Security-Policy allows that one script by its hash.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const result = await build({
  entryPoints: [join(root, 'src', 'main.ts')],
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  minify: true,
  write: false,
  logLevel: 'warning',
});
// `</script` inside the code would end the element early; `<\/script` means the same in JavaScript.
const script = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
const hash = `sha256-${createHash('sha256').update(script).digest('base64')}`;
const template = readFileSync(join(root, 'src', 'index.html'), 'utf8');
// Functions as replacements: `$` in the code must not be read as a replacement pattern.
const page = template.replace('%SCRIPT_HASH%', () => hash).replace('</body>', () => `<script>${script}</script>\n</body>`);
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist', 'index.html'), page);
console.log(`wrote dist/index.html (${Math.round(Buffer.byteLength(page) / 1024)} KB)`);
