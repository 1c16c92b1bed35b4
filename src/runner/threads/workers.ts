import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import { UsageError } from '../../config/usage-error.js';
import type { PackedResult } from './packed-result.js';
import type { WorkerTask } from './lint-worker.js';

/** 'auto', 'off' or a thread count. */
export type Concurrency = 'auto' | 'off' | number;

/**
 * Below this many files, starting threads costs more than it saves: a worker loads rules and
 * catalogues and warms up its compiled code for about a second before it is as fast as the main
 * thread, and Node's own GC and compiler threads already share the cores. Measured on 2 cores once
 * parsing and the model had become cheaper: 1,000 drafts ran no faster with a worker, 1,500 and
 * 2,500 ran 1.17× faster, 10,000 1.6–1.7× and 50,000 1.7×.
 */
export const AUTO_MIN_FILES = 1500;

/** Files per thread below which another thread does not pay for its start. */
const FILES_PER_THREAD = 750;

export function parseConcurrency(raw: string): Concurrency {
  const v = raw.trim().toLowerCase();
  if (v === 'auto' || v === 'off') return v;
  if (/^\d+$/.test(v) && Number(v) >= 1) return Number(v);
  throw new UsageError(`--concurrency 的值应为 auto、off 或正整数（实际为“${raw}”）`, `--concurrency must be auto, off or a positive integer (found "${raw}")`);
}

/**
 * How many threads lint, the main thread included; 1 = the main thread alone. auto: every core
 * when there are enough files to pay for starting the others.
 */
export function workerCount(concurrency: Concurrency, files: number, cores = os.availableParallelism()): number {
  if (concurrency === 'off' || files < 2) return 1;
  if (concurrency === 'auto') return cores > 1 && files >= AUTO_MIN_FILES ? Math.min(cores, Math.ceil(files / FILES_PER_THREAD)) : 1;
  return Math.max(1, Math.min(concurrency, files));
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

function newPool(filename: string, workers: number): Tinypool {
  // Two tasks per worker: the next batch is already there when one ends, even while the main
  // thread is busy linting and cannot hand it over. A worker keeps V8's default young generation
  // (48 MB, as the main thread's): capped at 16 MB, it scavenged 1.6x as often and promoted short-
  // lived trees, with 4x the full collections: 10,000 drafts took 20% longer on 2 cores.
  return new Tinypool({ filename, minThreads: workers, maxThreads: workers, concurrentTasksPerWorker: 2, idleTimeout: 0 });
}

/** Workers started before the linter's modules loaded (prestart.ts), until a run takes them. */
let prestarted: { pool: Tinypool; workers: number } | undefined;

/**
 * Start `workers` worker threads now, for a run that will ask for that many: each spends most of
 * a second loading its modules, which it can do while the main thread loads its own instead of
 * while the main thread lints. A run that asks for another count gets its own pool.
 */
export function prestartPool(workers: number): void {
  const filename = workerModule();
  if (!filename || workers < 1 || prestarted) return;
  prestarted = { pool: newPool(filename, workers), workers };
}

/**
 * Stop prestarted workers that no run took (a run on the main thread, fewer files than expected).
 * Not awaited: the run goes on while they stop. Idle tinypool workers do not keep the process
 * alive, so a run that fails before linting may leave them to the process's end.
 */
export function releasePrestartedPool(): void {
  const unused = prestarted;
  prestarted = undefined;
  // Stopping workers a run does not need is no reason to fail it.
  unused?.pool.destroy().catch(() => undefined);
}

function takePool(filename: string, workers: number): Tinypool {
  const ready = prestarted;
  if (ready?.workers === workers) {
    prestarted = undefined;
    return ready.pool;
  }
  releasePrestartedPool();
  return newPool(filename, workers);
}

/**
 * Lint files on `threads` threads: the main thread (with `local`) and threads − 1 workers, all
 * taking batches from one queue. The main thread lints too because it would otherwise sit idle,
 * and each worker costs memory for its own copy of rules and catalogues. Results come back in the
 * order of `files` whatever order batches finish in, packed (packed-result.ts); `onDone` is called
 * as results arrive, with the index in `files` of the first.
 */
export async function lintInWorkers(
  files: string[],
  threads: number,
  task: Omit<WorkerTask, 'files'>,
  local: (file: string) => Promise<PackedResult>,
  onDone?: (first: number, results: PackedResult[]) => void,
): Promise<PackedResult[]> {
  const filename = workerModule();
  if (!filename) throw new Error('worker module not built (run npm run build)');
  const workers = threads - 1;
  const pool = takePool(filename, workers);
  // Small batches keep every thread busy to the end; large enough that messaging stays cheap.
  const size = Math.max(1, Math.min(32, Math.ceil(files.length / (threads * 8))));
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += size) batches.push(files.slice(i, i + size));
  const results = new Array<PackedResult[]>(batches.length);
  let next = 0;

  const viaWorker = async () => {
    while (next < batches.length) {
      const b = next++;
      results[b] = (await pool.run({ ...task, files: batches[b] } satisfies WorkerTask)) as PackedResult[];
      onDone?.(b * size, results[b]);
    }
  };
  const onMainThread = async () => {
    while (next < batches.length) {
      const b = next++;
      const out: PackedResult[] = [];
      for (const file of batches[b]) {
        const result = await local(file);
        onDone?.(b * size + out.length, [result]);
        out.push(result);
        // Let finished workers pick up their next batch between files.
        await new Promise((resolve) => setImmediate(resolve));
      }
      results[b] = out;
    }
  };
  try {
    const loops = [onMainThread()];
    for (let w = 0; w < workers * 2; w++) loops.push(viaWorker());
    await Promise.all(loops);
    return results.flat();
  } finally {
    await pool.destroy();
  }
}
