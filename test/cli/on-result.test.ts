import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintFilesPacked } from '../../src/runner/lint-files.js';
import { unpackResult, type KeptResult } from '../../src/runner/threads/packed-result.js';
import { removeTree, tempTree } from './helpers.js';

const DRAFT = (n: number) => `# 关于推进第${n}批未来产业项目的通知\n\n到2027年，全市未来产业产值达到${n}00亿元。重点发展3个领域：人工智能、生物制造。\n`;

const dirs: string[] = [];
afterAll(() => {
  while (dirs.length) removeTree(dirs.pop()!);
});

describe('onResult: results handed over in order while the run goes on', () => {
  it('gives every result once, in the files order, the same as the run returns, cache hits among fresh ones', async () => {
    const files: Record<string, string> = {};
    for (let n = 1; n <= 5; n++) files[`docs/d${n}.md`] = DRAFT(n);
    const dir = tempTree(files);
    dirs.push(dir);
    const cache = { location: path.join(dir, '.policylintcache') };

    const run = async () => {
      const seen: { index: number; kept: KeptResult }[] = [];
      const returned = await lintFilesPacked(['docs'], { cwd: dir, concurrency: 'off', cache, onResult: (kept, index) => seen.push({ index, kept }) });
      return { seen, returned };
    };
    const cold = await run();
    expect(cold.seen.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
    expect(cold.seen.map((s) => s.kept)).toEqual(cold.returned);
    expect(cold.returned.map((r) => path.basename(unpackResult(r).filePath))).toEqual(['d1.md', 'd2.md', 'd3.md', 'd4.md', 'd5.md']);

    // One changed file is linted again; the other four come from the cache, before it and after it.
    writeFileSync(path.join(dir, 'docs/d3.md'), DRAFT(3).replace('2027', '2028'));
    const warm = await run();
    expect(warm.seen.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
    expect(warm.seen.map((s) => s.kept)).toEqual(warm.returned);
    expect(warm.returned.filter((r) => r instanceof Uint8Array)).toHaveLength(1);
    expect(unpackResult(warm.seen[2].kept).filePath).toBe(path.join(dir, 'docs/d3.md'));
  });
});
