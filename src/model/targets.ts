import type { DateFact, DocumentMeta, Section, Target, TextBlock } from './types.js';

/** Quantified goals: year + indicator + value + unit + comparator. */
export function extractTargets(blocks: TextBlock[], sections: Section[], dates: DateFact[], meta: DocumentMeta): Target[] {
  void blocks; void sections; void dates; void meta;
  return [];
}
