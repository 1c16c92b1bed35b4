// The runner's threads as the command line sees them before a run: parse --concurrency, and start
// workers early (cli/prestart.ts). Light on purpose: bin.ts imports it before the linter's modules.
import { parseConcurrency, prestartPool, workerCount, type Concurrency } from './threads/workers.js';

export { parseConcurrency, type Concurrency };

/**
 * How many threads a run of `files` files will lint on (1: the main thread alone), starting the
 * workers now when there will be more, so they load their modules while the main thread loads
 * its own. A run that then needs none releases them.
 */
export function prestartThreads(concurrency: Concurrency, files: number): number {
  const threads = workerCount(concurrency, files);
  if (threads > 1) prestartPool(threads - 1);
  return threads;
}
