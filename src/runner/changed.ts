import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { UsageError } from '../config/usage-error.js';

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
}

function firstLine(error: unknown): string {
  const e = error as { stderr?: string; message?: string; code?: string };
  if (e.code === 'ENOENT') return 'git not found';
  return (e.stderr || e.message || String(error)).trim().split('\n')[0];
}

/**
 * Absolute paths of the files changed since `ref`: committed since the merge base
 * (`git diff ref...HEAD`), staged, unstaged and untracked (not ignored). Deleted files are
 * listed too; callers intersect with the files that exist. Throws UsageError when `cwd` is not
 * in a git repository or `ref` names no commit.
 */
export function changedSince(ref: string, cwd: string): Set<string> {
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], cwd).trim();
  } catch (error) {
    throw new UsageError(`--changed-since 需要在 git 仓库中运行：${firstLine(error)}`, `--changed-since needs a git repository: ${firstLine(error)}`);
  }
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  } catch {
    throw new UsageError(`--changed-since：找不到提交“${ref}”（请检查分支名，或先 git fetch）`, `--changed-since: no commit named "${ref}" (check the name, or git fetch it first)`);
  }
  const lists = [
    ['diff', '--name-only', '-z', `${ref}...HEAD`],
    ['diff', '--name-only', '-z', '--cached'],
    ['diff', '--name-only', '-z'],
    ['ls-files', '--others', '--exclude-standard', '-z', '--full-name'],
  ];
  const out = new Set<string>();
  for (const args of lists) {
    let text: string;
    try {
      // ls-files lists relative to cwd unless --full-name; diff always from the top.
      text = git(args, args[0] === 'ls-files' ? top : cwd);
    } catch (error) {
      throw new UsageError(`--changed-since：git 出错：${firstLine(error)}`, `--changed-since: git failed: ${firstLine(error)}`);
    }
    for (const rel of text.split('\0')) if (rel) out.add(path.normalize(path.join(top, rel)));
  }
  return out;
}
