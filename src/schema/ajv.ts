import { createRequire } from 'node:module';
import type { Ajv, Options } from 'ajv';

// Loaded on first use: a plain lint run validates with the validators compiled at build time
// (precompiled.ts) and never needs Ajv, whose loading and code generation cost ~90 ms per process.
const require = createRequire(import.meta.url);

/**
 * The Ajv that policylint's schemas are compiled with, at build time and at run time alike.
 * verbose: errors carry parentSchema, which the unknown-key message lists as the allowed keys.
 */
export function createAjv(extra: Options = {}): Ajv {
  const { Ajv: AjvClass } = require('ajv') as typeof import('ajv');
  const addFormats = require('ajv-formats') as (ajv: Ajv) => Ajv;
  const ajv = new AjvClass({ allErrors: true, strict: false, useDefaults: true, verbose: true, ...extra });
  addFormats(ajv);
  return ajv;
}
