import { UsageError } from '../config/usage-error.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Read `k/n` (1 ≤ k ≤ n), full-width digits and slash accepted as typed on a Chinese keyboard. */
export function parseShard(raw: string): Shard {
  const text = raw.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace('／', '/');
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard 的值应为 k/n，且 1 ≤ k ≤ n（实际为“${raw}”），例如 --shard 2/4`, `--shard must be k/n with 1 ≤ k ≤ n (found "${raw}"), e.g. --shard 2/4`);
  }
  return { index, count };
}

/**
 * Which shard (0-based) each file goes to: largest files first (ties by path), each to the shard
 * with the fewest bytes so far (ties to the lower shard). Deterministic for the same file set
 * and sizes on every machine, and balanced by size rather than by count.
 */
export function assignShards(files: readonly { path: string; size: number }[], count: number): number[] {
  const order = files.map((_, i) => i).sort((a, b) => files[b].size - files[a].size || (files[a].path < files[b].path ? -1 : files[a].path > files[b].path ? 1 : 0));
  const load = new Array<number>(count).fill(0);
  const out = new Array<number>(files.length);
  for (const i of order) {
    let best = 0;
    for (let s = 1; s < count; s++) if (load[s] < load[best]) best = s;
    out[i] = best;
    // An empty file still costs a parse: count it as one byte so shards also balance by count.
    load[best] += Math.max(1, files[i].size);
  }
  return out;
}

/** The files of one shard, in their original (sorted) order. */
export function selectShard<T extends { path: string; size: number }>(files: readonly T[], shard: Shard): T[] {
  const assigned = assignShards(files, shard.count);
  return files.filter((_, i) => assigned[i] === shard.index - 1);
}
