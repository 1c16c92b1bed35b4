import type { PolicyModel, TextBlock } from './types.js';
import { extractMarks, countPunctuationWidth } from './proofreading.js';
import { extractNumbering, extractAttachments } from './numbering.js';

/** The model's proofreading facts: marks, how the document writes its punctuation, numbering, attachments. */
export function extractProofreadingFacts(blocks: TextBlock[], source: string): Pick<PolicyModel, 'marks' | 'punctuationWidth' | 'numbering' | 'attachments'> {
  const marks = extractMarks(blocks, source);
  const attachments = extractAttachments(blocks);
  return { marks, punctuationWidth: countPunctuationWidth(blocks, marks), numbering: extractNumbering(blocks, source, attachments), attachments };
}
