import { formatJson } from './json.js';
import type { Formatter } from './report.js';
import { formatText } from './text.js';

/** Output formats by the name given to `--format`. */
export const FORMATTERS: Record<string, Formatter> = {
  text: formatText,
  json: formatJson,
};
