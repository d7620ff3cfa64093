/**
 * A large but valid consortium document for the language server benchmark: the White Rose
 * example with its arrangement repeated under new ids until the file reaches `lines` lines.
 */
import { readFileSync } from 'node:fs';

const EXAMPLE = new URL('../../examples/consortia/white-rose-fostering.yaml', import.meta.url);

/** The example's text split into the part before `arrangements:`, one arrangement, and the rest. */
function parts() {
  const text = readFileSync(EXAMPLE, 'utf8');
  const start = text.indexOf('  arrangements:\n') + '  arrangements:\n'.length;
  // The arrangements list ends at the next key of the spec (two-space indent), or the file's end.
  const next = /\n {2}[a-zA-Z$]/.exec(text.slice(start));
  const end = next ? start + next.index + 1 : text.length;
  return { head: text.slice(0, start), arrangement: text.slice(start, end), tail: text.slice(end) };
}

/** A consortium YAML text of about `lines` lines (at least one arrangement). */
export function largeConsortium(lines = 10_000) {
  const { head, arrangement, tail } = parts();
  const per = arrangement.split('\n').length - 1;
  const count = Math.max(1, Math.round((lines - head.split('\n').length - tail.split('\n').length) / per));
  const copies = Array.from({ length: count }, (_, i) => arrangement.replace('- id: ifa-framework', `- id: ifa-framework-${i + 1}`));
  return head + copies.join('') + tail;
}
