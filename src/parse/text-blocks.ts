import type { Root, Nodes, PhrasingContent, ListItem, List } from 'mdast';
import type { TextBlock, BlockKind, BlockSpan } from './types.js';
import { foldText, isCjkWide } from './normalize.js';
import { matchAll } from './match-all.js';

/** Extra facts about a block that only the tree knows (ordered-list numbering for sections). */
export interface BlockOrigin {
  /** For the first paragraph of an ordered list item: its number (list.start + index). */
  listNumber?: number;
  /** Range of the list marker in the source (`1.`), so sections can point at it. */
  listMarker?: { start: number; end: number };
}

/**
 * Flatten the tree into text blocks: one per heading, paragraph and table cell. Markup is dropped,
 * each character keeps its source offset, and a soft line break between two CJK characters is
 * removed (as a browser renders it), so a title broken across lines reads as one.
 */
export function collectTextBlocks(tree: Root, source: string): { blocks: TextBlock[]; origins: BlockOrigin[] } {
  const blocks: TextBlock[] = [];
  const origins: BlockOrigin[] = [];

  const walk = (node: Nodes, origin: BlockOrigin = {}): void => {
    switch (node.type) {
      case 'heading':
        push('heading', node.children, node, origin, node.depth);
        return;
      case 'paragraph':
        push('paragraph', node.children, node, origin);
        return;
      case 'tableCell':
        push('tableCell', node.children, node, origin);
        return;
      case 'list':
        walkList(node);
        return;
      case 'yaml':
      case 'code':
      case 'html':
      case 'definition':
      case 'thematicBreak':
        return;
      default:
        if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
    }
  };

  const walkList = (list: List): void => {
    list.children.forEach((item: ListItem, i) => {
      item.children.forEach((child, j) => {
        if (j === 0 && list.ordered && child.type === 'paragraph' && item.position && child.position) {
          const number = (list.start ?? 1) + i;
          walk(child, { listNumber: number, listMarker: markerRange(source, item.position.start.offset!, child.position.start.offset!) });
        } else walk(child);
      });
    });
  };

  const push = (kind: BlockKind, children: PhrasingContent[], node: Nodes, origin: BlockOrigin, depth?: number): void => {
    if (!node.position) return;
    // Text as chunks (one per node value) with one source offset per UTF-16 unit: one string per
    // block rather than one per character keeps the collector out of the way.
    const chunks: string[] = [];
    const allOffsets: number[] = [];
    const code: { start: number; end: number }[] = [];
    flattenInline(children, source, chunks, allOffsets, code);
    const allText = chunks.join('');
    const pieces = kind === 'paragraph' ? splitAtLineBreaks(allText) : [[0, allText.length]];
    pieces.forEach(([from, to], n) => {
      const whole = from === 0 && to === allText.length;
      const joined = joinLineBreaks(whole ? allText : allText.slice(from, to), whole ? allOffsets : allOffsets.slice(from, to));
      const offsets = joined.offsets;
      const start = n === 0 ? node.position!.start.offset! : offsets[0] ?? node.position!.start.offset!;
      const end = n === pieces.length - 1 ? node.position!.end.offset! : lastCharEnd(source, allOffsets[to - 1]);
      offsets.push(offsets.length ? lastCharEnd(source, offsets[offsets.length - 1]) : start);
      const text = joined.text;
      const norm = foldText(text);
      const block: TextBlock = {
        index: blocks.length,
        kind,
        text,
        norm,
        offsets,
        range: { start, end },
        section: -1,
        sentences: splitSentences(norm),
      };
      if (depth !== undefined) block.depth = depth;
      const inPiece = code.filter((c) => c.start < end && c.end > start);
      if (inPiece.length) block.code = inPiece;
      blocks.push(block);
      origins.push(n === 0 ? origin : {});
    });
  };

  walk(tree);
  return { blocks, origins };
}

function lastCharEnd(source: string, offset: number): number {
  const code = source.charCodeAt(offset);
  return offset + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
}

