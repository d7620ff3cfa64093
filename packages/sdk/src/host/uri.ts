/**
 * Uris as the SDK handles them: `/`-separated strings, paths or `file://` URIs alike. Only the
 * last segment is ever split off or added, so any scheme a host uses keeps working.
 */

/** The root a uri starts from: `/`, `C:/`, or a scheme's with its authority (`file:///`); empty for a relative one. */
const ROOT = /^(?:[a-z][a-z0-9+.-]*:\/\/[^/]*\/|[a-z]:\/|\/)/i;

/** The folder holding `uri` (`/a/b.yaml` → `/a`); a root is its own parent. */
export function parentOf(uri: string): string {
  const root = ROOT.exec(uri)?.[0] ?? '';
  if (uri.length <= root.length) return uri;
  const rest = uri.slice(root.length).replace(/\/$/, '');
  const cut = rest.lastIndexOf('/');
  return cut < 0 ? root || '.' : root + rest.slice(0, cut);
}

/** `name` inside folder `folder`. */
export function joinUri(folder: string, name: string): string {
  return folder.endsWith('/') ? folder + name : `${folder}/${name}`;
}

/** `uri` relative to `folder` (`/`-separated), or undefined when it is not inside it. */
export function relativeUri(folder: string, uri: string): string | undefined {
  const prefix = folder.endsWith('/') ? folder : `${folder}/`;
  return uri.startsWith(prefix) ? uri.slice(prefix.length) : undefined;
}

/** The last segment of a uri. */
export function baseName(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1);
}
