import type { CatalogueSet } from '../catalogue/types.js';

export interface CatalogueLoadProblem {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

/** The catalogues and known documents shipped in the package's `catalogues/` folder. (Stub.) */
export function loadShippedCatalogues(): CatalogueSet {
  return { catalogues: [], documents: [] };
}

/** Add user catalogue files (YAML) to a set; problems are returned, never thrown. (Stub.) */
export function loadCatalogueFiles(files: string[], base: CatalogueSet): { set: CatalogueSet; problems: CatalogueLoadProblem[] } {
  void files;
  return { set: base, problems: [] };
}
