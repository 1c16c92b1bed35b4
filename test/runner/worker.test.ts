import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, removeTree, ROOT, tempTree } from '../cli/helpers.js';

const PLUGIN = path.join(ROOT, 'examples/plugin/index.mjs');
const TEXT = '# 关于报送材料的通知\n\n根据《关于加快培育发展未来产业的指导意见》，报送材料。\n';

describe('a worker thread rebuilds the same configuration from plain options', () => {
  let dir: string;
  beforeAll(() => {
    ensureBuilt();
    dir = tempTree({
      'policylint.config.yaml': `plugins: { house: ${JSON.stringify(PLUGIN)} }\nrules:\n  house/cited-doc-number: [error, { documents: [{ title: 关于加快培育发展未来产业的指导意见 }] }]\n`,
      'a.md': TEXT,
    });
  }, 180_000);
  afterAll(() => removeTree(dir));

  it('loads the plugin by its module path and finds the same things, under the same fingerprint', async () => {
    const api = pathToFileURL(path.join(ROOT, 'dist/src/index.js')).href;
    const script = path.join(dir, 'worker.mjs');
    writeFileSync(
      script,
      `import { parentPort, workerData } from 'node:worker_threads';
import { ConfigResolver, lintText } from ${JSON.stringify(api)};
const resolver = new ConfigResolver(workerData.options);
await resolver.preload([workerData.file]);
const config = resolver.forFile(workerData.file);
const { findings } = lintText(workerData.text, { filePath: workerData.file, rules: config.rules, catalogues: config.catalogues, settings: config.settings, knownRuleIds: config.knownRuleIds });
parentPort.postMessage({ fingerprint: config.fingerprint, rules: findings.map((f) => f.ruleId) });
`,
    );
    const built = (await import(api)) as typeof import('../../src/index.js');
    const { ConfigResolver, lintText } = built;
    // Plugin authors import these from the package.
    expect([typeof built.RuleTester, typeof built.defineRule]).toEqual(['function', 'function']);
    const resolver = new ConfigResolver({ cwd: dir });
    const file = path.join(dir, 'a.md');
    await resolver.preload([file]);
    const config = resolver.forFile(file);
    const here = lintText(TEXT, { filePath: file, rules: config.rules, catalogues: config.catalogues, settings: config.settings }).findings.map((f) => f.ruleId);
    expect(here).toEqual(['house/cited-doc-number']);

    const worker = new Worker(script, { workerData: { options: resolver.workerOptions, file, text: TEXT } });
    const answer = await new Promise<{ fingerprint: string; rules: string[] }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(answer).toEqual({ fingerprint: config.fingerprint, rules: here });
  });
});
