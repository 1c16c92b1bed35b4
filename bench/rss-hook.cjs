// Preloaded into every benchmarked Node process (and its worker threads): on exit, append the
// process's peak resident set size (KiB, process-wide) to BENCH_RSS_FILE.
const fs = require('node:fs');
const out = process.env.BENCH_RSS_FILE;
if (out) process.on('exit', () => fs.appendFileSync(out, `${process.resourceUsage().maxRSS}\n`));
