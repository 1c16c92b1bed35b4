import path from 'node:path';
import { lintText } from '../engine/lint.js';
import type { Finding, LintResult } from '../engine/findings.js';
import { countFindings } from '../engine/findings.js';
import type { Locale, Rule } from '../engine/rule.js';
import { ConfigResolver, lintOptionsFor } from './config.js';
import { discoverFiles } from '../files/discover.js';
import { readTextFile, type TextEncoding } from '../files/read.js';
import { fixFile, type FixFilesOptions } from './fix-files.js';

export interface LintFilesOptions {
  /** Patterns and relative paths are resolved against this (default: process.cwd()). */
  cwd?: string;
  /** Use this configuration file alone (no lookup). */
  configFile?: string;
  /** Message language; overrides the configuration's `locale`. */
  locale?: Locale;
  /** Run info-level rules too. */
  includeInfo?: boolean;
  /** Rules to run instead of the built-in ones. */
  rules?: readonly Rule<never>[];
  /** false: use no configuration file (--no-config-lookup). */
  useConfigLookup?: boolean;
  /** A gitignore-style file instead of `.policylintignore` in cwd. */
  ignorePath?: string;
  /** More gitignore-style patterns, relative to cwd. */
  ignorePatterns?: string[];
  /** Report directives that suppress nothing, whatever the configuration says. */
  reportUnusedDisableDirectives?: 'off' | 'warn' | 'error';
  /** A resolver to share with the caller (the CLI reuses its cached configs); built from the options above when absent. */
  resolver?: ConfigResolver;
  /** Fix the files (write them, or only compute the output with `write: false`); see fix-files.ts. */
  fix?: FixFilesOptions;
}

export interface FileLintResult extends LintResult {
  /** Absolute path. */
  filePath: string;
  /** How the file was decoded; absent when it could not be read. */
  encoding?: TextEncoding;
  bom?: boolean;
}

/** Command-line patterns that cannot be used: nothing matches, or everything matched is ignored. */
export class NoFilesError extends Error {
  constructor(
    readonly pattern: string,
    readonly reason: 'no-match' | 'empty-directory' | 'all-ignored',
  ) {
    super(
      reason === 'no-match'
        ? `No files matching the pattern "${pattern}" were found.`
        : reason === 'empty-directory'
          ? `No Markdown files (**/*.md) were found in the directory "${pattern}".`
          : `All files matched by "${pattern}" are ignored.`,
    );
    this.name = 'NoFilesError';
  }

  localized(locale: Locale): string {
    if (locale === 'en') return this.message;
    if (this.reason === 'no-match') return `找不到与“${this.pattern}”匹配的文件`;
    if (this.reason === 'empty-directory') return `目录“${this.pattern}”中没有 Markdown 文件（**/*.md）`;
    return `与“${this.pattern}”匹配的文件都被配置的 ignores 忽略了`;
  }
}

/** Why a file could not be read, in words a drafter understands. */
function unreadable(error: NodeJS.ErrnoException, locale: Locale): string {
  const code = error.code ?? '';
  const zh: Record<string, string> = { EACCES: '没有读取权限', EPERM: '没有读取权限', EISDIR: '这是一个目录，不是文件', ENOENT: '文件不存在', ELOOP: '符号链接循环' };
  const en: Record<string, string> = { EACCES: 'permission denied', EPERM: 'permission denied', EISDIR: 'it is a directory, not a file', ENOENT: 'no such file', ELOOP: 'symbolic link loop' };
  const cause = (locale === 'en' ? en : zh)[code] ?? error.message;
  return locale === 'en' ? `cannot read file: ${cause}${code ? ` (${code})` : ''}` : `无法读取文件：${cause}${code ? `（${code}）` : ''}`;
}

function fatalResult(filePath: string, message: string): FileLintResult {
  const finding: Finding = {
    ruleId: null,
    severity: 'error',
    message,
    range: { start: 0, end: 0 },
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    fatal: true,
  };
  return { filePath, findings: [finding], ...countFindings([finding]) };
}

/**
 * Lint files named by command-line style patterns, each with the configuration found for it.
 * Throws ConfigError (bad configuration) and NoFilesError (a pattern matched nothing); a file
 * that cannot be read becomes a fatal finding and the run goes on.
 */
export async function lintFiles(patterns: string[], options: LintFilesOptions = {}): Promise<FileLintResult[]> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const resolver =
    options.resolver ??
    new ConfigResolver({
      cwd,
      configFile: options.configFile,
      includeInfo: options.includeInfo,
      rules: options.rules,
      useConfigLookup: options.useConfigLookup,
      ignorePath: options.ignorePath,
      ignorePatterns: options.ignorePatterns,
      reportUnusedDisableDirectives: options.reportUnusedDisableDirectives,
    });
  const discovery = await discoverFiles(patterns.length ? patterns : ['.'], cwd);
  // .mjs configs and plugins are ES modules: import them before the synchronous per-file lookups.
  await resolver.preload(discovery.files);
  const empty = discovery.matches.find((m) => m.files.length === 0);
  if (empty) throw new NoFilesError(empty.pattern, empty.kind === 'directory' ? 'empty-directory' : 'no-match');

  // Explicitly named files are linted unless ignored, silently (so editor and pre-commit hooks
  // can pass any file); a directory or glob whose every match is ignored is a usage error.
  const ignored = new Set(discovery.files.filter((f) => resolver.forFile(f).isIgnored(f)));
  for (const m of discovery.matches) {
    if (m.kind !== 'file' && m.files.every((f) => ignored.has(f))) throw new NoFilesError(m.pattern, 'all-ignored');
  }

  const results: FileLintResult[] = [];
  for (const file of discovery.files) {
    if (ignored.has(file)) continue;
    const config = resolver.forFile(file);
    const locale = options.locale ?? config.locale ?? 'zh-CN';
    let decoded;
    try {
      decoded = await readTextFile(file);
    } catch (error) {
      results.push(fatalResult(file, unreadable(error as NodeJS.ErrnoException, locale)));
      continue;
    }
    try {
      const lintOptions = lintOptionsFor(config, file, locale);
      if (options.fix) {
        results.push(await fixFile(file, decoded, lintOptions, options.fix));
        continue;
      }
      const { model: _model, ...result } = lintText(decoded.text, lintOptions);
      results.push({ ...result, filePath: file, encoding: decoded.encoding, bom: decoded.bom });
    } catch (error) {
      // A crash while parsing one file must not cost the findings of the others.
      const message = (error as Error).message;
      results.push(fatalResult(file, locale === 'en' ? `internal error while linting this file: ${message}` : `检查此文件时发生内部错误：${message}`));
    }
  }
  return results;
}
