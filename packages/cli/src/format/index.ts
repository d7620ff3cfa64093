import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatPretty } from './pretty.js';
import type { Formatter } from './report.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

/** Output formats by the name given to `--format`. */
export const FORMATTERS: Record<string, Formatter> = {
  pretty: formatPretty,
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
};
