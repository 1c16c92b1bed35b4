import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.mjs';
import { ensureBuilt, removeTree, ROOT, tempTree } from './helpers.js';

type Built<T> = Promise<T>;
const built = <T>(rel: string): Built<T> => import(pathToFileURL(path.join(ROOT, 'dist/src/cli', rel)).href) as Built<T>;

describe('a worker that runs out of memory', () => {
  let dir: string;
  beforeAll(() => {
    ensureBuilt();
    dir = tempTree({});
    generateCorpus({ dir: path.join(dir, 'docs'), count: 12, seed: 3, minBytes: 500, maxBytes: 1500 });
  }, 180_000);
  afterAll(() => removeTree(dir));

  it('hands its batch back to the main thread: every file linted once, results as on one thread', async () => {
    const { lintInWorkers } = await built<typeof import('../../src/cli/workers.js')>('workers.js');
    const { ConfigResolver } = await built<typeof import('../../src/cli/config.js')>('config.js');
    const { lintOneFile } = await built<typeof import('../../src/cli/lint-one.js')>('lint-one.js');
    const { discoverFiles } = await import(pathToFileURL(path.join(ROOT, 'dist/src/files/discover.js')).href);
    const files: string[] = (await discoverFiles(['docs'], dir)).files;
    const resolver = new ConfigResolver({ cwd: dir, useConfigLookup: false });
    await resolver.preload(files);
    const expected = [];
    for (const f of files) expected.push(await lintOneFile(f, resolver, { reportData: false }));

    let workerDone = 0;
    const local = (f: string) => lintOneFile(f, resolver, { reportData: false });
    // A 4 MB old generation cannot even hold the rules: the worker dies with ERR_WORKER_OUT_OF_MEMORY.
    const got = await lintInWorkers(files, 2, { resolver: resolver.workerOptions, reportData: false }, local, (n) => (workerDone += n), 4);
    expect(workerDone).toBe(files.length);
    expect(got.map(({ stats: _s, ...r }) => r)).toEqual(expected);
  });
});
