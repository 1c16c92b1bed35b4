import { ConfigResolver } from './config.js';
import { lintOneFile, type FileLintResult } from './lint-one.js';
import type { Locale } from '../engine/rule.js';

/** What a worker needs to rebuild the run's configuration itself: plain data, never functions. */
export interface WorkerTask {
  files: string[];
  cwd: string;
  configFile?: string;
  includeInfo?: boolean;
  locale?: Locale;
  stats?: boolean;
}

// One resolver per distinct setup, kept for the worker's life: configs and catalogues load once per thread.
const resolvers = new Map<string, ConfigResolver>();

export default async function lintBatch(task: WorkerTask): Promise<FileLintResult[]> {
  const key = JSON.stringify([task.cwd, task.configFile ?? null, task.includeInfo ?? false]);
  let resolver = resolvers.get(key);
  if (!resolver) {
    resolver = new ConfigResolver({ cwd: task.cwd, configFile: task.configFile, includeInfo: task.includeInfo });
    resolvers.set(key, resolver);
  }
  const out: FileLintResult[] = [];
  for (const file of task.files) out.push(await lintOneFile(file, resolver, { locale: task.locale, stats: task.stats }));
  return out;
}
