import { statSync } from 'node:fs';
import path from 'node:path';

/**
 * The root of the git repository holding `dir`: the nearest folder upward with a `.git` entry
 * (a directory, or a file in worktrees and submodules). No git binary needed. Undefined outside one.
 */
export function findRepositoryRoot(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; ) {
    if (statSync(path.join(d, '.git'), { throwIfNoEntry: false })) return d;
    const parent = path.dirname(d);
    if (parent === d) return undefined;
    d = parent;
  }
}
