import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale, LocalizedText } from '../engine/rule.js';
import type { EffectiveConfig } from '../config/index.js';
import type { FileLintResult } from './lint-one.js';

export const DEFAULT_CACHE_FILE = '.policylintcache';
export const CACHE_STRATEGIES = ['content', 'metadata'] as const;
export type CacheStrategy = (typeof CACHE_STRATEGIES)[number];

/** Bumped when the cache file's layout changes, so an old file is dropped rather than misread. */
const CACHE_FORMAT = 1;

interface CacheEntry {
  /** sha1 of the file's bytes (content strategy). */
  hash?: string;
  size: number;
  mtimeMs: number;
  /** Fingerprint of everything besides the file that decides its findings. */
  config: string;
  /** The result as the run reported it: plain data, whatever fields a result carries. */
  result: FileLintResult;
}

interface CacheData {
  format: number;
  policylint: string;
  files: Record<string, CacheEntry>;
}

const fingerprints = new WeakMap<EffectiveConfig, Map<string, string>>();

export function sha1(data: Uint8Array | string): string {
  return createHash('sha1').update(data).digest('hex');
}

/**
 * Everything besides the file's bytes that decides its findings: policylint's version, the
 * message language and the configuration's own fingerprint (rules, options, settings, directives,
 * catalogue contents, plugin code). Computed once per effective configuration and locale.
 */
export function configFingerprint(config: EffectiveConfig, locale: Locale, version: string): string {
  let byLocale = fingerprints.get(config);
  if (!byLocale) fingerprints.set(config, (byLocale = new Map()));
  let fp = byLocale.get(locale);
  if (!fp) {
    fp = sha1(JSON.stringify({ version, locale, config: config.fingerprint }));
    byLocale.set(locale, fp);
  }
  return fp;
}

export interface CacheWarning {
  message: LocalizedText;
}

/**
 * The results of earlier runs, per file path. A cache file that cannot be read or parsed is
 * ignored with a warning and rewritten; it never stops the run.
 */
export class LintCache {
  private data: CacheData;
  private dirty = false;
  readonly warnings: CacheWarning[] = [];
  hits = 0;
  misses = 0;

  constructor(
    readonly location: string,
    readonly strategy: CacheStrategy,
    readonly version: string,
  ) {
    this.data = { format: CACHE_FORMAT, policylint: version, files: {} };
    let text: string;
    try {
      text = readFileSync(location, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') this.warn(`无法读取缓存文件，将重新检查所有文件（${code}）`, `cannot read the cache file; linting every file afresh (${code})`);
      return;
    }
    try {
      const parsed = JSON.parse(text) as CacheData;
      if (!parsed || typeof parsed !== 'object' || typeof parsed.files !== 'object' || parsed.files === null) throw new Error('not a cache');
      // Another version or layout: its results may differ from this version's, so start over.
      if (parsed.format === CACHE_FORMAT && parsed.policylint === version) this.data = parsed;
    } catch {
      this.warn('缓存文件已损坏，已忽略并将重建', 'the cache file is corrupt; it was ignored and will be rebuilt');
      this.dirty = true;
    }
  }

  private warn(zh: string, en: string): void {
    this.warnings.push({ message: { 'zh-CN': `${this.location}: ${zh}`, en: `${this.location}: ${en}` } });
  }

  /**
   * The cached result for a file, if still valid. `hash` is the file's content digest (content
   * strategy: sha1 of the bytes); the metadata strategy trusts size and modification time instead.
   */
  lookup(file: string, fingerprint: string, meta: { size: number; mtimeMs: number }, hash?: string): FileLintResult | undefined {
    const entry = this.data.files[file];
    const valid =
      entry !== undefined &&
      entry.config === fingerprint &&
      (this.strategy === 'metadata' ? entry.size === meta.size && entry.mtimeMs === meta.mtimeMs : hash !== undefined && entry.hash === hash);
    if (valid) this.hits++;
    else this.misses++;
    return valid ? entry.result : undefined;
  }

  /** Remember a fresh result. Results that say the file could not be linted are not kept. */
  store(file: string, fingerprint: string, meta: { size: number; mtimeMs: number }, hash: string | undefined, result: FileLintResult): void {
    if (result.findings.some((f) => f.fatal)) {
      if (this.data.files[file]) {
        delete this.data.files[file];
        this.dirty = true;
      }
      return;
    }
    // Timings describe one run, not the file.
    const { stats: _stats, ...kept } = result;
    this.data.files[file] = { hash, size: meta.size, mtimeMs: meta.mtimeMs, config: fingerprint, result: kept };
    this.dirty = true;
  }

  /** Forget files that no longer exist, so the cache does not grow forever. */
  prune(exists: (file: string) => boolean): void {
    for (const file of Object.keys(this.data.files)) {
      if (!exists(file)) {
        delete this.data.files[file];
        this.dirty = true;
      }
    }
  }

  /** Write the cache atomically (temp file + rename): an interrupted run leaves the old file whole. */
  save(): void {
    if (!this.dirty) return;
    mkdirSync(path.dirname(this.location), { recursive: true });
    const temp = `${this.location}.${process.pid}.${Date.now()}.tmp`;
    try {
      writeFileSync(temp, JSON.stringify(this.data));
      renameSync(temp, this.location);
    } catch (error) {
      rmSync(temp, { force: true });
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      this.warn(`无法写入缓存文件（${code}）`, `cannot write the cache file (${code})`);
    }
  }
}

/** Size and modification time, or undefined for a file that cannot be stat'ed (it will fail to read and be reported). */
export function fileMeta(file: string): { size: number; mtimeMs: number } | undefined {
  const s = statSync(file, { throwIfNoEntry: false });
  return s ? { size: s.size, mtimeMs: s.mtimeMs } : undefined;
}

/** --cache-location may name a file or a directory (then the default file name inside it), as in ESLint. */
export function resolveCacheFile(location: string | undefined, cwd: string): string {
  const abs = path.resolve(cwd, location ?? DEFAULT_CACHE_FILE);
  const isDir = /[\\/]$/.test(location ?? '') || statSync(abs, { throwIfNoEntry: false })?.isDirectory();
  return isDir ? path.join(abs, DEFAULT_CACHE_FILE) : abs;
}
