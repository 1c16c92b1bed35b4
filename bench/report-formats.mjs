// Benchmark of the report formatters and of the report data the runner adds for them (finding
// contexts, document summary: addReportData). Run after a build: node bench/report-formats.mjs [files=5000]
// Results are the real examples' results repeated under distinct paths, as a large run would give.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const api = await import(path.join(root, 'dist/src/index.js'));

const files = Number(process.argv[2] ?? 5000);
const rules = api.resolveRules(api.builtinRules, {});
const catalogues = api.loadShippedCatalogues();
const texts = ['examples/suzhou-news-report.md', 'examples/xuzhou-interpretation.md'].map((f) => [path.join(root, f), readFileSync(path.join(root, f), 'utf8')]);

// The time report data adds to a lint, against the lint itself.
const rounds = 50;
let lintMs = 0;
let extraMs = 0;
for (let i = 0; i < rounds; i++) {
  for (const [file, text] of texts) {
    let t = performance.now();
    const out = api.lintText(text, { filePath: file, rules, catalogues });
    lintMs += performance.now() - t;
    t = performance.now();
    api.addReportData(out);
    extraMs += performance.now() - t;
  }
}
console.log(`lintText: ${(lintMs / (rounds * texts.length)).toFixed(2)} ms/file, report data (contexts + summary) adds: ${(extraMs / (rounds * texts.length)).toFixed(3)} ms/file`);

const base = texts.map(([file, text]) => {
  const lint = api.lintText(text, { filePath: file, rules, catalogues });
  api.addReportData(lint);
  const { model: _m, catalogueAlignment: _p, ...r } = lint;
  return r;
});
const results = Array.from({ length: files }, (_, i) => ({ ...base[i % 2], filePath: path.join(root, 'corpus', String(Math.floor(i / 100)), `doc-${i}.md`) }));
const options = { cwd: root, locale: 'zh-CN', color: false, rules: api.describeRules(rules), tool: { name: 'policylint', version: '0', informationUri: 'https://example.org' }, repositoryRoot: root };
console.log(`result size (JSON) per file: ${(JSON.stringify(results.slice(0, 2)).length / 2 / 1024).toFixed(1)} KiB`);
for (const name of api.FORMATS) {
  const t = performance.now();
  const text = api.format(name, results, options);
  const ms = performance.now() - t;
  console.log(`${name.padEnd(9)} ${files} files: ${ms.toFixed(0).padStart(6)} ms, ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MiB`);
}
