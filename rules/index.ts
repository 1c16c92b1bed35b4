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
import referenceDocnumBracket from './reference-docnum-bracket.js';
import referenceDocnumYear from './reference-docnum-year.js';
import referenceDocnumSerial from './reference-docnum-serial.js';
import referenceCiteParen from './reference-cite-paren.js';
import referenceCiteWithoutTitle from './reference-cite-without-title.js';
import referenceCiteConsistency from './reference-cite-consistency.js';
import referenceNestedTitle from './reference-nested-title.js';
import dateSigningNumerals from './date-signing-numerals.js';
import dateZeroPadded from './date-zero-padded.js';
import dateTwoDigitYear from './date-two-digit-year.js';
import dateWeekday from './date-weekday.js';
import dateRangeDash from './date-range-dash.js';

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
  referenceDocnumBracket,
  referenceDocnumYear,
  referenceDocnumSerial,
  referenceCiteParen,
  referenceCiteWithoutTitle,
  referenceCiteConsistency,
  referenceNestedTitle,
  dateSigningNumerals,
  dateZeroPadded,
  dateTwoDigitYear,
  dateWeekday,
  dateRangeDash,
] as unknown as Rule<never>[];
