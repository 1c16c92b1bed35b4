import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { FileLintResult } from '../lint-one.js';

/**
 * A file's result as deflated UTF-8 JSON, kept while the run goes on. A run over tens of thousands
 * of files keeps every result for the report; as objects they take about 2 KB of V8 heap a file,
 * and V8 lets the heap grow to twice its live data, so peak memory grew with the number of files.
 * As bytes outside the heap the heap stays small, and worker threads send them to the main thread
 * as one copy instead of a structured clone of many objects. Deflated, a result takes 0.4x its
 * JSON (the same rule messages recur): 50,000 drafts keep about 24 MB instead of 61 MB, for about
 * 30 µs a file to pack and 10 µs each time it is read back, about 2% of linting it. Results are
 * plain data (the cache stores them as JSON too), so unpacking gives an equal result.
 */
export type PackedResult = Uint8Array;

// A small window: a result is a few KB, and zlib sets up less state per call.
const ZLIB = { level: 1, windowBits: 12, memLevel: 4 } as const;

export function packResult(result: FileLintResult): PackedResult {
  const deflated = deflateRawSync(JSON.stringify(result), ZLIB);
  // A copy of its own size: zlib's output is a view of a 16 KB buffer, which a thread would send whole.
  return new Uint8Array(deflated);
}

/**
 * What a run keeps of a file until the report: its packed result, or the result itself when it is
 * held anyway. A cache hit is: the cache keeps every entry for the whole run, so packing it would
 * only add a copy, and time (stringify and deflate, then inflate and parse, for a result that was
 * just read from the cache file).
 */
export type KeptResult = PackedResult | FileLintResult;

export function unpackResult(kept: KeptResult): FileLintResult {
  if (!(kept instanceof Uint8Array)) return kept;
  return JSON.parse(inflateRawSync(kept, { windowBits: ZLIB.windowBits }).toString('utf8')) as FileLintResult;
}

/** Kept results read back one at a time, on every iteration: only the one in hand is unpacked. */
export function unpacked(packed: readonly KeptResult[]): Iterable<FileLintResult> {
  return {
    *[Symbol.iterator]() {
      for (const p of packed) yield unpackResult(p);
    },
  };
}
