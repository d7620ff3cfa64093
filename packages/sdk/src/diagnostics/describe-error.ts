/** What an error says, whatever was thrown (never `[object Object]`). */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  if (typeof message === 'string') return typeof name === 'string' ? `${name}: ${message}` : message;
  if (typeof error !== 'object' || error === null) return String(error);
  // What a worker throws reaches this thread only if it can be cloned: a DOMException (a
  // DataCloneError, say) arrives as an empty object.
  let json: string | undefined;
  try {
    json = JSON.stringify(error);
  } catch {
    json = undefined;
  }
  return json === undefined || json === '{}' ? 'an error that could not be passed from the worker thread' : json;
}
