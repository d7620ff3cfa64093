/**
 * Version pins for codelists in nof.config.yaml: `1.2.3` (exactly), `1.2` or `1` (that
 * release line), `^1.2.3` (same major, at least 1.2.3) and `~1.2.3` (same minor, at least
 * 1.2.3). Codelists use plain semantic versions, so this small subset is all a pin needs.
 */
export const PIN_PATTERN = '^[\\^~]?[0-9]+(\\.[0-9]+){0,2}$';

type Version = [number, number, number];

function parseVersion(text: string): number[] {
  return text.split('.').map(Number);
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** True when the shipped `version` (x.y.z) satisfies `pin`; false for a malformed pin. */
export function satisfiesPin(version: string, pin: string): boolean {
  if (!new RegExp(PIN_PATTERN).test(pin) || !/^[0-9]+\.[0-9]+\.[0-9]+$/.test(version)) return false;
  const have = parseVersion(version) as Version;
  const operator = pin.startsWith('^') || pin.startsWith('~') ? pin.charAt(0) : '';
  const parts = parseVersion(pin.slice(operator.length));
  const want: Version = [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0];
  if (compare(have, want) < 0) return false;
  if (operator === '^') return have[0] === want[0];
  if (operator === '~') return have[0] === want[0] && have[1] === want[1];
  // A bare pin fixes the parts it names: `1.2` is any 1.2.x, `1.2.3` exactly that release.
  return parts.every((part, i) => have[i] === part);
}
