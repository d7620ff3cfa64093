#!/usr/bin/env node
import { main } from './main.js';
import { processIo } from './io.js';

// The environment as a plain object (the real one was read into io.ts's processIo at import):
// yaml reads it at every token, and the real one takes a tenth of a microsecond a read.
process.env = { ...process.env };

// `nof validate | head` closes the pipe early: stop quietly rather than crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), processIo);