function markerRange(source: string, itemStart: number, contentStart: number): { start: number; end: number } {
  let s = itemStart;
  while (s < contentStart && /\s/.test(source[s])) s++;
  let e = s;
  while (e < contentStart && !/\s/.test(source[e])) e++;
  return { start: s, end: e };
}

/** Append each character of the inline content with the source offset it came from. */
function flattenInline(nodes: PhrasingContent[], source: string, chars: string[], offsets: number[], code: { start: number; end: number }[]): void {
  for (const node of nodes) {
    if (!node.position) continue;
    const start = node.position.start.offset!;
    const end = node.position.end.offset!;
    switch (node.type) {
      case 'text':
        alignValue(node.value, source, start, end, chars, offsets);
        break;
      case 'inlineCode': {
        // The value sits inside the backtick fence.
        let s = start;
        while (s < end && source[s] === '`') s++;
        code.push({ start, end });
        alignValue(node.value, source, s, end, chars, offsets);
        break;
      }
      case 'break':
        chars.push('\n');
        offsets.push(start);
        break;
      case 'html':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        break;
      default:
        if ('children' in node) flattenInline(node.children as PhrasingContent[], source, chars, offsets, code);
    }
  }
}

/**
 * Map each character of a node's value to where it stands in the source. Values drop escapes,
 * decode entities and strip continuation-line indentation, so walk forward to the next match.
 */
function alignValue(value: string, source: string, start: number, end: number, chars: string[], offsets: number[]): void {
  if (source.slice(start, end) === value) {
    chars.push(value);
    for (let i = 0; i < value.length; i++) offsets.push(start + i);
    return;
  }
  let s = start;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    let found = -1;
    // Look a short way ahead: escapes and entities are a few characters long.
    for (let k = s; k < Math.min(end, s + 12); k++) {
      if (source[k] === ch) {
        found = k;
        break;
      }
    }
    if (ch === '\n' && found === -1) {
      const cr = source.indexOf('\r', s);
      if (cr !== -1 && cr < end) found = cr;
    }
    const at = found === -1 ? Math.min(s, Math.max(start, end - 1)) : found;
    chars.push(ch);
    offsets.push(at);
    if (found !== -1) s = found + 1;
  }
}

// A line that opens with Chinese section numbering: 一、 （一） (一) 1. 1、 （1）.
const NUMBERED_LINE = /^\s*(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}(?:[．.](?!\d)|、)|[（(]\d{1,2}[）)])/;
const SENTENCE_FINAL = /[。！？：；:;!?]\s*$/;
const LABEL_LINE = /^\s*[\u4e00-\u9fff]{2,6}\s*[：:]/;
// A line ending in a 文种 is a title: the body starts on the next line.
const TITLE_END = /(?:通知|意见|方案|计划|规划|纲要|办法|措施|规定|决定|细则|条例|解读|报告)[》」”]?\s*$/;
const STANDALONE_LINE = /^\s*(?:[\u4e00-\u9fff]{1,10}[〔\[［【(（]\d{4}[〕\]］】)）]\s*\d+\s*号|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)\s*$/;

/**
 * Chinese drafts pasted without blank lines still break paragraphs at line ends: split a Markdown
 * paragraph where a line ends a sentence, where the next line opens with section numbering, around
 * lines that are only a 文号 or a date (the 落款), and wherever the break is not between two CJK
 * characters. A title broken mid-phrase stays whole.
 */
