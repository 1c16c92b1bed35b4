/** Chinese and Arabic numerals as they appear in policy texts. */

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, O: 0, 0: 0,
  一: 1, 壹: 1,
  二: 2, 两: 2, 贰: 2,
  三: 3, 叁: 3,
  四: 4, 肆: 4,
  五: 5, 伍: 5,
  六: 6, 陆: 6,
  七: 7, 柒: 7,
  八: 8, 捌: 8,
  九: 9, 玖: 9,
};

const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Character class of Chinese numeral characters (for building regexes). */
export const CN_NUMERAL = '〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟';
/** Digits only (for years written digit by digit: 二〇二三). */
export const CN_DIGIT = '〇零一二三四五六七八九';

/**
 * Value of a Chinese numeral: 十 → 10, 二十一 → 21, 一百零五 → 105, 两万 → 20000, 百 → 100.
 * Returns undefined when the text is not a numeral.
 */
export function parseChineseNumber(text: string): number | undefined {
  if (!text) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch in UNITS) {
      section += (digit ?? 1) * UNITS[ch];
      digit = undefined;
    } else if (ch in BIG_UNITS) {
      total = (total + section + (digit ?? 0) || 1) * BIG_UNITS[ch];
      section = 0;
      digit = undefined;
    } else return undefined;
  }
  return total + section + (digit ?? 0);
}

/** A year written digit by digit: 二〇二三 → 2023 (also 二0二三, 二零二三). */
export function parseChineseYear(text: string): number | undefined {
  if (text.length !== 4) return undefined;
  let n = 0;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d === undefined) return undefined;
    n = n * 10 + d;
  }
  return n;
}

/** Arabic (folded to ASCII) or Chinese numeral → number. */
export function parseNumber(text: string): number | undefined {
  const t = text.replace(/[,，]/g, '');
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  return parseChineseNumber(t);
}
