import { describe, expect, it } from 'vitest';
import { assignShards, parseShard, selectShard } from '../../src/runner/shard.js';
import { PROGRESS_MIN_FILES, renderProgress, shouldShowProgress } from '../../src/cli/progress.js';
import { parseConcurrency, workerCount } from '../../src/runner/threads/workers.js';
import { mergeReports, toLintResults } from '../../src/cli/merge-reports.js';
import { formatStatsTable, StatsCollector, sumStats } from '../../src/engine/timing.js';
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

describe('progress', () => {
  const base = { isTTY: true, env: {}, quiet: false, total: PROGRESS_MIN_FILES + 1 };
  it('shows only on an interactive terminal, outside CI, without --quiet, for long runs', () => {
    expect(shouldShowProgress(base)).toBe(true);
    expect(shouldShowProgress({ ...base, isTTY: false })).toBe(false);
    expect(shouldShowProgress({ ...base, isTTY: undefined })).toBe(false);
    expect(shouldShowProgress({ ...base, env: { CI: 'true' } })).toBe(false);
    expect(shouldShowProgress({ ...base, env: { CI: 'false' } })).toBe(true);
    expect(shouldShowProgress({ ...base, quiet: true })).toBe(false);
    expect(shouldShowProgress({ ...base, total: PROGRESS_MIN_FILES })).toBe(false);
  });

  it('renders done/total, rate and time left', () => {
    const line = renderProgress({ done: 250, total: 1000, elapsedMs: 5000, width: 100, locale: 'en' });
    expect(line).toMatch(/^\[█+░+\] 250\/1000 files {2}50 files\/s {2}ETA 0:15$/);
    expect(line.split('█').length - 1).toBe(Math.round(0.25 * (line.indexOf(']') - 1)));
    expect(renderProgress({ done: 0, total: 10, elapsedMs: 0, locale: 'zh-CN' })).toContain('剩余 --:--');
    expect(renderProgress({ done: 10, total: 10, elapsedMs: 1000 })).toContain('10/10 个文件  10 个/秒  剩余 0:00');
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

describe('merge-reports', () => {
  const result = (filePath: string, severities: (1 | 2)[], info = false) => ({
    filePath,
    messages: severities.map((severity, i) => ({ ruleId: 'r', severity, message: `m${i}`, line: i + 1, column: 1, endLine: i + 1, endColumn: 2, ...(info && severity === 1 ? { info: true } : {}) })),
    suppressedMessages: [],
    errorCount: severities.filter((s) => s === 2).length,
    fatalErrorCount: 0,
    warningCount: info ? 0 : severities.filter((s) => s === 1).length,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  });

  it('joins json reports in path order and keeps info apart from warnings', () => {
    const merged = mergeReports([
      { file: 'b.json', text: JSON.stringify([result('/w/c.md', [2]), result('/w/a.md', [1], true)]) },
      { file: 'a.json', text: `\ufeff${JSON.stringify([result('/w/b.md', [1, 2])])}` },
    ]);
    expect(merged.kind).toBe('eslint');
    if (merged.kind !== 'eslint') return;
    expect(merged.results.map((r) => r.filePath)).toEqual(['/w/a.md', '/w/b.md', '/w/c.md']);
    const ours = toLintResults(merged.results);
    expect(ours.map((r) => [r.errorCount, r.warningCount, r.infoCount])).toEqual([[0, 0, 1], [1, 1, 0], [1, 0, 0]]);
  });

  it('refuses overlapping shards with different findings, and mixed kinds', () => {
    expect(() => mergeReports([{ file: 'a.json', text: JSON.stringify([result('/w/a.md', [2])]) }, { file: 'b.json', text: JSON.stringify([result('/w/a.md', [1])]) }])).toThrow(/shards must not overlap/);
    expect(() => mergeReports([{ file: 'a.json', text: '[]' }, { file: 'b.sarif', text: JSON.stringify({ version: '2.1.0', runs: [] }) }])).toThrow(/same --format/);
    expect(() => mergeReports([{ file: 'x.json', text: '{' }])).toThrow(/x\.json: not valid JSON/);
  });

  it('merges SARIF runs of one tool: results joined, rules united, indices remapped', () => {
    const run = (rules: string[], results: { ruleId: string; uri: string }[]) => ({
      tool: { driver: { name: 'policylint', rules: rules.map((id) => ({ id })) } },
      artifacts: results.map((r) => ({ location: { uri: r.uri } })),
      results: results.map((r, i) => ({ ruleId: r.ruleId, ruleIndex: rules.indexOf(r.ruleId), level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: r.uri, index: i } } }] })),
    });
    const a = { version: '2.1.0', runs: [run(['x', 'y'], [{ ruleId: 'y', uri: 'a.md' }])] };
    const b = { version: '2.1.0', runs: [run(['z', 'y'], [{ ruleId: 'z', uri: 'b.md' }, { ruleId: 'y', uri: 'c.md' }])] };
    const merged = mergeReports([{ file: 'a.sarif', text: JSON.stringify(a) }, { file: 'b.sarif', text: JSON.stringify(b) }]);
    if (merged.kind !== 'sarif') throw new Error('expected SARIF');
    const [only] = merged.log.runs;
    expect(merged.log.runs).toHaveLength(1);
    expect(only.tool.driver.rules!.map((r) => r.id)).toEqual(['x', 'y', 'z']);
    expect(only.results!.map((r) => [r.ruleId, r.ruleIndex, r.locations![0].physicalLocation!.artifactLocation!.index])).toEqual([['y', 1, 0], ['z', 2, 1], ['y', 1, 2]]);
    expect(only.artifacts!.map((x) => x.location!.uri)).toEqual(['a.md', 'b.md', 'c.md']);
  });
});

describe('stats', () => {
  it('sums phases and rules over files and prints them slowest first', () => {
    const one = new StatsCollector();
    one.add('parse', 30);
    one.add('rule:list-count-mismatch', 10);
    const two = new StatsCollector();
    expect(two.time('parse', () => 42)).toBe(42);
    two.add('parse', 20);
    const sum = sumStats([one.stats, undefined, two.stats]);
    expect(sum.rules).toEqual({ 'list-count-mismatch': 10 });
    expect(sum.phases.parse).toBeGreaterThanOrEqual(50);
    const table = formatStatsTable({ phases: { parse: 30, read: 10 }, rules: { 'list-count-mismatch': 60 } }, { locale: 'en', files: 2 }).split('\n');
    expect(table[2]).toMatch(/^rule:list-count-mismatch \| +60\.0 \| +60\.0%$/);
    expect(table[3]).toMatch(/^parse +\| +30\.0 \| +30\.0%$/);
    expect(table.at(-2)).toBe('2 files, 100 ms measured');
    expect(formatStatsTable({ phases: { parse: 1 }, rules: {} }, { files: 1 })).toContain('阶段／规则');
  });
});
