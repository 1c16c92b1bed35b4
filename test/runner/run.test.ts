import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintFiles, NoFilesError, run } from '../../src/runner/run.js';
import type { FileLintResult } from '../../src/runner/lint-one.js';
import { removeTree, tempTree } from '../cli/helpers.js';

const DRAFT = (n: number) => `# 关于推进第${n}批未来产业项目的通知\n\n到2027年，全市未来产业产值达到${n}00亿元。重点发展3个领域：人工智能、生物制造。\n`;

const dirs: string[] = [];
afterAll(() => {
  while (dirs.length) removeTree(dirs.pop()!);
});

function drafts(count: number): string {
  const files: Record<string, string> = {};
  for (let n = 1; n <= count; n++) files[`docs/d${n}.md`] = DRAFT(n);
  const dir = tempTree(files);
  dirs.push(dir);
  return dir;
}

async function collect(iterable: AsyncIterable<FileLintResult>): Promise<FileLintResult[]> {
  const out: FileLintResult[] = [];
  for await (const r of iterable) out.push(r);
  return out;
}

describe('run(): results in the files order while the run goes on', () => {
  it('iterates every file once, in order, the same results as all() and lintFiles()', async () => {
    const dir = drafts(5);
    const linting = run(['docs'], { cwd: dir, concurrency: 'off' });
    const streamed = await collect(linting);
    expect(streamed.map((r) => path.basename(r.filePath))).toEqual(['d1.md', 'd2.md', 'd3.md', 'd4.md', 'd5.md']);
    // The list 重点发展3个领域 names two: every draft has the same finding.
    expect(streamed.every((r) => r.findings.some((f) => f.ruleId === 'list-count-mismatch'))).toBe(true);
    const all = Array.from(await linting.all());
    expect(all).toEqual(streamed);
    // Read back again: the kept results are not consumed by reading them.
    expect(Array.from(await linting.all())).toEqual(streamed);
    expect(await lintFiles(['docs'], { cwd: dir, concurrency: 'off' })).toEqual(streamed);
    await expect(collect(linting)).rejects.toThrow(/iterated once/);
  });

  it('serves unchanged files from the cache, before and after a changed one, in the same order', async () => {
    const dir = drafts(5);
    const cache = { location: path.join(dir, '.policylintcache') };
    const cold = await collect(run(['docs'], { cwd: dir, concurrency: 'off', cache }));
    writeFileSync(path.join(dir, 'docs/d3.md'), DRAFT(3).replace('3个领域', '2个领域'));
    const warm = await collect(run(['docs'], { cwd: dir, concurrency: 'off', cache }));
    expect(warm.map((r) => r.filePath)).toEqual(cold.map((r) => r.filePath));
    expect(warm.filter((_, i) => i !== 2)).toEqual(cold.filter((_, i) => i !== 2));
    expect(cold[2].findings.some((f) => f.ruleId === 'list-count-mismatch')).toBe(true);
    expect(warm[2].findings.some((f) => f.ruleId === 'list-count-mismatch')).toBe(false);
  });

  it('fails the iteration and all() alike when a pattern matches nothing', async () => {
    const dir = drafts(1);
    await expect(collect(run(['nothing-here'], { cwd: dir }))).rejects.toThrow(NoFilesError);
    await expect(run(['nothing-here'], { cwd: dir }).all()).rejects.toThrow(NoFilesError);
  });

  it('adds report data only when asked', async () => {
    const dir = drafts(1);
    const [lean] = await lintFiles(['docs'], { cwd: dir, reportData: false });
    const [full] = await lintFiles(['docs'], { cwd: dir });
    expect(lean.document).toBeUndefined();
    expect(full.document).toBeDefined();
    expect(full.findings.some((f) => f.context)).toBe(true);
    expect(Object.keys(full)).toEqual(['filePath', 'findings', 'errorCount', 'warningCount', 'infoCount', 'document', 'encoding', 'bom']);
  });
});
