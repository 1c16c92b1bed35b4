import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import { ALWAYS_IGNORED } from '../files/discover.js';
import { ConfigError } from './errors.js';
import type { Layer } from './layers.js';
import { CONFIG_MESSAGES, displayPath } from './messages.js';

/**
 * What is not linted: `.policylintignore` (or --ignore-path) and --ignore-pattern for the whole
 * run, and each config's `ignores`, expanded once per config.
 */
export class Ignores {
  private readonly global?: { base: string; ig: Ignore };
  private readonly byConfig = new Map<string, Set<string>>();

  /** Reads the ignore file now: a missing --ignore-path file is a ConfigError. */
  constructor(
    private readonly cwd: string,
    ignorePath: string | undefined,
    patterns: string[],
  ) {
    this.global = this.readIgnoreFile(ignorePath, patterns);
  }

  /** Whether a file is ignored under these layers: by the run's ignore file and patterns, or by a layer's `ignores`. */
  matcher(layers: Layer[]): (file: string) => boolean {
    const ignoring = layers.filter((l) => l.config.ignores?.length);
    return (file: string) => this.globallyIgnored(file) || ignoring.some((l) => this.ignoredBy(l).has(path.resolve(file)));
  }

  /** `.policylintignore` in cwd (or --ignore-path) and --ignore-pattern, with gitignore semantics. */
  private readIgnoreFile(ignorePath: string | undefined, patterns: string[]): { base: string; ig: Ignore } | undefined {
    const file = ignorePath ? path.resolve(this.cwd, ignorePath) : path.join(this.cwd, '.policylintignore');
    let text = '';
    try {
      text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch (error) {
      if (ignorePath) {
        const display = displayPath(file, this.cwd);
        const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        throw new ConfigError([CONFIG_MESSAGES.ignoreFileUnreadable(display, code)]);
      }
    }
    if (!text.trim() && patterns.length === 0) return undefined;
    // Patterns in an ignore file are relative to its folder; --ignore-pattern ones to cwd (as in ESLint).
    const base = text.trim() ? path.dirname(file) : this.cwd;
    const ig = ignore().add(text);
    if (patterns.length && base !== this.cwd) {
      const extra = ignore().add(patterns);
      const fileIg = ig;
      const combined = {
        ignores: (rel: string) => fileIg.ignores(rel) || extra.ignores(path.relative(this.cwd, path.join(base, rel)).split(path.sep).join('/')),
      } as unknown as Ignore;
      return { base, ig: combined };
    }
    ig.add(patterns);
    return { base, ig };
  }

  private globallyIgnored(file: string): boolean {
    if (!this.global) return false;
    const rel = path.relative(this.global.base, path.resolve(this.cwd, file)).split(path.sep).join('/');
    if (!rel || rel.startsWith('../') || path.isAbsolute(rel)) return false;
    return this.global.ig.ignores(rel);
  }

  /**
   * The files a config's `ignores` names, expanded once with the same glob engine as the
   * command line. A pattern also covers everything under it, so `drafts` ignores a directory.
   */
  private ignoredBy(c: Layer): Set<string> {
    const key = `${c.globDir}\0${(c.config.ignores ?? []).join('\0')}`;
    let set = this.byConfig.get(key);
    if (!set) {
      const patterns: string[] = [];
      for (const raw of c.config.ignores ?? []) {
        const negated = raw.startsWith('!');
        const p = (negated ? raw.slice(1) : raw).replace(/^\.\//, '').replace(/\/+$/, '');
        if (!p) continue;
        for (const q of [p, `${p}/**`]) patterns.push(negated ? `!${q}` : q);
      }
      const found = patterns.some((p) => !p.startsWith('!'))
        ? fg.sync(patterns, { cwd: c.globDir, absolute: true, dot: true, onlyFiles: true, ignore: ALWAYS_IGNORED })
        : [];
      set = new Set(found.map((f) => path.normalize(f)));
      this.byConfig.set(key, set);
    }
    return set;
  }
}
