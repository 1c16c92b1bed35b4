import type { DocumentMeta } from '../model/types.js';
import type { Catalogue, CatalogueSet } from './types.js';

/**
 * The catalogue of the government directly above the document: named by front matter
 * `catalogue`, or else found by province and level. Never a catalogue that does not govern it.
 * (Filled in by the catalogue work.)
 */
export function resolveParentCatalogue(meta: DocumentMeta, set: CatalogueSet): Catalogue | undefined {
  void meta; void set;
  return undefined;
}
