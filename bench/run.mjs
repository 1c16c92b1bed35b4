// npm run bench: generate seeded corpora, lint them with policylint and its peers, and write
// bench/results/ (JSON, a Markdown table and an SVG plot of time against N). See README.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generate.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH);
const RESULTS = path.join(BENCH, 'results');
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number).filter((n) => n > 0);
const SEED = Number(process.env.BENCH_SEED ?? 20240101);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 3600) * 1000;
const TOOLS = (process.env.BENCH_TOOLS ?? 'parse-only,policylint-1,policylint-auto,policylint-cache,markdownlint-cli2,textlint').split(',');
// One thread and auto threads are run alternately this many times and compared by their medians:
// on a shared machine the same run varies by a quarter from one minute to the next, and a ratio
// of two single runs taken a minute apart measures the machine as much as the threads.
const REPEATS = Math.max(1, Number(process.env.BENCH_REPEATS ?? 5));
const PAIRED = TOOLS.includes('policylint-1') && TOOLS.includes('policylint-auto');

function sh(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
}

// A fresh clone has neither the bench's own dependencies nor a build.
if (!existsSync(path.join(BENCH, 'node_modules', '.bin', 'markdownlint-cli2'))) sh('npm', ['ci', '--prefix', BENCH, '--no-audit', '--no-fund']);
sh('npm', ['run', '--silent', 'build'], { cwd: ROOT });

