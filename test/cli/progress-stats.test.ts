import { describe, expect, it } from 'vitest';
import { PROGRESS_MIN_FILES, renderProgress, shouldShowProgress } from '../../src/cli/progress.js';
import { formatStatsTable, StatsCollector, sumStats } from '../../src/engine/timing.js';

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
