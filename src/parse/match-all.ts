/**
 * `text.matchAll(re)` as an array, found with `re.exec`. String.prototype.matchAll clones the regex
 * (a species lookup and a new RegExp) on every call, which cost about three times the matching
 * itself for the model's per-block scans. The matches are collected before the caller's loop body
 * runs, so a body that uses the same regex again cannot disturb the scan.
 */
export function matchAll(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchAll needs a global regex');
  const out: RegExpExecArray[] = [];
  // matchAll's clone starts where the regex's lastIndex is and leaves the regex itself untouched.
  const saved = re.lastIndex;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place: step past it as matchAll does.
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = saved;
  return out;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? index + 2 : index + 1;
}
