import { parseArgs } from 'node:util';
import { discoverFiles, type Discovery } from '../files/discover.js';
import { CLI_OPTIONS } from './option-table.js';
import { parseConcurrency, prestartThreads } from '../runner/concurrency.js';

/** What bin.ts found before the linter's modules loaded: the files of a plain lint, with threads starting if they pay. */
export interface Prestart {
  /** The patterns discovered (the default '.' when none was given) and the directory they are relative to. */
  patterns: string[];
  cwd: string;
  discovery: Discovery;
  /** Threads the run is expected to lint on (1: the main thread alone, no workers started). */
  threads: number;
}

/**
 * Read the command line and find the files before the linter's modules load, and start worker
 * threads when the file count calls for them. Loading the modules takes the main thread about
 * 0.4 s, and a worker needs as long again for its own; started afterwards, a worker loaded them
 * while the main thread was already linting and compiling, on the same two cores, and was ready
 * only 1.16 s into a run of 10,000 drafts (0.55–0.85 s when started here).
 *
 * Only a plain lint of files qualifies, and only a guess is made: whatever is not clear here
 * (a usage error, --stdin, --fix, --cache, --shard, --changed-since, a subcommand) is left to the
 * full parse in main.ts, and a run that ends up needing no workers releases them
 * (releasePrestartedPool). Returns undefined when nothing was done.
 */
export async function prestart(argv: string[], cwd: string): Promise<Prestart | undefined> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: CLI_OPTIONS, allowPositionals: true, strict: true });
  } catch {
    return undefined;
  }
  const { values, positionals } = parsed;
  const notPlainLint =
    values.help || values.version || values['list-rules'] || values.explain !== undefined || values['print-config'] !== undefined || values.init || values.stdin;
  // Fixing stays on the main thread; the cache, shards and --changed-since lint a part only of what is found here.
  const partOnly = values.fix || values['fix-dry-run'] || values.cache || values.shard !== undefined || values['changed-since'] !== undefined;
  if (notPlainLint || partOnly || positionals[0] === 'inspect' || positionals[0] === 'merge-reports') return undefined;
  const patterns = positionals.length ? positionals : ['.'];
  try {
    const discovery = await discoverFiles(patterns, cwd);
    const threads = prestartThreads(parseConcurrency(values.concurrency ?? 'auto'), discovery.files.length);
    return { patterns, cwd, discovery, threads };
  } catch {
    // A pattern that cannot be read or a bad --concurrency: main.ts reports it.
    return undefined;
  }
}

/** The prestart's discovery when it is of exactly these patterns in this directory. */
export function prestartedDiscovery(found: Prestart | undefined, patterns: string[], cwd: string): Discovery | undefined {
  if (!found || found.cwd !== cwd) return undefined;
  const asked = patterns.length ? patterns : ['.'];
  return asked.length === found.patterns.length && asked.every((p, i) => p === found.patterns[i]) ? found.discovery : undefined;
}
