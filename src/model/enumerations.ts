import type { Enumeration, TextBlock } from './types.js';

/** 、-separated lists with their cue, declared count and group label. */
export function extractEnumerations(blocks: TextBlock[]): Enumeration[] {
  void blocks;
  return [];
}
