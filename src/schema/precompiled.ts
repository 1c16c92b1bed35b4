import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';

/**
 * Validators generated at build time (scripts/compile-schemas.mjs writes Ajv's standalone code for
 * policylint's own schemas and the built-in rules' option schemas next to this module in dist/),
 * keyed by the schema's JSON text: a schema whose text changed since the build has no entry and is
 * compiled at run time, so a stale file can only cost time, never change a result.
 */
export const PRECOMPILED_FILE = 'precompiled-validators.cjs';

let byKey: Map<string, ValidateFunction> | null | undefined;

export function precompiledValidator(schema: object): ValidateFunction | undefined {
  if (byKey === undefined) {
    try {
      const generated = createRequire(import.meta.url)(`./${PRECOMPILED_FILE}`) as { validators: Record<string, ValidateFunction>; keys: Record<string, string> };
      byKey = new Map(Object.entries(generated.keys).map(([name, key]) => [key, generated.validators[name]]));
    } catch {
      // Running from the sources (tests): nothing was generated.
      byKey = null;
    }
  }
  return byKey?.get(JSON.stringify(schema));
}
