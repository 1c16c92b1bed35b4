import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Locale, LocalizedText, Rule } from '../engine/rule.js';
import type { StatsCollector } from '../engine/timing.js';
import { ConfigResolver } from '../config/index.js';
import { discoverFiles, type Discovery } from '../files/discover.js';
import { packageVersion } from '../files/package-info.js';
import { configFingerprint, fileMeta, LintCache, sha1, type CacheStrategy } from './cache.js';
import { changedSince } from './changed.js';
import { lintOneFile, type FileLintResult } from './lint-one.js';
import type { FixFilesOptions } from './fix-files.js';
import { selectShard, type Shard } from './shard.js';
import { packResult, unpackResult, unpacked, type KeptResult, type PackedResult } from './threads/packed-result.js';
import { lintInWorkers, releasePrestartedPool, workerCount, workerModule, type Concurrency } from './threads/workers.js';

export type { FileLintResult } from './lint-one.js';

/** How files are found, configured and linted: the options of run() and lintFiles(). */
export interface RunOptions {
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
  /** Message language; overrides the configuration's `locale`. */
  locale?: Locale;
  /** Rules to run instead of the configured ones (keeps the run on the main thread: rules cannot cross threads). */
  rules?: readonly Rule<never>[];
  /** Reuse results of unchanged files from this cache file (see cache.ts). */
  cache?: { location: string; strategy?: CacheStrategy };
  /** Fix the files (write them, or only compute the output with `write: false`); see fix-files.ts. */
  fix?: FixFilesOptions;
  /** Worker threads: 'auto' (default: when the file count makes it pay), 'off', or a count. */
  concurrency?: Concurrency;
  /** Lint only this part of the file set (CI matrices). */
  shard?: Shard;
  /** Lint only files changed since this git ref (all files when a config or catalogue changed). */
  changedSince?: string;
  /** Collect per-phase and per-rule timings on each result; run-level phases go to this collector. */
  stats?: StatsCollector;
  /**
   * Add each finding's sentence context and the document summary (report/summary.ts), which only
   * the HTML and SARIF reports read (default true); without them every result is smaller, on every thread.
   */
  reportData?: boolean;
  /** Called once the file set is known, and per file done (progress bars). */
  progress?: { start(total: number): void; tick(count: number): void; finish(): void };
  /** Non-fatal problems of the run (an unreadable cache), in both languages. */
  onWarning?: (message: LocalizedText) => void;
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

/**
 * A run over files: iterate it for each result in the files' order as soon as it and every result
 * before it are known, or await all() for them all. Leaving the iteration early does not stop the
 * run; all() still gives every result.
 */
export interface LintRun extends AsyncIterable<FileLintResult> {
  /**
   * Wait for the run to end; then every result in the files' order, read back one at a time on
   * each iteration (the run keeps them compactly, so tens of thousands of files stay small).
   */
  all(): Promise<Iterable<FileLintResult>>;
}

/**
 * Lint the files named by command-line style patterns, each with the configuration found for it.
 * Fails with ConfigError (bad configuration) and NoFilesError (a pattern matched nothing); a file
 * that cannot be read becomes a fatal finding and the run goes on. Nothing starts until the run
 * is iterated or all() is called.
 */
export function run(patterns: string[], options: RunOptions = {}): LintRun {
  const kept: KeptResult[] = [];
  let ready = 0;
  let ended = false;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  let work: Promise<void> | undefined;
  const start = (): Promise<void> =>
    (work ??= (async () => {
      const { files, resolver, cwd } = await selectFiles(patterns, options);
      await lintSelected(files, resolver, { ...options, cwd }, (result, index) => {
        kept[index] = result;
        ready = index + 1;
        wake?.();
      });
    })()
      .catch((error: unknown) => {
        failure = { error };
      })
      .finally(() => {
        ended = true;
        wake?.();
      }));
  let iterated = false;
  return {
    async *[Symbol.asyncIterator]() {
      if (iterated) throw new Error('a run is iterated once; read it again with all()');
      iterated = true;
      void start();
      let next = 0;
      for (;;) {
        while (next < ready) yield unpackResult(kept[next++]);
        if (ended) break;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
      if (failure) throw failure.error;
    },
    async all() {
      await start();
      if (failure) throw failure.error;
      return unpacked(kept);
    },
  };
}

/** Lint files like run(), all results at once. */
export async function lintFiles(patterns: string[], options: RunOptions = {}): Promise<FileLintResult[]> {
  return Array.from(await run(patterns, options).all());
}

/** The files to lint, sorted, with the resolver of their configurations. */
async function selectFiles(patterns: string[], options: RunOptions): Promise<{ files: string[]; resolver: ConfigResolver; cwd: string }> {
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

/**
 * With --changed-since: the changed files among `files`; every file when a configuration file
 * or a catalogue that one of them uses has changed, since that can change any file's findings.
 */
function onlyChanged(files: string[], ref: string, cwd: string, resolver: ConfigResolver): string[] {
  const changed = changedSince(ref, cwd);
  const inputs = new Set<string>();
  for (const f of files) {
    const config = resolver.forFile(f);
    for (const c of config.files) inputs.add(path.normalize(c));
    for (const c of config.catalogues.catalogues) inputs.add(path.resolve(cwd, c.file));
  }
  for (const input of inputs) if (changed.has(input)) return files;
  return files.filter((f) => changed.has(path.normalize(f)));
}

/**
 * Lint a selected, sorted file list: changed-since and shard filters, cache, then threads or the
 * main thread. Each result is handed to `deliver` in the files' order as soon as it and every
 * result before it are known, kept packed (threads/packed-result.ts; cache hits as they are).
 */
async function lintSelected(all: string[], resolver: ConfigResolver, options: RunOptions & { cwd: string }, onResult: (result: KeptResult, index: number) => void): Promise<void> {
  const { stats } = options;
  const reportData = options.reportData ?? true;
  const time = <T>(phase: string, fn: () => T): T => (stats ? stats.time(phase, fn) : fn());
  let files = options.changedSince ? time('changed-since', () => onlyChanged(all, options.changedSince!, options.cwd, resolver)) : all;
  if (options.shard) {
    const shard = options.shard;
    files = selectShard(files.map((f) => ({ path: f, size: statSync(f, { throwIfNoEntry: false })?.size ?? 0 })), shard).map((f) => f.path);
  }
  options.progress?.start(files.length);

  const results = new Array<KeptResult>(files.length);
  // Fixing rewrites files: it runs on the main thread, and its results (remaining findings) are not cached.
  const cache = options.cache && !options.fix ? new LintCache(options.cache.location, options.cache.strategy ?? 'content', packageVersion()) : undefined;
  const keys: { fingerprint: string; meta?: { size: number; mtimeMs: number }; hash?: string }[] = [];
  let pending: number[] = files.map((_, i) => i);
  if (cache) {
    pending = [];
    time('cache', () => {
      const version = packageVersion();
      files.forEach((file, i) => {
        const config = resolver.forFile(file);
        // A result without report data must not serve a run that needs it.
        const fingerprint = configFingerprint(config, options.locale ?? config.locale ?? 'zh-CN', version) + (reportData ? '' : ':lean');
        const meta = fileMeta(file);
        let hash: string | undefined;
        if (meta && cache.strategy === 'content') {
          try {
            hash = sha1(readFileSync(file));
          } catch {
            // Unreadable: linting it will report why.
          }
        }
        keys[i] = { fingerprint, meta, hash };
        const hit = meta ? cache.lookup(file, fingerprint, meta, hash) : undefined;
        if (hit) results[i] = hit;
        else pending.push(i);
      });
    });
    if (files.length > pending.length) options.progress?.tick(files.length - pending.length);
  }

  let delivered = 0;
  const deliver = (): void => {
    while (delivered < files.length && results[delivered] !== undefined) onResult(results[delivered], delivered++);
  };
  deliver();

  const todo = pending.map((i) => files[i]);
  // Workers rebuild configurations from files; rules passed in as objects cannot cross threads.
  const threads = options.rules || options.fix || !workerModule() ? 1 : workerCount(options.concurrency ?? 'auto', todo.length);
  const lintHere = (file: string) => lintOneFile(file, resolver, { locale: options.locale, stats: Boolean(stats), fix: options.fix, reportData });
  let fresh: PackedResult[];
  if (threads > 1) {
    const task = { resolver: resolver.workerOptions, locale: options.locale, stats: Boolean(stats), reportData };
    const onDone = (first: number, done: PackedResult[]) => {
      done.forEach((result, k) => (results[pending[first + k]] = result));
      options.progress?.tick(done.length);
      deliver();
    };
    fresh = await lintInWorkers(todo, threads, task, async (file) => packResult(await lintHere(file)), onDone);
  } else {
    // Workers started for a run that, after ignores and the cache, turned out too small for them.
    releasePrestartedPool();
    fresh = [];
    for (const file of todo) {
      const result = packResult(await lintHere(file));
      results[pending[fresh.length]] = result;
      fresh.push(result);
      options.progress?.tick(1);
      deliver();
    }
  }
  pending.forEach((i, k) => {
    if (cache && keys[i].meta) cache.store(files[i], keys[i].fingerprint, keys[i].meta!, keys[i].hash, unpackResult(fresh[k]));
  });
  options.progress?.finish();

  if (cache) {
    time('cache', () => {
      const linted = new Set(files);
      cache.prune((f) => linted.has(f) || existsSync(f));
      cache.save();
    });
    for (const w of cache.warnings) options.onWarning?.(w.message);
  }
}
