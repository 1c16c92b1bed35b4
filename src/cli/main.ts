import path from 'node:path';
import { packageVersion } from '../files/package-info.js';
import type { Locale, LocalizedText } from '../engine/rule.js';
import type { LintResult } from '../engine/findings.js';
import { StatsCollector } from '../engine/timing.js';
import { ConfigError, ConfigResolver } from '../config/index.js';
import { run as lintRun, NoFilesError, type FileLintResult, type RunOptions } from '../runner/run.js';
import { resolveCacheFile } from '../runner/cache.js';
import { countedResults, filterResult, needsReportData } from '../report/index.js';
import { rulesRun, statsReport, StreamedReport, writeReports } from './reports.js';
import { HELP_TEXT, parseCliArgs, UsageError, type CliOptions } from './args.js';
import { resolverFor, runExplain, runInit, runInspect, runListRules, runMergeReports, runPrintConfig } from './commands.js';
import { ignoredNote, lintStdinBytes, readAll } from './stdin.js';
import { prestartedDiscovery, type Prestart } from './prestart.js';
import { ProgressBar, shouldShowProgress } from './progress.js';

export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  /** Read whole by --stdin; asked on a terminal by --init (absent or not a TTY: nothing is asked). */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
  /** What bin.ts found before this module loaded: the files, with worker threads starting (prestart.ts). */
  prestart?: Prestart;
}

export { packageVersion } from '../files/package-info.js';

function useColor(options: CliOptions, io: CliIo): boolean {
  if (options.color !== undefined) return options.color;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true;
}

