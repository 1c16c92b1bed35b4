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
import punctuationHalfwidth from './punctuation-halfwidth.js';
import punctuationUnpaired from './punctuation-unpaired.js';
import punctuationEllipsis from './punctuation-ellipsis.js';
import punctuationDash from './punctuation-dash.js';
import punctuationRepeat from './punctuation-repeat.js';
import punctuationOrdinal from './punctuation-ordinal.js';
import punctuationHeadingStop from './punctuation-heading-stop.js';
import punctuationDunhaoConjunction from './punctuation-dunhao-conjunction.js';
import numberApproxDunhao from './number-approx-dunhao.js';
import numberApproxRedundant from './number-approx-redundant.js';
import numberFullwidthDigit from './number-fullwidth-digit.js';
import numberZeroGlyph from './number-zero-glyph.js';
import numberRangeUnit from './number-range-unit.js';
import numberRangeSign from './number-range-sign.js';
import structureHeadingOrder from './structure-heading-order.js';
import structureNumberingSequence from './structure-numbering-sequence.js';
import structureAttachmentMismatch from './structure-attachment-mismatch.js';
import structurePlaceholder from './structure-placeholder.js';
import termSubstitution from './term-substitution.js';

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
  punctuationHalfwidth,
  punctuationUnpaired,
  punctuationEllipsis,
  punctuationDash,
  punctuationRepeat,
  punctuationOrdinal,
  punctuationHeadingStop,
  punctuationDunhaoConjunction,
  numberApproxDunhao,
  numberApproxRedundant,
  numberFullwidthDigit,
  numberZeroGlyph,
  numberRangeUnit,
  numberRangeSign,
  structureHeadingOrder,
  structureNumberingSequence,
  structureAttachmentMismatch,
  structurePlaceholder,
  termSubstitution,
] as unknown as Rule<never>[];
