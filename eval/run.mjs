#!/usr/bin/env node
// npm run eval [-- --check] [--accept] [--write-pending] [--split dev|test]
// Prints per-rule precision and per-category recall for each split, writes eval/results/<split>.json.
import { writeFileSync, readFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { EVAL_DIR, EvalDataError, evaluate, checkFloors } from './lib.mjs';

const usage = `usage: npm run eval -- [--split dev|test] [--check] [--accept] [--write-pending]
  --check          exit 1 when a floor in eval/floors.yaml is not met (CI)
  --accept         record the planted errors found now as the ones that must stay found
  --write-pending  add every unjudged finding to eval/key/<id>.yaml with verdict: null, to judge`;

let args;
try {
  args = parseArgs({ options: { split: { type: 'string' }, check: { type: 'boolean' }, accept: { type: 'boolean' }, 'write-pending': { type: 'boolean' }, help: { type: 'boolean' } } }).values;
} catch (error) {
  console.error(`eval: ${error.message}\n${usage}`);
  process.exit(2);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}
if (args.split && !['dev', 'test'].includes(args.split)) {
  console.error(`eval: --split must be dev or test\n${usage}`);
  process.exit(2);
}

function writeAtomic(path, text) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

let splits;
try {
  splits = evaluate();
} catch (error) {
  if (!(error instanceof EvalDataError)) throw error;
  console.error(`eval: ${error.message}`);
  process.exit(2);
}
const floorsPath = join(EVAL_DIR, 'floors.yaml');
const floors = YAML.parse(readFileSync(floorsPath, 'utf8'));
const shown = args.split ? [args.split] : ['dev', 'test'];

const pct = (x) => (x == null ? '—' : x.toFixed(3));
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

for (const name of shown) {
  const s = splits[name];
  console.log(`\n${name} split: ${s.texts.length} texts, ${s.totals.planted} planted errors`);
  console.log(`${pad('rule', 28)}${lpad('findings', 9)}${lpad('TP', 5)}${lpad('FP', 5)}${lpad('unjudged', 9)}${lpad('precision', 10)}${lpad('info', 6)}${lpad('planted', 8)}`);
  for (const [id, r] of Object.entries(s.rules)) {
    console.log(`${pad(id, 28)}${lpad(r.findings, 9)}${lpad(r.tp, 5)}${lpad(r.fp, 5)}${lpad(r.unjudged, 9)}${lpad(pct(r.precision), 10)}${lpad(r.info, 6)}${lpad(r.planted, 8)}`);
  }
  console.log(`${pad('category', 28)}${lpad('planted', 9)}${lpad('found', 6)}${lpad('recall', 8)}`);
  for (const [id, c] of Object.entries(s.categories)) console.log(`${pad(id, 28)}${lpad(c.planted, 9)}${lpad(c.found, 6)}${lpad(pct(c.recall), 8)}`);
  console.log(`total: precision ${pct(s.totals.precision)} (${s.totals.tp} true, ${s.totals.fp} false); recall ${pct(s.totals.recall)} (${s.totals.found} of ${s.totals.planted})`);
  const missed = s.texts.flatMap((t) => t.plants.filter((p) => !p.found).map((p) => `${p.id} (${p.category}, line ${p.line})`));
  if (missed.length) console.log(`missed: ${missed.join(', ')}`);
  const spurious = s.texts.flatMap((t) => t.spurious.map((f) => `${t.id}:${f.line} ${f.rule}`));
  if (spurious.length) console.log(`planted copies, findings no plant explains: ${spurious.join(', ')}`);
  console.log(`other rules on clean texts: ${Object.entries(s.other).map(([id, n]) => `${id} ${n}`).join(', ') || 'none'}`);
}

const resultsDir = join(EVAL_DIR, 'results');
mkdirSync(resultsDir, { recursive: true });
for (const name of shown) writeAtomic(join(resultsDir, `${name}.json`), `${JSON.stringify(splits[name], null, 2)}\n`);

if (args['write-pending']) {
  let added = 0;
  for (const s of Object.values(splits)) {
    for (const t of s.texts) {
      if (!t.unjudged.length) continue;
      const path = join(EVAL_DIR, 'key', `${t.id}.yaml`);
      mkdirSync(join(EVAL_DIR, 'key'), { recursive: true });
      const doc = existsSync(path) ? YAML.parseDocument(readFileSync(path, 'utf8')) : new YAML.Document([]);
      for (const u of t.unjudged) {
        doc.add({ rule: u.rule, line: u.line, column: u.column, excerpt: u.excerpt, message: u.message, verdict: null, reason: '' });
        added++;
      }
      writeAtomic(path, doc.toString({ lineWidth: 0 }));
    }
  }
  console.log(`\n${added} unjudged finding(s) written to eval/key/ with verdict: null`);
}

if (args.accept) {
  for (const name of shown) floors.found[name] = splits[name].texts.flatMap((t) => t.plants.filter((p) => p.found).map((p) => p.id)).sort();
  const doc = YAML.parseDocument(readFileSync(floorsPath, 'utf8'));
  doc.set('found', floors.found);
  writeAtomic(floorsPath, doc.toString({ lineWidth: 0 }));
  console.log('\nplanted errors found now recorded in eval/floors.yaml');
}

if (args.check) {
  const problems = checkFloors(Object.fromEntries(shown.map((n) => [n, splits[n]])), floors);
  if (problems.length) {
    console.error(`\neval: ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\neval: every floor met');
}
