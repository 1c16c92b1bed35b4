import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'dist/src/cli/bin.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  const built = statSync(BIN, { throwIfNoEntry: false });
  if (!built) return false;
  const newest = Math.max(...['src', 'rules', 'schemas'].map((d) => newestSource(path.join(ROOT, d))));
  return built.mtimeMs >= newest;
}

/**
 * The end-to-end tests run the built bin. Build when dist is missing or older than the sources
 * (as `npm test` does in pretest); test files run in parallel, so one builds under a lock
 * directory and the others wait for it.
 */
export function ensureBuilt(): void {
  if (isFresh()) return;
  mkdirSync(path.join(ROOT, 'dist'), { recursive: true });
  const lock = path.join(ROOT, 'dist', '.test-build-lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 180_000) rmSync(lock, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
      if (isFresh()) return;
    }
  }
  try {
    // Type errors elsewhere in the tree do not stop tsc from emitting, so the exit code is not checked.
    if (!isFresh()) spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'ignore' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  if (!statSync(BIN, { throwIfNoEntry: false })) throw new Error('build did not produce dist/src/cli/bin.js');
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built bin in `cwd` with a clean colour environment (tests pass NO_COLOR etc. explicitly). */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): CliRun {
  const base = { ...process.env };
  delete base.FORCE_COLOR;
  delete base.NO_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...base, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temp directory populated from a map of relative path → content (string or bytes). */
export function tempTree(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policylint-'));
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(dir, rel);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}

export function removeTree(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A document whose front matter has an invalid level: one structure-front-matter error at 3:8. */
export const BAD_LEVEL = '---\ntitle: 关于加快培育发展未来产业的指导意见\nlevel: county\n---\n\n# 关于加快培育发展未来产业的指导意见\n\n各区人民政府，市政府各委、办、局：现将有关事项通知如下。\n';

/** A clean document (valid front matter, nothing for any rule to find). */
export const CLEAN = '---\ntitle: 关于开展调研的通知\nlevel: city\n---\n\n# 关于开展调研的通知\n\n请各单位认真组织，按时报送材料。\n';
