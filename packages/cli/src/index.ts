/**
 * @nof/cli: the `nof` command line as a library, so commands and output formats can be added
 * (register them in `COMMANDS` and `FORMATTERS`) and the whole tool run in-process by tests.
 */
export { COMMANDS, main, type Command } from './main.js';
export { EXIT, processIo, UsageError, type Io } from './io.js';
export { FORMATTERS } from './format/index.js';
export { summarise, type FileReport, type FormatContext, type Formatter, type Summary } from './format/report.js';
export { commandArgs } from './args.js';
export { collectInputs, type Inputs } from './files/collect.js';
