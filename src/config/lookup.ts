import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ConfigFile } from './types.js';

/** Looked for in this order in each directory; the first one present is that directory's config. */
export const CONFIG_FILE_NAMES = [
  'policylint.config.json',
  'policylint.config.yaml',
  'policylint.config.yml',
  '.policylintrc.json',
  '.policylintrc.yaml',
  '.policylintrc.yml',
  'policylint.config.mjs',
] as const;

/** A package.json is a config when it has this key (looked at after the files above). */
export const PACKAGE_JSON_KEY = 'policylint';

/** The configuration file of one directory, or null when it has none. */
export function configFileIn(dir: string): string | null {
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = path.join(dir, name);
    if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
  }
  const pkg = path.join(dir, 'package.json');
  if (statSync(pkg, { throwIfNoEntry: false })?.isFile()) {
    try {
      const data = JSON.parse(readFileSync(pkg, 'utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>;
      if (data && typeof data === 'object' && PACKAGE_JSON_KEY in data) return pkg;
    } catch {
      // A broken package.json that is not ours to read is not a configuration problem.
    }
  }
  return null;
}

/** Config files from `dir` upward, nearest first, up to one with `root: true` or the filesystem root. */
export function configFilesUpward(dir: string, fileIn: (dir: string) => string | null, load: (file: string) => ConfigFile): ConfigFile[] {
  const chain: ConfigFile[] = [];
  for (let d = dir; ; ) {
    const file = fileIn(d);
    if (file) {
      const c = load(file);
      chain.push(c);
      if (c.config.root === true) break;
    }
    const parent = path.dirname(d);
    if (parent === d) break;
    d = parent;
  }
  return chain;
}
