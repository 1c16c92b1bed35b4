import type { FileLintResult } from './lint-one.js';

/**
 * A file's result as UTF-8 JSON bytes, kept while the run goes on. A run over tens of thousands of
 * files keeps every result for the report; as objects they take about 2 KB of V8 heap a file, and
 * V8 lets the heap grow to twice its live data, so peak memory grew with the number of files. As
 * bytes outside the heap they take about half that, the heap stays small, and worker threads send
 * them to the main thread as one copy instead of a structured clone of many objects. Results are
 * plain data (the cache stores them as JSON too), so unpacking gives an equal result.
 */
export type PackedResult = Uint8Array;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function packResult(result: FileLintResult): PackedResult {
  return encoder.encode(JSON.stringify(result));
}

export function unpackResult(packed: PackedResult): FileLintResult {
  return JSON.parse(decoder.decode(packed)) as FileLintResult;
}

/** Packed results read back one at a time, on every iteration: only the one in hand is an object. */
export function unpacked(packed: readonly PackedResult[]): Iterable<FileLintResult> {
  return {
    *[Symbol.iterator]() {
      for (const p of packed) yield unpackResult(p);
    },
  };
}

export function firstOf<T>(items: Iterable<T>): T | undefined {
  for (const item of items) return item;
  return undefined;
}
