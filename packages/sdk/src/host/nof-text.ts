// On its own, importing nothing: an editor's client bundles it without the rest of the SDK.

/** A NOF document declares `apiVersion: nof/...` at the start of a line (quoted or not). */
const NOF_API_VERSION = /^apiVersion:[ \t]*["']?nof\//m;

/**
 * True when a YAML text holds a NOF document. A file a search finds is checked only then, so
 * other YAML in a folder (CI workflows, docker-compose.yaml, mkdocs.yml) is left alone; a file
 * named on its own (a command-line argument, a document an editor opens as NOF) is always checked.
 */
export function isNofText(text: string): boolean {
  return NOF_API_VERSION.test(text);
}
