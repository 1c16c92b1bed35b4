import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { LintResult } from '../engine/findings.js';
import type { Locale } from '../engine/rule.js';
import { formatStatsTable, sumStats, type StatsCollector } from '../engine/timing.js';
import type { ResolvedRule } from '../engine/rule-settings.js';
import { findRepositoryRoot } from '../files/repo-root.js';
import { AtomicFile, writeFileAtomic } from '../files/write.js';
import { addTotals, DEFAULT_HOMEPAGE, describeRules, emptyTotals, formatChunks, formatPieces, isPiecewise, type FormatName, type FormatOptions, type ReportPieces, type ToolInfo, type Totals } from '../report/index.js';
import type { ReportOutput } from './args.js';
import type { ConfigResolver } from '../config/index.js';
import { packageInfo } from '../files/package-info.js';

/** Formats that describe the rules the run used. */
const RULE_FORMATS: readonly FormatName[] = ['sarif', 'junit', 'markdown', 'html'];

export interface WriteReportsOptions {
  cwd: string;
  locale: Locale;
  color: boolean;
  /** The rules the linted files ran with (from their configurations), asked for only by the formats that describe rules. */
  rulesRun: () => ResolvedRule[];
}

/**
 * Write every requested format: those with a file atomically (temp file + rename, parent folders
 * created), the one without to stdout. Returns false when a file could not be written (the
 * message names the file and the cause); the other reports are still written.
 */
export async function writeReports(outputs: ReportOutput[], results: Iterable<LintResult>, options: WriteReportsOptions, io: { stdout: { write(text: string): unknown }; stderr: { write(text: string): unknown } }): Promise<boolean> {
  const tool = toolInfo();
  const needsRules = outputs.some((o) => RULE_FORMATS.includes(o.format));
  const formatOptions: FormatOptions = {
    cwd: options.cwd,
    locale: options.locale,
    color: options.color,
    rules: needsRules ? describeRules(options.rulesRun(), tool.informationUri) : undefined,
    tool,
    repositoryRoot: outputs.some((o) => o.format === 'sarif') ? findRepositoryRoot(options.cwd) : undefined,
  };
  let ok = true;
  const linted = new Set<string>();
  if (outputs.some((o) => o.file)) for (const r of results) linted.add(path.resolve(options.cwd, r.filePath));
  for (const output of outputs) {
    const text = endingWithNewline(formatChunks(output.format, results, output.file ? { ...formatOptions, color: false } : formatOptions));
    if (!output.file) {
      for (const chunk of text) io.stdout.write(chunk);
      continue;
    }
    const target = path.resolve(options.cwd, output.file);
    if (linted.has(target)) {
      // A typo like --format html:draft.md must not replace the draft with its own report.
      ok = false;
      io.stderr.write(overLintedFile(output, options.locale));
      continue;
    }
    try {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFileAtomic(target, text);
    } catch (error) {
      ok = false;
      io.stderr.write(cannotWrite(output, error, options.locale));
    }
  }
  return ok;
}

/** policylint as the reports name it. */
function toolInfo(): ToolInfo {
  const pkg = packageInfo();
  return { name: pkg.name, version: pkg.version, informationUri: pkg.homepage ?? DEFAULT_HOMEPAGE };
}

/** A typo like --format html:draft.md must not replace the draft with its own report. */
function overLintedFile(output: ReportOutput, locale: Locale): string {
  return locale === 'en'
    ? `policylint: not writing the ${output.format} report to ${output.file}: that is one of the linted files; name another file\n`
    : `policylint: 未写入 ${output.format} 报告：${output.file} 是被检查的文件之一；请换一个输出文件名\n`;
}

function cannotWrite(output: ReportOutput, error: unknown, locale: Locale): string {
  const cause = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return locale === 'en'
    ? `policylint: cannot write the ${output.format} report to ${output.file}: ${cause}; check that the folder exists and is writable\n`
    : `policylint: 无法把 ${output.format} 报告写入 ${output.file}：${cause}；请确认目录存在且可写\n`;
}

