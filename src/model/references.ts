import type { DateFact, DocNumber, Reference, TextBlock } from './types.js';

/** Documents cited in 《》, with the 文号, issuer and issue date written with them. */
export function extractReferences(blocks: TextBlock[], docNumbers: DocNumber[], dates: DateFact[]): Reference[] {
  void blocks; void docNumbers; void dates;
  return [];
}
