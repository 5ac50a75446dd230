#!/usr/bin/env node
/** The `awaitify` executable: runs the CLI and turns its result into the process exit code. */
import { main } from './main';

// `awaitify --dry src | head` closes stdout early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
