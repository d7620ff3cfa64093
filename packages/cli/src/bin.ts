#!/usr/bin/env node
import { useEnvironmentCopy } from '@nof/sdk/node';
import { main } from './main.js';
import { processIo } from './io.js';

// The real environment was read into io.ts's processIo at import.
useEnvironmentCopy();

// `nof validate | head` closes the pipe early: stop quietly rather than crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), processIo);
