import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import { UsageError } from './usage-error.js';
import type { FileLintResult } from './lint-one.js';
import type { WorkerTask } from './lint-worker.js';

/** 'auto', 'off' or a thread count. */
export type Concurrency = 'auto' | 'off' | number;

/** Below this many files, starting threads (each loads rules and catalogues) costs more than it saves. */
export const AUTO_MIN_FILES = 50;

export function parseConcurrency(raw: string): Concurrency {
  const v = raw.trim().toLowerCase();
  if (v === 'auto' || v === 'off') return v;
  if (/^\d+$/.test(v) && Number(v) >= 1) return Number(v);
  throw new UsageError(`--concurrency 的值应为 auto、off 或正整数（实际为“${raw}”）`, `--concurrency must be auto, off or a positive integer (found "${raw}")`);
}

/** How many worker threads to use; 0 = lint on the main thread. */
export function workerCount(concurrency: Concurrency, files: number, cores = os.availableParallelism()): number {
  if (concurrency === 'off' || files < 2) return 0;
  if (concurrency === 'auto') return cores > 1 && files >= AUTO_MIN_FILES ? Math.min(cores, Math.ceil(files / 25)) : 0;
  const n = Math.min(concurrency, files);
  return n <= 1 ? 0 : n;
}

/**
 * The worker module next to this one. From the built dist/ it is a .js file; when this module
 * runs from TypeScript sources (tests importing src/), there is none and the caller stays on
 * the main thread.
 */
export function workerModule(): string | undefined {
  const file = fileURLToPath(new URL('./lint-worker.js', import.meta.url));
  return existsSync(file) ? file : undefined;
}

/**
 * Lint files on `threads` worker threads in batches. Results come back in the order of `files`
 * whatever order the batches finish in; `onDone` is called as each file's result arrives.
 */
export async function lintInWorkers(files: string[], threads: number, task: Omit<WorkerTask, 'files'>, onDone?: (count: number) => void): Promise<FileLintResult[]> {
  const filename = workerModule();
  if (!filename) throw new Error('worker module not built (run npm run build)');
  const pool = new Tinypool({ filename, minThreads: threads, maxThreads: threads, idleTimeout: 0 });
  // Small batches keep both threads busy to the end; large enough that messaging stays cheap.
  const size = Math.max(1, Math.min(32, Math.ceil(files.length / (threads * 8))));
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += size) batches.push(files.slice(i, i + size));
  try {
    const parts = await Promise.all(
      batches.map(async (batch) => {
        const results = (await pool.run({ ...task, files: batch } satisfies WorkerTask)) as FileLintResult[];
        onDone?.(results.length);
        return results;
      }),
    );
    return parts.flat();
  } finally {
    await pool.destroy();
  }
}
