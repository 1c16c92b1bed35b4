import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LintResult } from '../engine/findings.js';
import type { Locale, LocalizedText } from '../engine/rule.js';
import { formatStatsTable, StatsCollector, sumStats } from '../engine/timing.js';
import { filterResults, format, totals } from '../report/index.js';
import type { CliOptions } from './args.js';
import type { LintFilesOptions } from '../runner/lint-files.js';
import { mergeReports, toLintResults } from './merge-reports.js';
import { ProgressBar, shouldShowProgress } from './progress.js';
import { resolveCacheFile } from '../runner/lint-run.js';
import { UsageError } from '../config/usage-error.js';

interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  cwd: string;
  env: Record<string, string | undefined>;
}

export function time<T>(stats: StatsCollector | undefined, phase: string, fn: () => T): T {
  return stats ? stats.time(phase, fn) : fn();
}

/** The lintFiles options behind --cache, --concurrency, --shard, --changed-since, --stats and the progress bar. */
export function scaleOptions(options: CliOptions, io: Io): Pick<LintFilesOptions, 'cache' | 'concurrency' | 'shard' | 'changedSince' | 'stats' | 'progress' | 'onWarning'> & { warnings: LocalizedText[]; stats?: StatsCollector } {
  const warnings: LocalizedText[] = [];
  let bar: ProgressBar | undefined;
  const locale: Locale = options.locale ?? 'zh-CN';
  return {
    warnings,
    cache: options.cache ? { location: resolveCacheFile(options.cacheLocation, io.cwd), strategy: options.cacheStrategy } : undefined,
    concurrency: options.concurrency,
    shard: options.shard,
    changedSince: options.changedSince,
    stats: options.stats ? new StatsCollector() : undefined,
    onWarning: (message) => warnings.push(message),
    progress: {
      start(total) {
        if (shouldShowProgress({ isTTY: io.stderr.isTTY, env: io.env, quiet: options.quiet, total })) bar = new ProgressBar(io.stderr, total, locale);
      },
      tick: (n) => bar?.tick(n),
      finish: () => bar?.finish(),
    },
  };
}

/** The --stats table: run phases plus every file's phases and rules. */
export function statsReport(run: StatsCollector, results: Iterable<LintResult>, locale: Locale, wallMs: number): string {
  const perFile = Array.from(results, (r) => r.stats);
  return formatStatsTable(sumStats([run.stats, ...perFile]), { locale, files: perFile.length, wallMs });
}

/** policylint merge-reports a.json b.json …: one report with the totals of a single run. */
export async function runMergeReports(options: CliOptions, io: Io): Promise<number> {
  const locale: Locale = options.locale ?? 'zh-CN';
  const inputs = [];
  for (const name of options.patterns) {
    const file = path.resolve(io.cwd, name);
    try {
      inputs.push({ file: name, text: await readFile(file, 'utf8') });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      throw new UsageError(`${name}: 无法读取报告文件（${code}）`, `${name}: cannot read the report file (${code})`);
    }
  }
  const merged = mergeReports(inputs);
  if (merged.kind === 'sarif') {
    if (options.format !== 'stylish' && (options.format as string) !== 'sarif') {
      throw new UsageError('SARIF 报告合并后仍输出 SARIF；请去掉 --format 或使用 --format sarif', 'merged SARIF logs are printed as SARIF; drop --format or use --format sarif');
    }
    io.stdout.write(`${JSON.stringify(merged.log)}\n`);
    const levels = merged.log.runs.flatMap((r) => (r.results ?? []).map((x) => x.level));
    // SARIF's default level is warning.
    return levels.some((l) => l === 'error') ? 1 : 0;
  }
  if (options.format === 'json' && !options.quiet) {
    // Passed through as they are: whatever fields the shards' reports carry survive the merge.
    io.stdout.write(`${JSON.stringify(merged.results)}\n`);
    const errors = merged.results.reduce((n, r) => n + r.errorCount, 0);
    const warnings = merged.results.reduce((n, r) => n + r.warningCount, 0);
    return errors > 0 || (options.maxWarnings >= 0 && warnings > options.maxWarnings) ? 1 : 0;
  }
  const results = filterResults(toLintResults(merged.results), { quiet: options.quiet, includeInfo: true });
  const color = options.color ?? (io.env.NO_COLOR ? false : io.stdout.isTTY === true);
  const output = format(options.format, results, { cwd: io.cwd, locale, color });
  if (output) io.stdout.write(options.format === 'json' ? `${output}\n` : output);
  const { errorCount, warningCount } = totals(results);
  const tooManyWarnings = options.maxWarnings >= 0 && warningCount > options.maxWarnings;
  return errorCount > 0 || tooManyWarnings ? 1 : 0;
}
