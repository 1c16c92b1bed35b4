#!/usr/bin/env node
import v8 from 'node:v8';
import { prestart, type Prestart } from './prestart.js';

// V8 lets a large heap grow up to 4× past its live data before the next full collection; a linter
// allocates and drops a whole syntax tree per file, so most of that heap is garbage and peak RSS
// grows with the number of files. Capping growth at 2× (measured, one thread: 2,000 drafts 243 →
// 176 MB peak RSS, the linting thread's CPU +2%, GC threads' +18%; 30% cost +55% CPU at 10,000).
// The flag is read at every collection, so setting it now takes effect, for workers too.
v8.setFlagsFromString('--heap-growing-percent=100');
// TurboFan inlines callees into a function up to 920 bytes of their bytecode; a linter's hot code is
// many mid-sized functions (tokenizers, extractors, rules), and each thread compiles its own. A
// quarter of that, measured on 10,000 drafts: the same time on one thread, 5% less on two, where the
// second thread's compiling competes with linting (callgrind, 1,000 drafts: optimizing compiler
// 22% fewer instructions, the linting thread 8% fewer). Read at each compilation; set before linting starts.
v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=230');

// V8 allocates an allocation site's objects straight in the old generation once most of them survive
// a young collection. A file's model comes from a few sites (ranges, list items, sentences) whose
// objects all live until the file is done, so a young collection falling mid-file could "tenure"
// them for the rest of the run, at random: then every model went to the old generation and died
// only in full collections, each of which also drops optimized code that is then compiled again.
// One thread, 10,000 drafts: 9–51 full collections a run with pretenuring, 5–7 without; TurboFan
// compilations 1,623 -> 557 (6.4 -> 3.2 s on the compiler threads). Read at each collection.
v8.setFlagsFromString('--no-allocation-site-pretenuring');

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
  prestart: undefined as Prestart | undefined,
};

const argv = process.argv.slice(2);
try {
  // Find the files and start worker threads first; the linter's modules load meanwhile (prestart.ts).
  io.prestart = await prestart(argv, io.cwd);
  // With every core linting, V8's parallel scavenge only makes each thread wait for helper tasks
  // that find no free core: 10,000 drafts on 2 cores, scavenge pauses 3.0 -> 2.3 s, the run's CPU
  // 6% less. Set here, for a run that starts threads: the library never changes its host's process.
  if (io.prestart && io.prestart.threads > 1) v8.setFlagsFromString('--no-parallel-scavenge');
  const { main } = await import('./main.js');
  process.exitCode = await main(argv, io);
} catch (error) {
  process.stderr.write(`policylint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
