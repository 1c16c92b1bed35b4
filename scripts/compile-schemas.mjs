// Build step (after tsc): Ajv's standalone code for policylint's own schemas and the built-in rules'
// option schemas, written to dist/src/schema/precompiled-validators.cjs, so that a lint run neither
// loads Ajv nor generates validator code at start-up (see src/schema/precompiled.ts).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const { createAjv } = await import(join(dist, 'src/schema/ajv.js'));
const { PRECOMPILED_FILE } = await import(join(dist, 'src/schema/precompiled.js'));
const { builtinRules } = await import(join(dist, 'rules/index.js'));
const standaloneCode = createRequire(import.meta.url)('ajv/dist/standalone').default;

// The schemas the product validates with (schemas/sarif-2.1.0 is for the tests, draft-04).
const schemas = readdirSync(join(root, 'schemas'))
  .filter((f) => f.endsWith('.schema.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(root, 'schemas', f), 'utf8')));
for (const rule of builtinRules) if (rule.meta.schema !== undefined) schemas.push(rule.meta.schema);

const ajv = createAjv({ code: { source: true } });
const refs = {};
const keys = {};
const seen = new Set();
for (const schema of schemas) {
  const key = JSON.stringify(schema);
  if (seen.has(key)) continue;
  seen.add(key);
  const name = `v${seen.size - 1}`;
  ajv.addSchema(schema, name);
  refs[name] = name;
  keys[name] = key;
}
const code = `${standaloneCode(ajv, refs)}\nexports.keys = ${JSON.stringify(keys)};\n`;
// standaloneCode exports each validator under its name; precompiled.ts reads them as `validators`.
const out = `"use strict";\nconst validators = {};\n${code.replace(/^"use strict";/, '').replace(/exports\.(v\d+) = /g, 'validators.$1 = exports.$1 = ')}\nexports.validators = validators;\n`;
writeFileSync(join(dist, 'src/schema', PRECOMPILED_FILE), out);
console.log(`compile-schemas: ${seen.size} validators -> dist/src/schema/${PRECOMPILED_FILE}`);
