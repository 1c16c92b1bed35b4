import type { SourceRange } from './types.js';

// CommonMark lets a backslash escape any ASCII punctuation mark.
const ESCAPABLE = /[!-/:-@[-`{-~]/;

/**
 * A range that starts at a mark written as a Markdown escape (`\[`, `\(`, `\-`), widened over the
 * backslash: the mark as written is two characters, and a fix that replaced only the second would
 * leave a stray backslash (`\〔` shows as written).
 */
export function withEscape(text: string, range: SourceRange): SourceRange {
  const escaped = range.start > 0 && text[range.start - 1] === '\\' && ESCAPABLE.test(text[range.start] ?? '') && !isEscaped(text, range.start - 1);
  return escaped ? { start: range.start - 1, end: range.end } : range;
}

/** Whether the character at `i` is itself escaped (an odd run of backslashes before it). */
function isEscaped(text: string, i: number): boolean {
  let n = 0;
  while (i - 1 - n >= 0 && text[i - 1 - n] === '\\') n++;
  return n % 2 === 1;
}

/** Source text between two marks, without a backslash that escaped the closing mark. */
export function innerSource(text: string, open: number, close: number): string {
  const inner = text.slice(open, close);
  return inner.endsWith('\\') && ESCAPABLE.test(text[close] ?? '') && !isEscaped(text, close - 1) ? inner.slice(0, -1) : inner;
}
