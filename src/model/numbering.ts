import type { TextBlock, NumberedLead, NumberingStyle, AttachmentFacts } from './types.js';
import { blockRange } from '../parse/text-blocks.js';
import { parseChineseNumber } from '../parse/chinese-numbers.js';
import { matchAll } from '../parse/match-all.js';

// Matched against the folded text. Unlike sections, long paragraphs count too: a numbered
// paragraph of prose is still a member of its series (（一）…（二）…).
const LEADS: { style: NumberingStyle; re: RegExp; rank: number }[] = [
  { style: 'chinese', re: /^(\s*)([一二三四五六七八九十]{1,3})[、．.](?!\d)/, rank: 1 },
  { style: 'paren-chinese', re: /^(\s*)（([一二三四五六七八九十]{1,3})）[、．.]?/, rank: 2 },
  { style: 'arabic', re: /^(\s*)(\d{1,2})(?:[．.](?!\d)|、)/, rank: 3 },
  { style: 'paren-arabic', re: /^(\s*)（(\d{1,2})）[、．.]?/, rank: 4 },
];
const RANK: Record<NumberingStyle, number> = { chinese: 1, 'paren-chinese': 2, arabic: 3, 'paren-arabic': 4 };

/**
 * Every numbered lead of a heading or paragraph, with the series it belongs to. A lead nests under
 * the nearest earlier lead of a lower rank (一、 > （一） > 1. > （1））; an unnumbered Markdown heading
 * starts a new context, so 1. 2. under two different headings are two series. Ordered-list items are
 * read from their marker as written (the parser renumbers 1. 2. 4. as 1 2 3).
 */
export function extractNumbering(blocks: TextBlock[], source: string, attachments: AttachmentFacts = { headings: [], mentions: [] }): NumberedLead[] {
  const leads: NumberedLead[] = [];
  const rank: number[] = [];
  let stack: number[] = [];
  let context = 0;
  const seriesIds = new Map<string, number>();
  for (const block of blocks) {
    if (block.kind !== 'heading' && block.kind !== 'paragraph') continue;
    // The 附件说明's 1. 2. are not sections; an attachment (附件1) is a document of its own.
    const note = attachments.note?.range;
    if (note && block.range.start >= note.start && block.range.start < note.end) continue;
    if (attachments.headings.some((h) => h.range.start === block.range.start)) {
      context++;
      stack = [];
      continue;
    }
    const lead = readLead(block, source);
    if (!lead) {
      if (block.kind === 'heading') {
        context++;
        stack = [];
      }
      continue;
    }
    const r = RANK[lead.style];
    while (stack.length && rank[stack[stack.length - 1]] >= r) stack.pop();
    const parent = stack.length ? stack[stack.length - 1] : -1;
    const key = `${context}:${parent}:${lead.style}`;
    if (!seriesIds.has(key)) seriesIds.set(key, seriesIds.size);
    // Written out rather than spread: a spread builds the object key by key, slow at this rate.
    leads.push({ style: lead.style, value: lead.value, text: lead.text, range: lead.range, valueRange: lead.valueRange, block: block.index, parent, series: seriesIds.get(key)!, rank: r, context });
    rank.push(r);
    stack.push(leads.length - 1);
  }
  return leads;
}

function readLead(block: TextBlock, source: string): Omit<NumberedLead, 'block' | 'parent' | 'series' | 'rank' | 'context'> | undefined {
  const marker = listMarker(block, source);
  if (marker) return marker;
  for (const l of LEADS) {
    const m = l.re.exec(block.norm);
    if (!m) continue;
    const value = l.style.includes('chinese') ? parseChineseNumber(m[2]) : Number(m[2]);
    if (value === undefined) continue;
    const numStart = m[1].length + (l.style.startsWith('paren') ? 1 : 0);
    return {
      style: l.style,
      value,
      text: block.text.slice(m[1].length, m[0].length),
      range: blockRange(block, m[1].length, m[0].length),
      valueRange: blockRange(block, numStart, numStart + m[2].length),
    };
  }
  return undefined;
}

