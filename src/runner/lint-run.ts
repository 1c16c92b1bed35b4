import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Locale, LocalizedText, Rule } from '../engine/rule.js';
import type { StatsCollector } from '../engine/timing.js';
import type { ConfigResolver } from '../config/index.js';
import { configFingerprint, DEFAULT_CACHE_FILE, fileMeta, LintCache, sha1, type CacheStrategy } from './cache.js';
import { changedSince } from './changed.js';
import { lintOneFile, type FileLintResult } from './lint-one.js';
import { packResult, unpackResult, type KeptResult, type PackedResult } from './threads/packed-result.js';
import type { FixFilesOptions } from './fix-files.js';
import { selectShard, type Shard } from './shard.js';
import { packageVersion } from '../files/package-info.js';
import { lintInWorkers, releasePrestartedPool, workerCount, workerModule, type Concurrency } from './threads/workers.js';

/** How a selected file set is linted: filters, cache, threads, fixing, reporting hooks. */
export interface RunOptions {
  cwd: string;
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
   * Compute sentence contexts and document summaries (default true). Only the HTML and SARIF
   * reports read them; without them every result is smaller, on every thread.
   */
  reportData?: boolean;
  /**
   * The caller owns the process (the CLI): a run on several threads may change V8 settings for the
   * rest of the process (see lintInWorkers). Programs using the API keep theirs.
   */
  ownsProcess?: boolean;
  /** Called once the file set is known, and per file done (progress bars). */
  progress?: { start(total: number): void; tick(count: number): void; finish(): void };
  /**
   * Called with each result in the files' order, as soon as it and every result before it are
   * known: a report can be written while the run goes on (on threads, the main thread formats
   * between its own files instead of after the last one).
   */
  onResult?: (result: KeptResult, index: number) => void;
  /** Non-fatal problems of the run (an unreadable cache), in both languages. */
  onWarning?: (message: LocalizedText) => void;
}

/** --cache-location may name a file or a directory (then the default file name inside it), as in ESLint. */
export function resolveCacheFile(location: string | undefined, cwd: string): string {
  const abs = path.resolve(cwd, location ?? DEFAULT_CACHE_FILE);
  const isDir = /[\\/]$/.test(location ?? '') || statSync(abs, { throwIfNoEntry: false })?.isDirectory();
  return isDir ? path.join(abs, DEFAULT_CACHE_FILE) : abs;
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

/** Lint a selected, sorted file list: changed-since and shard filters, cache, then threads or the main thread. */
export async function lintSelected(all: string[], resolver: ConfigResolver, options: RunOptions): Promise<FileLintResult[]> {
  return (await lintSelectedPacked(all, resolver, options)).map(unpackResult);
}

/** lintSelected with every result left packed (packed-result.ts; cache hits as they are), for a caller that reads them one at a time. */
export async function lintSelectedPacked(all: string[], resolver: ConfigResolver, options: RunOptions): Promise<KeptResult[]> {
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
    if (!options.onResult) return;
    while (delivered < files.length && results[delivered] !== undefined) options.onResult(results[delivered], delivered++);
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
    fresh = await lintInWorkers(todo, threads, task, async (file) => packResult(await lintHere(file)), onDone, options.ownsProcess);
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
  return results;
}
