import type { Rule } from '../src/engine/rule.js';
import structureFrontMatter from './structure-front-matter.js';
import dateInvalid from './date-invalid.js';
import dateReferenceMismatch from './date-reference-mismatch.js';
import dateAnachronism from './date-anachronism.js';
import dateDocNumberYear from './date-doc-number-year.js';
import dateMissingYear from './date-missing-year.js';
import targetMissing from './target-missing.js';
import targetPastDeadline from './target-past-deadline.js';
import targetNonMonotonic from './target-non-monotonic.js';
import targetNoDeadline from './target-no-deadline.js';
import listCountMismatch from './list-count-mismatch.js';
import listInconsistent from './list-inconsistent.js';
import listDuplicateItem from './list-duplicate-item.js';
import catalogueUnknownItem from './catalogue-unknown-item.js';
import catalogueMisquote from './catalogue-misquote.js';

/** Every built-in rule, in documentation order. */
export const builtinRules: readonly Rule<never>[] = [
  structureFrontMatter,
  dateInvalid,
  dateReferenceMismatch,
  dateAnachronism,
  dateDocNumberYear,
  dateMissingYear,
  targetMissing,
  targetPastDeadline,
  targetNonMonotonic,
  targetNoDeadline,
  listCountMismatch,
  listInconsistent,
  listDuplicateItem,
  catalogueUnknownItem,
  catalogueMisquote,
] as unknown as Rule<never>[];
