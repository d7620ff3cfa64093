/**
 * .gitignore-style patterns (the subset people write): `*` and `?` within a name, `**` across
 * folders, a trailing `/` for folders only, a leading or inner `/` to anchor at the root, `!` to
 * take a file back. The last pattern that matches decides.
 */
export class IgnoreList {
  private readonly rules: Array<{ negate: boolean; folderOnly: boolean; regex: RegExp }>;

  constructor(patterns: readonly string[]) {
    this.rules = patterns
      .map((p) => p.trim())
      .filter((p) => p !== '' && !p.startsWith('#'))
      .map((p) => {
        const negate = p.startsWith('!');
        let body = negate ? p.slice(1) : p;
        const folderOnly = body.endsWith('/');
        if (folderOnly) body = body.slice(0, -1);
        const anchored = body.includes('/');
        if (body.startsWith('/')) body = body.slice(1);
        const source = body
          .split(/(\*\*\/?|\*|\?)/)
          .map((part) => {
            if (part === '**/') return '(?:.*/)?';
            if (part === '**') return '.*';
            if (part === '*') return '[^/]*';
            if (part === '?') return '[^/]';
            return part.replace(/[.+^${}()|[\]\\]/g, '\\$&');
          })
          .join('');
        return { negate, folderOnly, regex: new RegExp(`^${anchored ? '' : '(?:.*/)?'}${source}$`) };
      });
  }

  /** True when `path` (relative to the config's folder, `/`-separated) is left out, itself or through a folder. */
  ignores(path: string): boolean {
    const parts = path.split('/').filter(Boolean);
    let ignored = false;
    for (const rule of this.rules) {
      // A folder pattern matches any folder on the way; a file pattern the path or a folder on the way.
      const matches = parts.some((_, i) => {
        const isFolder = i < parts.length - 1;
        return (isFolder || !rule.folderOnly) && rule.regex.test(parts.slice(0, i + 1).join('/'));
      });
      if (matches) ignored = !rule.negate;
    }
    return ignored;
  }
}
