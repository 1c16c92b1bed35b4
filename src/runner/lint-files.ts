import path from 'node:path';
import type { Locale } from '../engine/rule.js';
import { ConfigResolver } from '../config/index.js';
import { discoverFiles, type Discovery } from '../files/discover.js';
import type { FileLintResult } from './lint-one.js';
import { lintSelected, lintSelectedPacked, type RunOptions } from './lint-run.js';
import type { KeptResult } from './threads/packed-result.js';

/** Options of lintFiles: how the configuration is found, plus the run options of lint-run.ts. */
export interface LintFilesOptions extends Partial<RunOptions> {
  /** Patterns and relative paths are resolved against this (default: process.cwd()). */
  cwd?: string;
  /** Use this configuration file alone (no lookup). */
  configFile?: string;
  /** Run info-level rules too. */
  includeInfo?: boolean;
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
  /** The files the patterns match, when the caller has found them already (the CLI does, to start threads early). */
  discovered?: Discovery;
}

export type { FileLintResult } from './lint-one.js';

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

/**
 * Lint files named by command-line style patterns, each with the configuration found for it.
 * Throws ConfigError (bad configuration) and NoFilesError (a pattern matched nothing); a file
 * that cannot be read becomes a fatal finding and the run goes on.
 */
export async function lintFiles(patterns: string[], options: LintFilesOptions = {}): Promise<FileLintResult[]> {
  const { files, resolver, cwd } = await selectFiles(patterns, options);
  return lintSelected(files, resolver, { ...options, cwd });
}

/** lintFiles with the results left packed (packed-result.ts), in the same order: a report can then read them one at a time. */
export async function lintFilesPacked(patterns: string[], options: LintFilesOptions = {}): Promise<KeptResult[]> {
  const { files, resolver, cwd } = await selectFiles(patterns, options);
  return lintSelectedPacked(files, resolver, { ...options, cwd });
}

/** The files to lint, sorted, with the resolver of their configurations. */
async function selectFiles(patterns: string[], options: LintFilesOptions): Promise<{ files: string[]; resolver: ConfigResolver; cwd: string }> {
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
  const discovery = options.discovered ?? (await discoverFiles(patterns.length ? patterns : ['.'], cwd));
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

  return { files: discovery.files.filter((f) => !ignored.has(f)), resolver, cwd };
}
