import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogueSet, parseCatalogueYaml } from '../../src/catalogue/parse.js';
import type { Catalogue, KnownDocument } from '../../src/catalogue/types.js';

// The build (pretest) stores the shipped catalogues' parse results next to dist/src/files/catalogues.js.
const root = join(import.meta.dirname, '../..');
const built = JSON.parse(readFileSync(join(root, 'dist/src/files/shipped-catalogues.json'), 'utf8')) as Record<string, { text: string }>;
const { loadShippedCatalogues } = (await import(join(root, 'dist/src/files/catalogues.js'))) as typeof import('../../src/files/catalogues.js');

describe('shipped catalogues parsed at build time', () => {
  const names = readdirSync(join(root, 'catalogues')).filter((f) => f.endsWith('.yaml')).sort().map((f) => `catalogues/${f}`);

  it('hold every shipped file with its current text', () => {
    expect(Object.keys(built).sort()).toEqual(names);
    for (const name of names) expect(built[name].text).toBe(readFileSync(join(root, name), 'utf8'));
  });

  it('give the same catalogue set as parsing the YAML files', () => {
    const catalogues: Catalogue[] = [];
    const documents: KnownDocument[] = [];
    for (const name of names) {
      const parsed = parseCatalogueYaml(readFileSync(join(root, name), 'utf8'), name);
      expect(parsed.problems).toEqual([]);
      if (parsed.catalogue) catalogues.push(parsed.catalogue);
      if (parsed.documents) documents.push(...parsed.documents);
    }
    expect(loadShippedCatalogues()).toStrictEqual(buildCatalogueSet(catalogues, documents));
  });
});
