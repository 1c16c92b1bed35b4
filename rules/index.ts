import type { Rule } from '../src/engine/rule.js';
import structureFrontMatter from './structure-front-matter.js';

/** Every built-in rule, in documentation order. */
export const builtinRules: readonly Rule<never>[] = [
  structureFrontMatter,
] as unknown as Rule<never>[];
