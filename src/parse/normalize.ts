/**
 * Character folding shared by every extractor. One UTF-16 unit maps to one, so indices into the
 * folded text are indices into the original text.
 */

const HALF_TO_FULL: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '(': '（',
  ')': '）',
  '!': '！',
  '?': '？',
  '~': '～',
  '\u301c': '～', // 〜 wave dash
};

export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // Full-width ASCII variants (digits, Latin letters, %, +, -, .) → ASCII, except the marks kept full-width below.
  if (code >= 0xff01 && code <= 0xff5e) {
    const ascii = String.fromCharCode(code - 0xfee0);
    return HALF_TO_FULL[ascii] ?? ascii;
  }
  if (ch === '\r' || ch === '\n' || ch === '\t' || ch === '\u3000' || ch === '\u00a0') return ' ';
  return HALF_TO_FULL[ch] ?? ch;
}

// Every character foldChar changes; one regex pass is far cheaper than building the string char by char.
// The full-width marks that fold to themselves (！（），：；？～ at ff01 ff08 ff09 ff0c ff1a ff1b ff1f
// ff5e) are left out: they are a draft's commonest marks, and a callback returning each unchanged cost more than the rest.
const FOLDABLE = /[\uff02-\uff07\uff0a\uff0b\uff0d-\uff19\uff1c-\uff1e\uff20-\uff5d\r\n\t\u3000\u00a0,:;()!?~\u301c]/g;

export function foldText(text: string): string {
  return text.replace(FOLDABLE, foldChar);
}

/** Han ideographs (with 〇) — used to decide whether a line break joins two Chinese words. */
export function isHan(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3007;
}

/** CJK characters and full-width punctuation: a soft line break between two of them is no space. */
export function isCjkWide(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return isHan(ch) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2018 && c <= 0x201f) || c === 0x2014 || c === 0x2026;
}