/** The `3.` or `3)` marker of an ordered-list item, read from the source line before the paragraph. */
function listMarker(block: TextBlock, source: string): Omit<NumberedLead, 'block' | 'parent' | 'series' | 'rank' | 'context'> | undefined {
  const start = block.range.start;
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const m = /^([ \t]*(?:>[ \t]*)*)(\d{1,9})([.)])[ \t]+$/.exec(source.slice(lineStart, start));
  if (!m) return undefined;
  const s = lineStart + m[1].length;
  return {
    style: 'arabic',
    value: Number(m[2]),
    text: m[2] + m[3],
    range: { start: s, end: s + m[2].length + 1 },
    valueRange: { start: s, end: s + m[2].length },
  };
}

/**
 * The 附件说明 (附件：1.… 2.…, its items possibly on the following lines, or 附件：清单 for one
 * attachment) and the attachment headings that follow the body (附件1, 附件2, or 附件 alone).
 */
export function extractAttachments(blocks: TextBlock[]): AttachmentFacts {
  const facts: AttachmentFacts = { headings: [], mentions: [] };
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k];
    if (block.kind === 'tableCell' || block.kind === 'html') continue;
    const norm = block.norm;
    const heading = /^\s*附件\s*(\d{1,2})?\s*(?:[：:]\s*)?(?=$|\s|[\u4e00-\u9fff“《])/.exec(norm);
    const note = /^(\s*)附件：\s*/.exec(norm);
    // A heading “附件：村民参与报告” titles the attachments part; the 附件说明 is a paragraph of the body.
    if (note && block.kind !== 'heading' && !facts.note && !/^\s*附件\s*\d/.test(norm)) {
      const items: NonNullable<AttachmentFacts['note']>['items'] = [];
      const addItems = (b: TextBlock, from: number) => {
        const rest = b.norm.slice(from);
        const numbered = [...rest.matchAll(/(\d{1,2})[.．、]\s*([^\d]+?)(?=\s*\d{1,2}[.．、]|\s*$)/g)];
        if (!numbered.length) return false;
        for (const m of numbered) {
          const s = from + m.index!;
          items.push({ number: Number(m[1]), title: m[2].replace(/[。；;]\s*$/, '').trim(), range: blockRange(b, s, s + m[0].length) });
        }
        return true;
      };
      const from = note[0].length;
      if (!addItems(block, from)) {
        const title = block.text.slice(from).trim();
        if (title) items.push({ title, range: blockRange(block, from, block.text.length) });
      } else {
        // Items 2., 3. … pasted on lines of their own.
        while (k + 1 < blocks.length && /^\s*\d{1,2}[.．、]/.test(blocks[k + 1].norm) && blocks[k + 1].norm.length <= 80) {
          const expected = items.length + 1;
          if (Number(/\d{1,2}/.exec(blocks[k + 1].norm)![0]) !== expected) break;
          k++;
          addItems(blocks[k], 0);
        }
      }
      if (items.length) facts.note = { range: { start: block.range.start, end: blocks[k].range.end }, items };
      continue;
    }
    // An attachment heading is short: 附件1 / 附件2：重点任务清单 / 附件.
    if (heading && norm.trim().length <= 40 && (heading[1] !== undefined || norm.trim() === '附件')) {
      const text = block.text.trim();
      const number = heading[1] === undefined ? undefined : Number(heading[1]);
      facts.headings.push({ ...(number === undefined ? {} : { number }), text, range: block.range });
      continue;
    }
    // 详见附件3 in the body, before the attachments start (an attachment may cite its siblings).
    if (facts.headings.length) continue;
    for (const m of matchAll(norm, /附件\s*(\d{1,2})(?![\d.．])/g)) {
      const s = m.index!;
      facts.mentions.push({ number: Number(m[1]), text: block.text.slice(s, s + m[0].length), range: blockRange(block, s, s + m[0].length) });
    }
  }
  return facts;
}
