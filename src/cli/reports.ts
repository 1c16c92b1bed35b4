import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { LintResult } from '../engine/findings.js';
import type { Locale } from '../engine/rule.js';
import type { ResolvedRule } from '../engine/rule-settings.js';
import { findRepositoryRoot } from '../files/repo-root.js';
import { writeFileAtomic } from '../files/write.js';
import { DEFAULT_HOMEPAGE, describeRules, formatChunks, type FormatOptions } from '../report/index.js';
import type { ReportOutput } from './args.js';
import type { ConfigResolver } from './config.js';
import { packageInfo } from './package-info.js';

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
  const pkg = packageInfo();
  const homepage = pkg.homepage ?? DEFAULT_HOMEPAGE;
  const needsRules = outputs.some((o) => ['sarif', 'junit', 'markdown', 'html'].includes(o.format));
  const formatOptions: FormatOptions = {
    cwd: options.cwd,
    locale: options.locale,
    color: options.color,
    rules: needsRules ? describeRules(options.rulesRun(), homepage) : undefined,
    tool: { name: pkg.name, version: pkg.version, informationUri: homepage },
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
      io.stderr.write(
        options.locale === 'en'
          ? `policylint: not writing the ${output.format} report to ${output.file}: that is one of the linted files; name another file\n`
          : `policylint: 未写入 ${output.format} 报告：${output.file} 是被检查的文件之一；请换一个输出文件名\n`,
      );
      continue;
    }
    try {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFileAtomic(target, text);
    } catch (error) {
      ok = false;
      const code = (error as NodeJS.ErrnoException).code;
      io.stderr.write(
        options.locale === 'en'
          ? `policylint: cannot write the ${output.format} report to ${output.file}: ${code ?? (error as Error).message}; check that the folder exists and is writable\n`
          : `policylint: 无法把 ${output.format} 报告写入 ${output.file}：${code ?? (error as Error).message}；请确认目录存在且可写\n`,
      );
    }
  }
  return ok;
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