/**
 * The run's report written while the run goes on: results are formatted and written in the files'
 * order as they become known (lint-run's onResult), so on threads the main thread formats between
 * its own files instead of after the last one. Only for one report in a format made result by
 * result (JSON) and that describes no rules (`fits`); writeReports writes the others after the run. Its text is the same either way; a file is still written whole
 * or not at all (a temporary file renamed at the end).
 */
export class StreamedReport {
  /** The shown results' totals so far (all of them once `finish` is called). */
  readonly totals: Totals = emptyTotals();
  private readonly linted = new Set<string>();
  private readonly pieces: ReportPieces;
  private readonly file?: Promise<AtomicFile | undefined>;
  private failure: unknown;
  private last = '';

  /** Whether these outputs are one report that can be written so. */
  static fits(outputs: ReportOutput[]): boolean {
    return outputs.length === 1 && isPiecewise(outputs[0].format) && !RULE_FORMATS.includes(outputs[0].format);
  }

  constructor(
    private readonly output: ReportOutput,
    private readonly options: { cwd: string; locale: Locale; color: boolean },
    private readonly io: { stdout: { write(text: string): unknown }; stderr: { write(text: string): unknown } },
  ) {
    const formatOptions: FormatOptions = { ...options, color: output.file ? false : options.color, tool: toolInfo() };
    this.pieces = formatPieces(output.format, formatOptions)!;
    if (output.file) {
      const target = path.resolve(options.cwd, output.file);
      this.file = mkdir(path.dirname(target), { recursive: true })
        .then(() => AtomicFile.open(target))
        .catch((error: unknown) => {
          this.failure = error;
          return undefined;
        });
    }
  }

  add(result: LintResult): void {
    addTotals(this.totals, result);
    if (this.output.file) this.linted.add(path.resolve(this.options.cwd, result.filePath));
    this.write(this.pieces.add(result));
  }

  /** Write the rest; false when the report file could not be written (the message says why). */
  async finish(): Promise<boolean> {
    this.write(this.pieces.end());
    if (this.last && !this.last.endsWith('\n')) this.write('\n');
    const file = await this.file;
    if (!this.output.file) return true;
    const target = path.resolve(this.options.cwd, this.output.file);
    if (this.linted.has(target)) {
      await file?.abort();
      this.io.stderr.write(overLintedFile(this.output, this.options.locale));
      return false;
    }
    try {
      if (!file) throw this.failure;
      await file.commit();
      return true;
    } catch (error) {
      this.io.stderr.write(cannotWrite(this.output, error, this.options.locale));
      return false;
    }
  }

  /** The run failed: leave the report file untouched (what went to stdout stays). */
  async abort(): Promise<void> {
    await (await this.file)?.abort();
  }

  private write(text: string): void {
    if (!text) return;
    this.last = text;
    if (!this.file) this.io.stdout.write(text);
    else void this.file.then((file) => file?.write(text));
  }
}

/** A report's pieces, empty ones dropped, ending with a line break unless there is nothing at all. */
function* endingWithNewline(chunks: Iterable<string>): Generator<string> {
  let last = '';
  for (const chunk of chunks) {
    if (!chunk) continue;
    last = chunk;
    yield chunk;
  }
  if (last && !last.endsWith('\n')) yield '\n';
}

/** The rules the linted files ran with, each once (the first configuration's severity wins). */
export function rulesRun(results: Iterable<LintResult>, resolver: ConfigResolver): ResolvedRule[] {
  const out = new Map<string, ResolvedRule>();
  const seen = new Set<unknown>();
  for (const r of results) {
    let config;
    try {
      config = resolver.forFile(r.filePath);
    } catch {
      continue; // a config error was already reported while linting
    }
    if (seen.has(config)) continue;
    seen.add(config);
    for (const rule of config.rules) if (!out.has(rule.rule.meta.id)) out.set(rule.rule.meta.id, rule);
  }
  return [...out.values()];
}

/** The --stats table: run phases plus every file's phases and rules. */
export function statsReport(run: StatsCollector, results: Iterable<LintResult>, locale: Locale, wallMs: number): string {
  const perFile = Array.from(results, (r) => r.stats);
  return formatStatsTable(sumStats([run.stats, ...perFile]), { locale, files: perFile.length, wallMs });
}
