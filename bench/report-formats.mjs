// Benchmark of the report formatters and of the engine's report data (finding contexts, document
// summary). Run after a build: node bench/report-formats.mjs [files=5000]
// Results are the real examples' results repeated under distinct paths, as a large run would give.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const api = await import(path.join(root, 'dist/src/index.js'));
const { findingContext, summarizeDocument } = await import(path.join(root, 'dist/src/engine/summary.js'));
const { resolveParentCatalogue } = await import(path.join(root, 'dist/src/catalogue/parent.js'));

const files = Number(process.argv[2] ?? 5000);
const rules = api.resolveRules(api.builtinRules, {});
const catalogues = api.loadShippedCatalogues();
const texts = ['examples/suzhou-news-report.md', 'examples/xuzhou-interpretation.md'].map((f) => [path.join(root, f), readFileSync(path.join(root, f), 'utf8')]);

// Engine: the share of lintText spent on report data.
const rounds = 50;
let lintMs = 0;
let extraMs = 0;
for (let i = 0; i < rounds; i++) {
  for (const [file, text] of texts) {
    let t = performance.now();
    const out = api.lintText(text, { filePath: file, rules, catalogues });
    lintMs += performance.now() - t;
    t = performance.now();
    for (const f of out.findings) findingContext(out.model, f.range);
    summarizeDocument(out.model, catalogues, resolveParentCatalogue(out.model.meta, catalogues), () => ({ line: 1, column: 1 }));
    extraMs += performance.now() - t;
  }
}
console.log(`lintText: ${(lintMs / (rounds * texts.length)).toFixed(2)} ms/file, of which report data (contexts + summary, re-run): ${(extraMs / (rounds * texts.length)).toFixed(3)} ms/file`);

const base = texts.map(([file, text]) => {
  const { model: _m, ...r } = api.lintText(text, { filePath: file, rules, catalogues });
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
