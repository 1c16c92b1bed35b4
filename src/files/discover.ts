import { stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';

/** Never linted, whatever the patterns say. */
export const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

/** What a directory argument stands for. */
export const DIRECTORY_GLOB = '**/*.md';

export interface PatternMatch {
  /** The argument as given. */
  pattern: string;
  kind: 'file' | 'directory' | 'glob';
  /** Absolute paths, sorted. */
  files: string[];
}

export interface Discovery {
  /** Every file to lint: absolute, deduplicated, sorted by code unit (stable across platforms and locales). */
  files: string[];
  /** Files named explicitly on the command line (linted whatever their extension). */
  explicit: Set<string>;
  matches: PatternMatch[];
  /** Patterns that matched nothing. */
  unmatched: string[];
}

/**
 * Expand command-line arguments: an existing file is taken as is, a directory stands for its
 * `**\/*.md`, anything else is a fast-glob pattern relative to `cwd`. A directory whose name ends
 * in `.md` is kept as an entry so that reading it fails visibly (a fatal finding) instead of
 * the file silently vanishing from the run.
 */
export async function discoverFiles(patterns: string[], cwd: string): Promise<Discovery> {
  const all = new Set<string>();
  const explicit = new Set<string>();
  const matches: PatternMatch[] = [];
  const unmatched: string[] = [];

  for (const pattern of patterns) {
    const abs = path.resolve(cwd, pattern);
    const info = await stat(abs).catch(() => undefined);
    let match: PatternMatch;
    if (info?.isDirectory()) {
      match = { pattern, kind: 'directory', files: await glob(DIRECTORY_GLOB, abs) };
    } else if (info) {
      match = { pattern, kind: 'file', files: [abs] };
      explicit.add(abs);
    } else if (fg.isDynamicPattern(pattern)) {
      match = { pattern, kind: 'glob', files: await glob(pattern, cwd) };
    } else {
      match = { pattern, kind: 'file', files: [] };
    }
    if (match.files.length === 0) unmatched.push(pattern);
    for (const f of match.files) all.add(f);
    matches.push(match);
  }
  return { files: sortPaths([...all]), explicit, matches, unmatched };
}

async function glob(pattern: string, cwd: string): Promise<string[]> {
  const entries = await fg(pattern, {
    cwd,
    absolute: true,
    dot: true,
    onlyFiles: false,
    markDirectories: true,
    ignore: ALWAYS_IGNORED,
  });
  const out: string[] = [];
  for (const e of entries) {
    if (!e.endsWith('/')) out.push(path.normalize(e));
    else if (/\.md\/$/i.test(e)) out.push(path.normalize(e.slice(0, -1)));
  }
  return sortPaths(out);
}

export function sortPaths(paths: string[]): string[] {
  return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
