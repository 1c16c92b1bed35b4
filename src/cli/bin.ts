#!/usr/bin/env node
import { main } from './main.js';

// A reader that stops early (policylint … | head) is not a crash: the exit code still tells.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
});

// exitCode, not process.exit(): a large JSON report on a pipe must be flushed before exiting.
const io = {
  stdout: process.stdout,
  stderr: process.stderr,
  // A getter: touching process.stdin sets up a stream, which only --stdin and --init on a terminal need.
  get stdin() {
    return process.stdin;
  },
  cwd: process.cwd(),
  env: process.env,
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`policylint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
