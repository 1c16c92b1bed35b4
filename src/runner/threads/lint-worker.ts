import { ConfigResolver, type ConfigResolverOptions } from '../../config/index.js';
import { lintOneFile } from '../lint-one.js';
import { packResult, type PackedResult } from './packed-result.js';
import type { Locale } from '../../engine/rule.js';

/** What a worker needs to rebuild the run's configuration itself: plain data, never functions. */
export interface WorkerTask {
  files: string[];
  /** The main thread's resolver options (ConfigResolver.workerOptions): config file, lookup, ignores. */
  resolver: Omit<ConfigResolverOptions, 'rules'>;
  locale?: Locale;
  stats?: boolean;
  reportData?: boolean;
}

// One resolver per distinct setup, kept for the worker's life: configs and catalogues load once per thread.
const resolvers = new Map<string, ConfigResolver>();

export default async function lintBatch(task: WorkerTask): Promise<PackedResult[]> {
  const key = JSON.stringify(task.resolver);
  let resolver = resolvers.get(key);
  if (!resolver) {
    resolver = new ConfigResolver(task.resolver);
    resolvers.set(key, resolver);
  }
  // .mjs configs and plugins are modules: each thread imports them itself, by path.
  await resolver.preload(task.files);
  const out: PackedResult[] = [];
  for (const file of task.files) out.push(packResult(await lintOneFile(file, resolver, { locale: task.locale, stats: task.stats, reportData: task.reportData })));
  return out;
}