function splitAtLineBreaks(chars: string): [number, number][] {
  const lines: [number, number][] = [];
  let from = 0;
  for (let i = chars.indexOf('\n'); i !== -1; i = chars.indexOf('\n', i + 1)) {
    lines.push([from, i]);
    from = i + 1;
  }
  lines.push([from, chars.length]);
  if (lines.length === 1) return lines;
  const text = (l: [number, number]) => chars.slice(l[0], l[1]);
  const pieces: [number, number][] = [];
  let start = lines[0][0];
  for (let k = 1; k < lines.length; k++) {
    const prev = text(lines[k - 1]);
    const next = text(lines[k]);
    const joinsCjk = isCjkWide(prev.trimEnd().slice(-1)) && isCjkWide(next.trimStart()[0]);
    // A short numbered line with no sentence in it is a heading: 二、重点领域 / 发挥杭州…
    const numberedHeading = NUMBERED_LINE.test(prev) && prev.trim().length <= 30 && !/[。；，,;]/.test(prev);
    // 发布日期：… on its own line is a page's metadata field, not the rest of the line before it.
    const labelLine = LABEL_LINE.test(next);
    if (!joinsCjk || numberedHeading || labelLine || SENTENCE_FINAL.test(prev) || TITLE_END.test(prev) || NUMBERED_LINE.test(next) || STANDALONE_LINE.test(prev) || STANDALONE_LINE.test(next)) {
      pieces.push([start, lines[k - 1][1]]);
      start = lines[k][0];
    }
  }
  pieces.push([start, chars.length]);
  return pieces;
}

const isBreakOrBlank = (ch: string | undefined) => ch === '\n' || ch === '\r' || ch === ' ' || ch === '\t';

/**
 * Soft line breaks: removed between CJK characters (with the spaces around them), a single space
 * otherwise. `offsets` has one entry per UTF-16 unit of `text`; both come back adjusted (the
 * arrays passed in may be reused).
 */
function joinLineBreaks(text: string, offsets: number[]): { text: string; offsets: number[] } {
  if (text.indexOf('\n') === -1 && text.indexOf('\r') === -1) return { text, offsets };
  let out = '';
  const outOffsets: number[] = [];
  let run = 0;
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '\n' && text[i] !== '\r') {
      i++;
      continue;
    }
    out += text.slice(run, i);
    for (let k = run; k < i; k++) outOffsets.push(offsets[k]);
    let j = i;
    while (j < text.length && isBreakOrBlank(text[j])) j++;
    let p = out.length - 1;
    while (p >= 0 && (out[p] === ' ' || out[p] === '\t')) p--;
    if (isCjkWide(out[p]) && isCjkWide(text[j])) {
      out = out.slice(0, p + 1);
      outOffsets.length = p + 1;
    } else {
      out += ' ';
      outOffsets.push(offsets[i]);
    }
    i = j;
    run = j;
  }
  out += text.slice(run);
  for (let k = run; k < text.length; k++) outOffsets.push(offsets[k]);
  return { text: out, offsets: outOffsets };
}

const SENTENCE_END = /[。！？!?]+[”’」』）]*/g;

/** Sentences end after 。！？ (closing quotes kept with them). Indices into the block text. */
export function splitSentences(norm: string): BlockSpan[] {
  const spans: BlockSpan[] = [];
  let last = 0;
  for (const m of matchAll(norm, SENTENCE_END)) {
    const end = m.index! + m[0].length;
    if (end > last) spans.push({ start: last, end });
    last = end;
  }
  if (last < norm.length) spans.push({ start: last, end: norm.length });
  if (spans.length === 0) spans.push({ start: 0, end: 0 });
  return spans;
}

/** Source range of [start, end) in block-text indices. */
export function blockRange(block: TextBlock, start: number, end: number): { start: number; end: number } {
  const s = block.offsets[Math.max(0, Math.min(start, block.text.length))];
  const e = end <= start ? s : block.offsets[Math.min(end, block.text.length) - 1] + 1;
  return { start: s, end: e };
}

/** Index into the block's text of a source offset: the first character at or after it (offsets increase). */
export function indexInBlock(block: TextBlock, offset: number): number {
  let lo = 0;
  let hi = block.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (block.offsets[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the sentence that contains text index `i`. */
export function sentenceAt(block: TextBlock, i: number): number {
  const s = block.sentences;
  for (let k = 0; k < s.length; k++) if (i < s[k].end) return k;
  return s.length - 1;
}
