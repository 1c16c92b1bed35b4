// Build step (after tsc): parse the shipped catalogues/*.yaml once and store the results with each
// file's text in dist/src/files/shipped-catalogues.json; loadShippedCatalogues uses an entry only
// while the file's text is unchanged, so every start-up skips YAML parsing and schema validation.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { parseCatalogueYaml } = await import(join(root, 'dist/src/catalogue/parse.js'));
const { PARSED_CATALOGUES_FILE } = await import(join(root, 'dist/src/files/catalogues.js'));

const entries = {};
for (const f of readdirSync(join(root, 'catalogues')).filter((f) => /\.ya?ml$/.test(f)).sort()) {
  const name = `catalogues/${f}`;
  const text = readFileSync(join(root, name), 'utf8');
  const parsed = parseCatalogueYaml(text, name);
  // Only what JSON keeps exactly (no undefined, no shared objects): anything else is parsed at run time.
  if (isDeepStrictEqual(JSON.parse(JSON.stringify(parsed)), parsed)) entries[name] = { text, parsed };
  else console.warn(`parse-shipped-catalogues: ${name} does not survive JSON; it will be parsed at run time`);
}
writeFileSync(join(root, 'dist/src/files', PARSED_CATALOGUES_FILE), JSON.stringify(entries));
console.log(`parse-shipped-catalogues: ${Object.keys(entries).length} files -> dist/src/files/${PARSED_CATALOGUES_FILE}`);
