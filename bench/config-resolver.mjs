// Benchmark: configuration lookup for many files (run after `npm run build`: node bench/config-resolver.mjs).
// 2000 files in 100 folders under one config with presets, a plugin and two overrides: the
// one-time cost (preload: imports, catalogues, option validation) and the per-file cost of forFile.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigResolver } from '../dist/src/index.js';

const plugin = fileURLToPath(new URL('../examples/plugin/index.mjs', import.meta.url));
const dir = mkdtempSync(path.join(os.tmpdir(), 'policylint-bench-'));
try {
  writeFileSync(
    path.join(dir, 'policylint.config.yaml'),
    `plugins: { house: ${JSON.stringify(plugin)} }\nextends: [policylint:strict, plugin:house/recommended]\n` +
      'overrides:\n  - files: ["news/**"]\n    rules: { catalogue-unknown-item: "off" }\n  - files: "*.draft.md"\n    settings: { catalogue: jiangsu-10x }\n',
  );
  const files = [];
  for (let d = 0; d < 50; d++) for (let f = 0; f < 40; f++) files.push(path.join(dir, d % 2 ? 'news' : 'plans', `d${d}`, f % 3 ? `f${f}.md` : `f${f}.draft.md`));

  const t0 = performance.now();
  const resolver = new ConfigResolver({ cwd: dir });
  await resolver.preload(files);
  const t1 = performance.now();
  const distinct = new Set(files.map((f) => resolver.forFile(f)));
  const t2 = performance.now();
  for (const f of files) resolver.forFile(f);
  const t3 = performance.now();
  console.log(`files: ${files.length}, distinct configurations: ${distinct.size}`);
  console.log(`preload: ${(t1 - t0).toFixed(0)} ms; first forFile pass: ${(t2 - t1).toFixed(0)} ms; cached: ${(((t3 - t2) / files.length) * 1000).toFixed(1)} µs/file`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
