/*
 * Front matter almost always has one shape: one `key: value` line per field, each value a plain
 * string (title: 关于…的通知, date: 2024-04-11, level: city). Reading that shape line by line gives
 * what the YAML parser gives (same strings, same ranges) at a fraction of its cost; anything else —
 * quotes, comments, lists, numbers, booleans, nulls, block scalars, duplicate keys, odd whitespace —
 * is left to the YAML parser (the answer is then undefined).
 */

export interface FlatEntry {
  key: string;
  value: string;
  /** Offsets in the YAML text, as the YAML parser's node ranges give them ([start, end)). */
  keyRange: [number, number];
  valueRange: [number, number];
}

// A key YAML reads as a plain string: letters first (no number), no indicator characters.
const KEY = /^(?:[A-Za-z][A-Za-z0-9_]*|[\u4e00-\u9fff]+)$/;
// Plain scalars YAML 1.2's core schema reads as null or a boolean, not as a string.
const NOT_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
// An ASCII value that starts with a digit, sign or dot may be a number; only the plain ISO date is
// taken. The core schema's numbers, booleans and nulls are all ASCII: 2030年目标 is a string.
const NUMBER_LIKE = /^[\d+\-.][\x00-\x7f]*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// Characters that may start an indicator or a quoted scalar; tabs, controls and line separators,
// which YAML and JavaScript see differently; a comment ( #) or a nested mapping (: or a final :).
// A `:` or `#` inside a word stays part of the string (source: https://…, 第#3号).
const FIRST_INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
const UNSAFE = /[\t\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]|: | #|:$|\s$/;

/** The entries of a flat mapping of plain strings, or undefined when the text has another shape. */
export function readFlatMapping(yaml: string): FlatEntry[] | undefined {
  if (!yaml) return undefined;
  const entries: FlatEntry[] = [];
  const seen = new Set<string>();
  let lineStart = 0;
  while (lineStart <= yaml.length) {
    let lineEnd = yaml.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = yaml.length;
    const colon = yaml.indexOf(': ', lineStart);
    if (colon === -1 || colon >= lineEnd) return undefined;
    const key = yaml.slice(lineStart, colon);
    if (!KEY.test(key) || NOT_STRING.test(key) || seen.has(key)) return undefined;
    let valueStart = colon + 2;
    while (valueStart < lineEnd && yaml.charCodeAt(valueStart) === 0x20) valueStart++;
    const value = yaml.slice(valueStart, lineEnd);
    if (!value || FIRST_INDICATOR.test(value) || UNSAFE.test(value) || NOT_STRING.test(value)) return undefined;
    if (NUMBER_LIKE.test(value) && !ISO_DATE.test(value)) return undefined;
    seen.add(key);
    entries.push({ key, value, keyRange: [lineStart, colon], valueRange: [valueStart, lineEnd] });
    lineStart = lineEnd + 1;
  }
  return entries;
}
