import type { DateFact, TextBlock } from './types.js';

/** Every date expression in the document, in source order. (Filled in by the dates extractor.) */
export function extractDates(blocks: TextBlock[]): DateFact[] {
  void blocks;
  return [];
}
