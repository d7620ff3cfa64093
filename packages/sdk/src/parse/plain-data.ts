/**
 * A reviver for yaml's toJS that keeps document values plain JSON data (objects, arrays,
 * strings, numbers, booleans, null), whatever tags the text uses: YAML 1.1 tags the library
 * still resolves would otherwise give a Symbol (`!!merge`), a Map (`!!omap`), a Set (`!!set`),
 * a Date (`!!timestamp`) or bytes (`!!binary`), which schemas and rules do not expect and which
 * cannot all cross a thread boundary.
 */
export function plainValue(_key: unknown, value: unknown): unknown {
  if (value === null || (typeof value !== 'object' && typeof value !== 'symbol' && typeof value !== 'bigint')) return value;
  if (typeof value === 'symbol') return value.description ?? '';
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype) return value;
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), v]));
  if (value instanceof Set) return [...value];
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
  if (value instanceof Uint8Array) return base64(value);
  return String(value);
}

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Bytes as base64, as `!!binary` wrote them (without Node's Buffer: the SDK runs in browsers too). */
function base64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    out +=
      DIGITS[n >> 18]! +
      DIGITS[(n >> 12) & 63]! +
      (i + 1 < bytes.length ? DIGITS[(n >> 6) & 63]! : '=') +
      (i + 2 < bytes.length ? DIGITS[n & 63]! : '=');
  }
  return out;
}
