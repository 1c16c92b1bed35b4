import type { DocNumber, TextBlock } from './types.js';
import { blockRange } from '../parse/text-blocks.js';
import { matchAll } from '../parse/match-all.js';

// Matched on folded text: （ ） are full width there, ［］ folded to [ ].
// Groups: 1 issuer code, 2 opening bracket, 3 year, 4 closing bracket, 5 serial as written (第05), 6 its digits.
const DOC_NUMBER = /([\u4e00-\u9fff]{1,10})\s*([〔\[（【])\s*(\d{2,4})\s*([〕\]）】])\s*((?:第\s*)?(\d{1,4}))\s*号/dg;
// Words that run into an issuer code in prose (根据国发〔2024〕5号) and are not part of it.
const LEADING_WORDS = /^(?:.*?(?:根据|依据|按照|参照|对照|印发|转发|落实|贯彻|执行|文件|通知|及|和|与|即|是|为|的))/;

/** Parse a 文号 written on its own (front matter): 徐政办发〔2024〕2号, 苏政发[2023]104号. */
export function parseDocNumber(text: string): Omit<DocNumber, 'range' | 'yearRange'> | undefined {
  const folded = text.trim().replace(/［/g, '[').replace(/］/g, ']').replace(/\(/g, '（').replace(/\)/g, '）');
  DOC_NUMBER.lastIndex = 0;
  const m = DOC_NUMBER.exec(folded);
  // exec on a global regex leaves lastIndex set, and matchAll in extractDocNumbers starts from it.
  DOC_NUMBER.lastIndex = 0;
  if (!m || m.index !== 0) return undefined;
  return toDocNumber(m[0], m[1], m[3], m[5], m[6]);
}

function toDocNumber(text: string, code: string, yearText: string, serialText: string, serialDigits: string) {
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  const serial = Number(serialDigits);
  return { text, code, year, serial, key: `${code}〔${year}〕${serial}号`, yearText, serialText };
}

/** Every 文号 in a block, with the issuer code trimmed of the prose before it. */
export function extractDocNumbers(block: TextBlock): DocNumber[] {
  const out: DocNumber[] = [];
  // Every 文号 ends in 号; most blocks have none, and the pattern is costly to try at each Han character.
  if (!block.norm.includes('号')) return out;
  for (const m of matchAll(block.norm, DOC_NUMBER)) {
    let code = m[1];
    let start = m.index!;
    const lead = LEADING_WORDS.exec(code);
    if (lead && lead[0].length < code.length) {
      code = code.slice(lead[0].length);
      start += lead[0].length;
    }
    const end = m.index! + m[0].length;
    const [yearAt, yearEnd] = m.indices![3];
    const [openAt] = m.indices![2];
    const [, closeEnd] = m.indices![4];
    const [serialAt, serialEnd] = m.indices![5];
    // Year and serial as written: the folded text has ASCII digits where the source may have full-width ones.
    const base = toDocNumber(block.text.slice(start, end), code, m[3], block.text.slice(serialAt, serialEnd), m[6]);
    out.push({
      ...base,
      yearText: block.text.slice(yearAt, yearEnd),
      range: blockRange(block, start, end),
      yearRange: blockRange(block, yearAt, yearEnd),
      serialRange: blockRange(block, serialAt, serialEnd),
      brackets: { open: block.text[openAt], close: block.text[closeEnd - 1], range: blockRange(block, openAt, closeEnd) },
    });
  }
  return out;
}