/** Run the command line; returns the exit code (0 clean, 1 problems, 2 usage/config/internal error). */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      const locale = localeFromArgv(argv);
      io.stderr.write(`policylint: ${error.localized(locale)}${locale === 'en' ? ' (see policylint --help)' : '（参见 policylint --help）'}\n`);
      return 2;
    }
    throw error;
  }

  const hintLocale: Locale = options.locale ?? 'zh-CN';
  try {
    switch (options.command) {
      case 'help':
        io.stdout.write(HELP_TEXT);
        return 0;
      case 'version':
        io.stdout.write(`${packageVersion()}\n`);
        return 0;
      case 'inspect':
        return await runInspect(options, io);
      case 'list-rules':
        return await runListRules(options, io);
      case 'explain':
        return await runExplain(options, io);
      case 'print-config':
        return await runPrintConfig(options, io);
      case 'init':
        return await runInit(options, io);
      case 'merge-reports':
        return await runMergeReports(options, io);
      default:
        return await runLint(options, io);
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`${error.format(options.locale ?? error.configLocale ?? 'zh-CN')}\n`);
      return 2;
    }
    if (error instanceof NoFilesError || error instanceof UsageError) {
      io.stderr.write(`policylint: ${error.localized(hintLocale)}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`policylint: ${hintLocale === 'en' ? 'internal error' : '内部错误'}: ${message.split('\n')[0]}\n`);
    if (io.env.DEBUG) io.stderr.write(`${(error as Error).stack ?? ''}\n`);
    return 2;
  }
}

/** Before parsing succeeded, still answer in the language asked for. */
function localeFromArgv(argv: string[]): Locale {
  const i = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  const value = i === -1 ? undefined : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'zh-CN';
}

/** The runner's options behind --cache, --concurrency, --shard, --changed-since, --stats and the progress bar. */
function runOptions(options: CliOptions, io: CliIo): RunOptions & { warnings: LocalizedText[] } {
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

async function runLint(options: CliOptions, io: CliIo): Promise<number> {
  const started = performance.now();
  const resolver = resolverFor(options, io, options.info);
  const run = runOptions(options, io);
  // Contexts and summaries cost time and memory on every file: only when a report shows them.
  const reportData = needsReportData(options.outputs.map((o) => o.format));
  const stdin = options.stdin ? await runStdin(options, io, resolver, reportData) : undefined;
  const filter = { quiet: options.quiet, includeInfo: options.info };
  const color = useColor(options, io);
  // One JSON report is written while the files are linted (StreamedReport); the others after, as is
  // one for a terminal, where it would mix with the progress bar.
  const streams = !stdin && StreamedReport.fits(options.outputs) && (options.outputs[0].file !== undefined || !io.stdout.isTTY);
  let streamed: StreamedReport | undefined;
  const streamTo = (locale: Locale) => new StreamedReport(options.outputs[0], { cwd: io.cwd, locale, color }, io);
  let results: Iterable<FileLintResult>;
  if (stdin) results = [stdin.result];
  else {
    const linting = lintRun(options.patterns, {
      cwd: io.cwd,
      locale: options.locale,
      resolver,
      ...run,
      discovered: prestartedDiscovery(io.prestart, options.patterns, io.cwd),
      ...(options.fix ? { fix: options.fix } : {}),
      reportData,
    });
    try {
      if (streams) {
        for await (const result of linting) {
          streamed ??= streamTo(options.locale ?? runLocale(resolver, io.cwd, result.filePath));
          streamed.add(filterResult(result, filter));
        }
      }
      // The run keeps its results compactly and reads them back one at a time for each use below,
      // so a report over tens of thousands of files never holds them all as objects.
      results = await linting.all();
    } catch (error) {
      await streamed?.abort();
      throw error;
    }
  }
  const shown: Iterable<LintResult> = { *[Symbol.iterator]() { for (const r of results) yield filterResult(r, filter); } };
  const locale = options.locale ?? runLocale(resolver, io.cwd, firstOf(results)?.filePath);
  // A run with no file left to lint (--changed-since) has seen no result.
  if (streams) streamed ??= streamTo(locale);
  for (const warning of run.warnings) io.stderr.write(`policylint: ${warning[locale]}\n`);
  // --stdin --fix-dry-run prints the fixed text, like a formatter in an editor pipe; the report of
  // what remains then goes to stderr, unless a machine format (json carries `output`) was asked for.
  const printFixedText = stdin && options.fix && options.outputs.every((o) => o.file !== undefined || (o.format !== 'json' && o.format !== 'sarif'));
  if (printFixedText) io.stdout.write(stdin.result.output ?? stdin.text);
  const reportIo = printFixedText ? { ...io, stdout: io.stderr } : io;
  const counted = countedResults(shown);
  const report = () => (streamed ? streamed.finish() : writeReports(options.outputs, counted.results, { cwd: io.cwd, locale, color, rulesRun: () => rulesRun(results, resolver) }, reportIo));
  const written = await (run.stats ? run.stats.time('report', report) : report());
  if (run.stats) io.stderr.write(statsReport(run.stats, results, locale, performance.now() - started));
  if (!written) return 2;

  const { errorCount, warningCount } = streamed?.totals ?? counted.totals();
  const tooManyWarnings = options.maxWarnings >= 0 && warningCount > options.maxWarnings;
  if (tooManyWarnings) {
    io.stderr.write(
      locale === 'en'
        ? `policylint found too many warnings (maximum: ${options.maxWarnings}).\n`
        : `policylint 发现的警告过多（上限为 ${options.maxWarnings} 个）。\n`,
    );
  }
  return errorCount > 0 || tooManyWarnings ? 1 : 0;
}

async function runStdin(options: CliOptions, io: CliIo, resolver: ConfigResolver, reportData: boolean) {
  const bytes = await readAll((io.stdin ?? process.stdin) as AsyncIterable<Uint8Array | string>);
  await resolver.preload(options.stdinFilename ? [path.resolve(io.cwd, options.stdinFilename)] : undefined);
  const fix = options.fix ? { types: options.fix.types, suggestionRules: options.fix.suggestionRules } : undefined;
  const linted = lintStdinBytes(bytes, { cwd: io.cwd, filename: options.stdinFilename, locale: options.locale, resolver, fix, reportData });
  if (linted.ignored) io.stderr.write(ignoredNote(options.stdinFilename!, options.locale ?? resolver.forFile(linted.result.filePath).locale ?? 'zh-CN'));
  return { result: linted.result, text: linted.decoded.text };
}

function firstOf<T>(items: Iterable<T>): T | undefined {
  for (const item of items) return item;
  return undefined;
}

/**
 * The language of the summary line when --locale is not given: that of the config governing the
 * working directory, else that of the first linted file's config.
 */
function runLocale(resolver: ConfigResolver, cwd: string, firstFile: string | undefined): Locale {
  try {
    return resolver.forDirectory(cwd).locale ?? (firstFile ? resolver.forFile(firstFile).locale : undefined) ?? 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}