const POLICYLINT = path.join(ROOT, 'dist/src/cli/bin.js');
const MARKDOWNLINT = path.join(BENCH, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const TEXTLINT = path.join(BENCH, 'node_modules/textlint/bin/textlint.js');
const HOOK = path.join(BENCH, 'rss-hook.cjs');
const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

/** Run one Node CLI; wall time and peak RSS (max over the process and its threads). Output is discarded. */
function measure(label, args, cwd, okCodes = [0, 1]) {
  const rssFile = path.join(os.tmpdir(), `policylint-bench-rss-${process.pid}-${Date.now()}`);
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', HOOK, ...args], {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, BENCH_RSS_FILE: rssFile, CI: 'true', NO_COLOR: '1' },
    timeout: TIMEOUT_MS,
    maxBuffer: 1024 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rss = existsSync(rssFile) ? Math.max(...readFileSync(rssFile, 'utf8').trim().split('\n').map(Number)) : NaN;
  rmSync(rssFile, { force: true });
  if (r.error || !okCodes.includes(r.status)) {
    const why = r.error ? r.error.message : `exit ${r.status}: ${String(r.stderr).slice(0, 400)}`;
    console.error(`  ${label}: failed (${why})`);
    return { seconds, rssMB: rss / 1024, failed: why };
  }
  console.error(`  ${label}: ${seconds.toFixed(2)} s, peak RSS ${(rss / 1024).toFixed(0)} MB`);
  return { seconds, rssMB: rss / 1024 };
}

/** The run of median time, with every run's time and the highest peak RSS; a failed run fails the variant. */
function median(samples) {
  const ok = samples.filter((r) => !r.failed).sort((a, b) => a.seconds - b.seconds);
  if (ok.length < samples.length) return samples.find((r) => r.failed);
  const mid = ok[Math.floor((ok.length - 1) / 2)];
  return { ...mid, rssMB: Math.max(...ok.map((r) => r.rssMB)), samples: samples.map((r) => Number(r.seconds.toFixed(2))) };
}

const runs = [];
/** N → one thread's time over auto's, for each alternating pair. */
const pairRatios = new Map();
const started = new Date().toISOString();
for (const n of SIZES) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `policylint-bench-${n}-`));
  const corpus = path.join(dir, 'corpus');
  console.error(`N=${n}: generating (seed ${SEED}) …`);
  const { bytes } = generateCorpus({ dir: corpus, count: n, seed: SEED });
  console.error(`N=${n}: ${(bytes / 1e6).toFixed(1)} MB`);
  const textlintrc = path.join(dir, '.textlintrc.json');
  writeFileSync(textlintrc, JSON.stringify({ rules: { 'sentence-length': { max: 100 }, 'no-zero-width-spaces': true, 'ja-space-between-half-and-full-width': { space: 'never' } } }));
  const cache = path.join(dir, 'policylintcache');
  const add = (tool, variant, result) => runs.push({ tool, variant, n, bytes, ...result });

  for (const tool of TOOLS) {
    switch (tool) {
      case 'parse-only':
        add('parse-only', 'cold', measure('parse-only', [path.join(BENCH, 'parse-only.mjs'), corpus], ROOT, [0]));
        break;
      case 'policylint-1': {
        const single = () => measure('policylint 1 thread', [POLICYLINT, corpus, '--concurrency', 'off', '--format', 'json'], dir);
        const auto = () => measure('policylint auto', [POLICYLINT, corpus, '--concurrency', 'auto', '--format', 'json'], dir);
        if (!PAIRED) {
          add('policylint', '1 thread', single());
          break;
        }
        const samples = { single: [], auto: [] };
        for (let i = 0; i < REPEATS; i++) {
          samples.single.push(single());
          samples.auto.push(auto());
        }
        add('policylint', '1 thread', median(samples.single));
        add('policylint', 'auto threads', median(samples.auto));
        // Each pair ran back to back, so its ratio is measured under one load of the shared machine.
        if (![...samples.single, ...samples.auto].some((r) => r.failed)) pairRatios.set(n, samples.single.map((r, i) => r.seconds / samples.auto[i].seconds));
        break;
      }
      case 'policylint-auto':
        if (!PAIRED) add('policylint', 'auto threads', measure('policylint auto', [POLICYLINT, corpus, '--concurrency', 'auto', '--format', 'json'], dir));
        break;
      case 'policylint-cache':
        rmSync(cache, { force: true });
        add('policylint', 'cache cold', measure('policylint --cache cold', [POLICYLINT, corpus, '--concurrency', 'off', '--cache', '--cache-location', cache, '--format', 'json'], dir));
        add('policylint', 'cache warm', measure('policylint --cache warm', [POLICYLINT, corpus, '--concurrency', 'off', '--cache', '--cache-location', cache, '--format', 'json'], dir));
        break;
      case 'markdownlint-cli2':
        add('markdownlint-cli2', 'default rules', measure('markdownlint-cli2', [MARKDOWNLINT, 'corpus/**/*.md'], dir));
        break;
      case 'textlint':
        add('textlint', '3 rules', measure('textlint', [TEXTLINT, '--config', textlintrc, '--format', 'json', corpus], BENCH));
        break;
      default:
        console.error(`unknown tool ${tool}`);
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// Report

const medianOf = (values) => (values?.length ? [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] : NaN);
const find = (tool, variant, n) => runs.find((r) => r.tool === tool && r.variant === variant && r.n === n && !r.failed);
const ratio = (a, b) => (a && b ? a.seconds / b.seconds : NaN);
const checks = SIZES.map((n) => {
  const single = find('policylint', '1 thread', n);
  const auto = find('policylint', 'auto threads', n);
  const base = find('parse-only', 'cold', n);
  const warm = find('policylint', 'cache warm', n);
  const cold = find('policylint', 'cache cold', n);
  const mdl = find('markdownlint-cli2', 'default rules', n);
  const tl = find('textlint', '3 rules', n);
  const maxRss = Math.max(...runs.filter((r) => r.n === n && r.tool === 'policylint' && !r.failed).map((r) => r.rssMB));
  return {
    n,
    'policylint / parse-only (cold, 1 thread) ≤ 1.3': ratio(single, base),
    'policylint / markdownlint-cli2 < 1': ratio(auto ?? single, mdl),
    'textlint / policylint ≥ 3': ratio(tl, auto ?? single),
    'warm cache / cold ≤ 0.10': ratio(warm, cold),
    // The issue sets this target at 10,000 files; below AUTO_MIN_FILES, auto is one thread by design.
    // Measured per alternating pair: the two runs of a pair share the machine's load of the moment,
    // which on a shared machine drifts more between pairs than the threads' gain is wide.
    'throughput auto / 1 thread ≥ 1.6 (N ≥ 10,000; median of the pairs\' ratios)': n >= 10000 ? medianOf(pairRatios.get(n)) : NaN,
    'auto / 1 thread, ratio of the median times (for reference)': n >= 10000 ? ratio(single, auto) : NaN,
    'policylint peak RSS MB < 300': maxRss,
  };
});
const result = { started, finished: new Date().toISOString(), policylint: version, node: process.version, cpus: os.availableParallelism(), cpuModel: os.cpus()[0]?.model, seed: SEED, sizes: SIZES, runs, pairRatios: Object.fromEntries(pairRatios), checks };

mkdirSync(RESULTS, { recursive: true });
const stamp = started.replace(/[:.]/g, '-');
writeFileSync(path.join(RESULTS, `results-${stamp}.json`), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(path.join(RESULTS, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);

const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '—');
const lines = [
  `# policylint benchmark (${started})`,
  '',
  `policylint ${version}, Node ${process.version}, ${result.cpus} cores (${result.cpuModel}), seed ${SEED}.`,
  '',
  '| tool | variant | N | MB | time (s) | files/s | MB/s | peak RSS (MB) | × parse-only |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...runs.map((r) => {
    const base = find('parse-only', 'cold', r.n);
    const variant = r.samples?.length > 1 ? `${r.variant} (median of ${r.samples.join(', ')} s)` : r.variant;
    return `| ${r.tool} | ${variant}${r.failed ? ' (failed)' : ''} | ${r.n} | ${fmt(r.bytes / 1e6, 1)} | ${fmt(r.seconds)} | ${fmt(r.n / r.seconds, 0)} | ${fmt(r.bytes / 1e6 / r.seconds)} | ${fmt(r.rssMB, 0)} | ${fmt(ratio(r, base))} |`;
  }),
  '',
  '| N | check | measured |',
  '| ---: | --- | ---: |',
  ...checks.flatMap((c) => Object.entries(c).filter(([k]) => k !== 'n').map(([k, v]) => `| ${c.n} | ${k} | ${fmt(v)} |`)),
  '',
  ...[...pairRatios].map(([n, values]) => `N = ${n}: one thread / auto in each alternating pair: ${values.map((v) => fmt(v)).join(', ')}.`),
  '',
];
const table = lines.join('\n');
writeFileSync(path.join(RESULTS, 'results.md'), table);
writeFileSync(path.join(RESULTS, 'plot.svg'), plot(runs));
console.log(table);
console.log(`written: ${path.relative(process.cwd(), RESULTS)}/{results-${stamp}.json,latest.json,results.md,plot.svg}`);

/** Time against N, one polyline per tool and variant, on linear axes so linear scaling shows as a straight line. */
function plot(all) {
  const series = new Map();
  for (const r of all) if (!r.failed) (series.get(`${r.tool} (${r.variant})`) ?? series.set(`${r.tool} (${r.variant})`, []).get(`${r.tool} (${r.variant})`)).push(r);
  const W = 720, H = 420, L = 70, R = 250, T = 30, B = 50;
  const maxN = Math.max(...all.map((r) => r.n), 1);
  const maxS = Math.max(...all.filter((r) => !r.failed).map((r) => r.seconds), 1);
  const x = (n) => L + ((W - L - R) * n) / maxN;
  const y = (s) => H - B - ((H - T - B) * s) / maxS;
  const colours = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f'];
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${L}" y="18" font-size="14">Time against number of files (lower is faster)</text>`,
    `<line x1="${L}" y1="${H - B}" x2="${W - R}" y2="${H - B}" stroke="black"/>`,
    `<line x1="${L}" y1="${T}" x2="${L}" y2="${H - B}" stroke="black"/>`,
    `<text x="${(L + W - R) / 2}" y="${H - 12}" text-anchor="middle">files (N)</text>`,
    `<text x="16" y="${(T + H - B) / 2}" transform="rotate(-90 16 ${(T + H - B) / 2})" text-anchor="middle">seconds</text>`,
  ];
  for (let i = 0; i <= 4; i++) {
    const s = (maxS * i) / 4;
    const n = Math.round((maxN * i) / 4);
    parts.push(`<text x="${L - 6}" y="${y(s) + 4}" text-anchor="end">${s.toFixed(s < 10 ? 1 : 0)}</text>`, `<line x1="${L}" y1="${y(s)}" x2="${W - R}" y2="${y(s)}" stroke="#ddd"/>`);
    parts.push(`<text x="${x(n)}" y="${H - B + 16}" text-anchor="middle">${n}</text>`);
  }
  [...series.entries()].forEach(([name, points], i) => {
    const c = colours[i % colours.length];
    const pts = [{ n: 0, seconds: 0 }, ...points.sort((a, b) => a.n - b.n)];
    parts.push(`<polyline fill="none" stroke="${c}" stroke-width="2" points="${pts.map((p) => `${x(p.n).toFixed(1)},${y(p.seconds).toFixed(1)}`).join(' ')}"/>`);
    for (const p of points) parts.push(`<circle cx="${x(p.n).toFixed(1)}" cy="${y(p.seconds).toFixed(1)}" r="3" fill="${c}"/>`);
    parts.push(`<rect x="${W - R + 15}" y="${T + i * 20}" width="12" height="12" fill="${c}"/>`, `<text x="${W - R + 32}" y="${T + i * 20 + 10}">${esc(name)}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
