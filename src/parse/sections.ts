import type { TextBlock, Section, NumberingStyle } from './types.js';
import type { BlockOrigin } from './text-blocks.js';
import { blockRange } from './text-blocks.js';
import { parseChineseNumber } from './chinese-numbers.js';

// Matched against the folded text (full-width brackets and ASCII digits).
const NUMBERING: { style: NumberingStyle; re: RegExp; rank: number }[] = [
  { style: 'chinese', re: /^\s*([一二三四五六七八九十]{1,3})[、．.]\s*/, rank: 1 },
  { style: 'paren-chinese', re: /^\s*（([一二三四五六七八九十]{1,3})）[、．.]?\s*/, rank: 2 },
  { style: 'arabic', re: /^\s*(\d{1,2})(?:[．.](?!\d)|、)\s*/, rank: 3 },
  { style: 'paren-arabic', re: /^\s*（(\d{1,2})）\s*/, rank: 4 },
];

// A numbered lead longer than this is a list item of prose, not a heading (its title is cut at 。).
const MAX_TITLE = 40;

interface Lead {
  style: NumberingStyle;
  value: number;
  /** Text index where the numbering ends and the title starts. */
  after: number;
  numberingEnd: number;
  rank: number;
}

function readNumbering(block: TextBlock, origin: BlockOrigin): Lead | undefined {
  if (origin.listNumber !== undefined) return { style: 'arabic', value: origin.listNumber, after: 0, numberingEnd: 0, rank: 3 };
  for (const n of NUMBERING) {
    const m = n.re.exec(block.norm);
    if (!m) continue;
    const value = n.style.includes('chinese') ? parseChineseNumber(m[1]) : Number(m[1]);
    if (value === undefined) continue;
    return { style: n.style, value, after: m[0].length, numberingEnd: m[0].trimEnd().length, rank: n.rank };
  }
  return undefined;
}

/**
 * Sections from Markdown headings and from paragraphs that open with Chinese numbering
 * (一、 （一） 1. （1）), nested by rank so a draft pasted from Word still has its structure.
 */
export function buildSections(blocks: TextBlock[], origins: BlockOrigin[], textLength: number): Section[] {
  const sections: Section[] = [];
  const ranks: number[] = [];
  const headingDepths = blocks.filter((b) => b.kind === 'heading').map((b) => b.depth!);
  const minDepth = headingDepths.length ? Math.min(...headingDepths) : 1;
  const stack: number[] = [];

  for (const block of blocks) {
    if (block.kind !== 'heading' && block.kind !== 'paragraph') continue;
    const lead = readNumbering(block, origins[block.index]);
    if (block.kind === 'paragraph' && !lead) continue;

    let rank: number;
    if (lead) rank = lead.rank;
    else rank = (block.depth! - minDepth) * 0.5; // unnumbered headings: the top one is the document title.

    let titleEnd = block.text.length;
    if (block.kind === 'paragraph') {
      const stop = block.norm.slice(lead!.after).search(/[。：；！？]/);
      if (stop !== -1) titleEnd = lead!.after + stop;
      if (titleEnd - lead!.after > MAX_TITLE) continue;
    }
    const title = block.text.slice(lead?.after ?? 0, titleEnd).trim();

    while (stack.length && ranks[stack[stack.length - 1]] >= rank) stack.pop();
    const parent = stack.length ? stack[stack.length - 1] : -1;
    const origin = origins[block.index];
    const section: Section = {
      index: sections.length,
      title,
      level: stack.length + 1,
      source: block.kind === 'heading' ? 'markdown' : 'numbered-paragraph',
      headingRange: block.kind === 'heading' ? block.range : blockRange(block, 0, titleEnd),
      range: { start: block.range.start, end: textLength },
      parent,
      blocks: [],
      // A numbered paragraph carries its body after the lead: （一）构建高地。以项目制为牵引…
      hasBody: block.kind === 'paragraph' && block.norm.slice(titleEnd).replace(/^[。：\s]+/, '').trim().length > 0,
      hasNumericTable: false,
    };
    if (lead) {
      const range = origin.listMarker ?? blockRange(block, 0, lead.numberingEnd);
      section.numbering = { style: lead.style, value: lead.value, text: lead.numberingEnd ? block.text.slice(0, lead.numberingEnd).trim() : `${lead.value}.`, range };
      if (origin.listMarker) section.headingRange = { start: origin.listMarker.start, end: section.headingRange.end };
    }
    // Close every open section of the same or a lower rank.
    for (const s of sections) if (s.range.end === textLength && ranks[s.index] >= rank) s.range.end = section.range.start;
    sections.push(section);
    ranks.push(rank);
    stack.push(section.index);
  }

  // Assign each block to the innermost section whose range holds it.
  for (const block of blocks) {
    let owner = -1;
    for (const s of sections) if (s.range.start <= block.range.start && block.range.start < s.range.end) owner = s.index;
    block.section = owner;
    if (owner === -1) continue;
    sections[owner].blocks.push(block.index);
    const body = block.kind !== 'heading' && block.norm.trim().length > 0 && !isSectionLead(sections, block);
    const numericTable = block.kind === 'tableCell' && /\d/.test(block.norm);
    for (let s = owner; s !== -1 && (body || numericTable); s = sections[s].parent) {
      if (body) sections[s].hasBody = true;
      if (numericTable) sections[s].hasNumericTable = true;
    }
  }
  for (const s of sections) if (s.hasBody) for (let p = s.parent; p !== -1; p = sections[p].parent) sections[p].hasBody = true;
  return sections;
}

/** A paragraph that is itself a section's numbered lead: its body was judged when the section was made. */
function isSectionLead(sections: Section[], block: TextBlock): boolean {
  const owner = sections[block.section];
  return owner.source === 'numbered-paragraph' && owner.headingRange.start <= block.range.start && block.range.start < owner.headingRange.end;
}
