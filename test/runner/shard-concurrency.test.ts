import { describe, expect, it } from 'vitest';
import { assignShards, parseShard, selectShard } from '../../src/runner/shard.js';
import { parseConcurrency, workerCount } from '../../src/runner/threads/workers.js';
import { UsageError } from '../../src/config/usage-error.js';

describe('shards', () => {
  const files = [
    { path: '/r/a.md', size: 100 },
    { path: '/r/b.md', size: 900 },
    { path: '/r/c.md', size: 500 },
    { path: '/r/d.md', size: 500 },
    { path: '/r/e.md', size: 400 },
  ];

  it('balances by size: largest first, each to the lightest shard, ties by path', () => {
    // b(900)→0; c(500)→1; d(500)→1 (1000); e(400)→0 (1300); a(100)→1 (1100)
    expect(assignShards(files, 2)).toEqual([1, 0, 1, 1, 0]);
    expect(selectShard(files, { index: 1, count: 2 }).map((f) => f.path)).toEqual(['/r/b.md', '/r/e.md']);
    expect(selectShard(files, { index: 2, count: 2 }).map((f) => f.path)).toEqual(['/r/a.md', '/r/c.md', '/r/d.md']);
  });

  it('is a partition for any n, independent of the input order', () => {
    for (const n of [1, 2, 3, 7]) {
      const parts = Array.from({ length: n }, (_, k) => selectShard(files, { index: k + 1, count: n }).map((f) => f.path));
      expect(parts.flat().sort()).toEqual(files.map((f) => f.path));
      const shuffled = [files[3], files[0], files[4], files[2], files[1]];
      const again = Array.from({ length: n }, (_, k) => selectShard(shuffled, { index: k + 1, count: n }).map((f) => f.path).sort());
      expect(again).toEqual(parts.map((p) => [...p].sort()));
    }
  });

  it('reads k/n, also in full-width digits, and rejects the impossible', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('２／３')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/2', '3/2', '1', 'a/b', '1/0', '']) expect(() => parseShard(bad)).toThrow(UsageError);
  });
});

describe('concurrency', () => {
  it('uses threads only when the file count and cores make it pay', () => {
    // Threads that lint, the main thread included.
    expect(workerCount('auto', 10, 2)).toBe(1);
    expect(workerCount('auto', 1_000, 8)).toBe(1);
    expect(workerCount('auto', 1_499, 8)).toBe(1);
    expect(workerCount('auto', 1_500, 1)).toBe(1);
    expect(workerCount('auto', 1_500, 2)).toBe(2);
    expect(workerCount('auto', 2_000, 8)).toBe(3);
    expect(workerCount('auto', 50_000, 8)).toBe(8);
    expect(workerCount('off', 500, 8)).toBe(1);
    expect(workerCount(4, 3, 8)).toBe(3);
    expect(workerCount(1, 500, 8)).toBe(1);
    expect(parseConcurrency('AUTO')).toBe('auto');
    expect(parseConcurrency('3')).toBe(3);
    expect(() => parseConcurrency('-1')).toThrow(UsageError);
  });
});
