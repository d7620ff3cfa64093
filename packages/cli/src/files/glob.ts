/** True when a path argument is a glob pattern rather than a plain path. */
export function isGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/**
 * Splits a glob into the folder to search from (its leading segments without wildcards) and a
 * matcher for paths relative to that folder. Supports `*`, `**`, `?`, `[abc]` and `{a,b}`:
 * enough for the patterns people type, with node 20 built-ins only (node 20 has no fs.glob).
 */
export function compileGlob(pattern: string): { base: string; matches: (relative: string) => boolean } {
  const segments = pattern.replace(/\\/g, '/').split('/');
  const firstWild = segments.findIndex(isGlob);
  const base = segments.slice(0, firstWild).join('/') || '.';
  const rest = segments.slice(firstWild).join('/');
  const regex = new RegExp(`^${toRegex(rest)}$`);
  return { base: pattern.startsWith('/') && firstWild === 1 ? '/' : base, matches: (relative) => regex.test(relative) };
}

function toRegex(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` matches any number of folders, including none.
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i);
      if (end < 0) out += '\\[';
      else {
        out += `[${glob
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) out += '\\{';
      else {
        out += `(?:${glob
          .slice(i + 1, end)
          .split(',')
          .map(toRegex)
          .join('|')})`;
        i = end;
      }
    } else out += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return out;
}
