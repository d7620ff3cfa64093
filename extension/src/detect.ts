import { isNofText } from '@nof/sdk';

/** The language id NOF documents get in VS Code, so YAML tools leave them to this extension. */
export const NOF_LANGUAGE = 'nof-yaml';

/** True when the YAML text holds a NOF document (a top-level `apiVersion: nof/...` line): the SDK's test, which the server applies too. */
export { isNofText } from '@nof/sdk';

/** What the status bar shows about a document: read from its top-level keys only. */
export interface DocumentHeader {
  apiVersion: string | undefined;
  kind: string | undefined;
  /** `metadata.version`, the author's own version of the document. */
  version: string | undefined;
}

function scalar(raw: string | undefined): string | undefined {
  const value = raw
    ?.replace(/\s+#.*$/, '')
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2');
  return value ? value : undefined;
}

/**
 * Reads apiVersion, kind and metadata.version from the first document in the text.
 * A line scan rather than a YAML parse: it runs on every keystroke and must never throw.
 */
export function readHeader(text: string): DocumentHeader {
  const firstDoc = text.split(/^---[ \t]*$/m).find((part) => isNofText(part)) ?? text;
  const top = (key: string) => scalar(new RegExp(`^${key}:(.*)$`, 'm').exec(firstDoc)?.[1]);
  const metadata = /^metadata:[ \t]*\n((?:[ \t]+.*\n?|[ \t]*\n)*)/m.exec(firstDoc)?.[1] ?? '';
  const version = scalar(/^[ \t]+version:(.*)$/m.exec(metadata)?.[1]);
  return { apiVersion: top('apiVersion'), kind: top('kind'), version };
}
