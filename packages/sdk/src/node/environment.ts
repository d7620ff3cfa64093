/**
 * Replaces `process.env` with a plain copy of it. The yaml library reads the environment at every
 * token (`LOG_TOKENS`, `LOG_STREAM`), and each read of the real one calls into the system: about a
 * tenth of a microsecond, 12-20% of a parse. For the processes and threads NOF owns (the `nof`
 * command, the language server, the batch workers), never for a vendor's process: call it at start
 * up, after anything that must see later changes to the real environment has read it.
 */
export function useEnvironmentCopy(): void {
  process.env = { ...process.env };
}
