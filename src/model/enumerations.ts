import type { Enumeration, EnumerationItem, TextBlock } from './types.js';
import { blockRange, sentenceAt } from '../parse/text-blocks.js';
import { parseNumber } from '../parse/chinese-numbers.js';
import { matchAll } from '../parse/match-all.js';
import { codeTable } from '../parse/code-table.js';

/*
 * 、-separated lists inside one sentence, with the cue before them, a declared count before or
 * after them, and a “5+X” group label. Everything is matched on `block.norm`; indices are shared
 * with `block.text`, and ranges go through `blockRange`.
 *
 * The scanner works clause by clause (，；：。 split clauses); brackets and quotes are matched
 * first so that a 、 or ， inside （…）, “…” or 《…》 never splits an item.
 */

/** Sentence-internal pairs. A closer pops back to its own opener, so a stray （ does not swallow the rest. */
const OPENERS: Record<string, string> = { '（': '）', '[': ']', '【': '】', '〔': '〕', '「': '」', '『': '』', '“': '”', '‘': '’', '《': '》', '〈': '〉' };
const CLOSERS = new Map(Object.entries(OPENERS).map(([o, c]) => [c, o]));
const QUOTE_CHARS = /[“”‘’「」『』"']/g;

const CLAUSE_BREAK = new Set(['，', '；', '：', '。', '！', '？']);
// The same by character code, for loops over every character (no one-character string per step).
const CLAUSE_BREAK_CODES = codeTable(CLAUSE_BREAK);

/** Quantities that do not count: 等一批, 等若干. */
const VAGUE = ['一批', '若干', '多个', '多种', '多项', '多类', '多家', '一系列', '系列', '诸多', '众多', '各类', '各种', '一些', '部分'];
/** Measure words a declared count uses (8个方面: the count is 8个, the head 方面). */
const MEASURES = ['方面', '部分', '个', '大', '项', '种', '类', '条', '家', '所', '支', '座', '场', '款', '名'];
const NUMERAL = /^(?:\d{1,3}|[两二三四五六七八九十百]{1,4})/;
/** Characters that make a numeral part of another word or a range: 第五, 1到2个, 约10个. */
const NOT_BEFORE_COUNT = /[\d.〇零一二两三四五六七八九十百千万第到至～\-—或约近超逾前后每各]/;
const VAGUE_AFTER_COUNT = /^(?:以上|左右|以内|以下|上下|余|多)/;

/**
 * Cues that open a list: the first item starts after them. Single characters only count at the
 * start of a clause (即培育发展…, 如…, 在…等领域), where they cannot be part of a name.
 */
export const STRONG_CUES = [
  '密切关注', '重点发展', '培育发展', '大力发展', '积极发展', '加快发展', '鼓励发展', '着力发展', '重点培育', '重点推进',
  '重点突破', '重点支持', '重点开发', '谋划布局', '前瞻布局', '主要包括', '具体包括', '主要有', '分别是', '分别为', '依次为',
  '包括', '包含', '涵盖', '涉及', '覆盖', '例如', '比如', '诸如', '围绕', '聚焦', '结合', '依托', '面向', '通过', '基于',
  '针对', '会同', '关注', '布局', '全面深化', '深化', '拓展', '加快布局', '重点布局',
  '优先发展', '加速发展', '超前布局', '培育壮大', '发展壮大', '重点打造', '全力打造', '抢占', '遴选', '主攻', '锚定', '紧盯',
];
/** Cues that are also the end of common names (产业布局): only at the start of the piece. */
export const START_ONLY_CUES = new Set(['布局']);
// 为/是 at a clause start usually mean "in order to"/"is" (为充分发挥…), so they are not cues there.
const CLAUSE_START_CUES = ['即', '如', '在'];
/** Clause-start words that are not part of the first item (when no cue says where it starts). */
const LEAD_WORDS = [
  '全市', '全省', '全区', '全县', '全国', '我市', '我省', '我区', '我国', '各地', '各区', '各级', '同时', '此外', '并且',
  '进一步', '持续', '不断', '有序', '深入', '全面', '着力', '大力', '积极', '全力', '努力', '切实', '妥善', '严格', '加快',
  '更好', '充分', '为', '将',
  '支持和鼓励', '鼓励和支持', '鼓励和引导', '支持', '鼓励', '推动', '推进', '促进', '加强', '加大', '开展', '引导', '培育', '打造', '构建', '实施', '完善', '强化',
  '提升', '提高', '探索', '攻关', '突破', '建立', '健全', '优化', '深化', '统筹', '提出', '形成', '汇聚', '组建', '搭建',
  '做强', '做大', '做优', '壮大', '推广', '落实', '发挥', '带动', '吸引', '引进', '引育', '集聚', '瞄准', '抢抓', '把握',
  '利用', '运用', '实现', '解决', '明确', '征集', '借鉴', '考察', '赴', '按照', '依据', '贯彻', '在', '对', '与', '由',
];
/** Words after which a head noun stops: 六种模式开展…, 等领域重点发展…. */
const HEAD_STOP = /的|中|等|和|及|与|列为|列入|作为|成为|开展|推动|推进|加快|实施|发展|建设|培育|重点|进行|实现|形成|提供|全面|入选|着力|集聚|为|是|在|上|下/;

export function extractEnumerations(blocks: TextBlock[]): Enumeration[] {
  const out: Enumeration[] = [];
  for (const block of blocks) {
    // Every list has a 、 between items (scanClause): without one, a block or sentence has none.
    if (!block.norm.includes('、')) continue;
    const pairs = matchPairs(block.norm);
    for (const s of block.sentences) {
      const comma = block.norm.indexOf('、', s.start);
      if (comma === -1 || comma >= s.end) continue;
      const drafts: Draft[] = [];
      scanRegion(block.norm, pairs, s.start, s.end, 0, drafts);
      drafts.sort((a, b) => a.items[0].s - b.items[0].s);
      for (const d of drafts) countBefore(block.norm, pairs, d, drafts);
      assignGroups(block.norm, s.start, drafts);
      for (const d of drafts) out.push(toEnumeration(block, pairs, d));
    }
  }
  return out;
}

interface Span {
  s: number;
  e: number;
}

interface Draft {
  items: Span[];
  /** Clause the first item opened, for the count-before lookup. */
  clauseStart: number;
  regionStart: number;
  cue?: string;
  /** “5”即 at the start of the first clause. */
  marker?: string;
  count?: { value: number; s: number; e: number; position: 'before' | 'after' };
  endsWithDeng: boolean;
  head?: string;
  leadGuessed: boolean;
  tailGuessed: boolean;
  /** The last item ran to the clause end (no 等 or count), so its length decides whether it is a guess. */
  tailOpen?: boolean;
  group?: { label: string; part: string };
}

interface Pair {
  open: number;
  close: number;
  ch: string;
}

function lastIndex(stack: { ch: string }[], ch: string): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].ch === ch) return k;
  return -1;
}

/** Bracket and quote pairs, with `level[i]` = how many pairs enclose position i. */
interface Pairs {
  list: Pair[];
  // A typed array: one per block with a 、, and cheaper to make and collect than a number[].
  level: Int32Array;
}

// Codes of every character matchPairs acts on (a one-character string key costs a hash per lookup).
const PAIR_CHARS = codeTable(['。', '！', '？', '"', ...Object.keys(OPENERS), ...CLOSERS.keys()]);

function matchPairs(norm: string): Pairs {
  const list: Pair[] = [];
  const stack: { ch: string; at: number }[] = [];
  for (let i = 0; i < norm.length; i++) {
    // Most characters are none of the brackets, quotes or sentence ends: skip them by code.
    if (!PAIR_CHARS[norm.charCodeAt(i)]) continue;
    const ch = norm[i];
    // Sentence ends reset the stack: an unclosed bracket must not swallow the next sentence.
    if (ch === '。' || ch === '！' || ch === '？') {
      stack.length = 0;
      continue;
    }
    if (ch === '"') {
      const top = lastIndex(stack, '"');
      if (top >= 0) {
        list.push({ open: stack[top].at, close: i, ch });
        stack.length = top;
      } else stack.push({ ch, at: i });
      continue;
    }
    if (OPENERS[ch]) {
      stack.push({ ch, at: i });
      continue;
    }
    const opener = CLOSERS.get(ch);
    if (opener) {
      const top = lastIndex(stack, opener);
      if (top >= 0) {
        list.push({ open: stack[top].at, close: i, ch: opener });
        stack.length = top;
      }
    }
  }
  const level = new Int32Array(norm.length + 1);
  for (const p of list) for (let i = p.open + 1; i < p.close; i++) level[i]++;
  return { list, level };
}

/**
 * Lists in [start, end) at bracket level `lvl`, then inside each （…） or “…” of that region
 * (a list inside parentheses is still a list, but not part of the outer one).
 */
function scanRegion(norm: string, pairs: Pairs, start: number, end: number, lvl: number, drafts: Draft[]): void {
  const at = (i: number) => pairs.level[i] === lvl;
  let cs = start;
  for (let i = start; i <= end; i++) {
    if (i === end || (CLAUSE_BREAK_CODES[norm.charCodeAt(i)] && at(i))) {
      if (i > cs) scanClause(norm, pairs, cs, i, lvl, start, drafts);
      cs = i + 1;
    }
  }
  for (const p of pairs.list) {
    if (p.ch === '《' || p.ch === '〈') continue;
    if (p.open >= start && p.close < end && pairs.level[p.open] === lvl) {
      if (norm.slice(p.open + 1, p.close).includes('、')) scanRegion(norm, pairs, p.open + 1, p.close, lvl + 1, drafts);
    }
  }
}

function scanClause(norm: string, pairs: Pairs, cs: number, ce: number, lvl: number, regionStart: number, drafts: Draft[]): void {
  const at = (i: number) => pairs.level[i] === lvl;
  const cuts: number[] = [];
  for (let i = cs; i < ce; i++) if (norm.charCodeAt(i) === 0x3001 /* 、 */ && at(i)) cuts.push(i);
  if (cuts.length === 0) return;
  const segs: Span[] = [];
  let from = cs;
  for (const c of cuts) {
    segs.push({ s: from, e: c });
    from = c + 1;
  }
  segs.push({ s: from, e: ce });

  let current: Draft | undefined;
  const finish = () => {
    if (current && current.items.length >= 2 && current.items.every((it) => isItem(norm, it))) drafts.push(current);
    current = undefined;
  };
  const open = (seg: Span, clauseStart: number, next: Span | undefined) => {
    const lead = readLead(norm, pairs, lvl, seg, clauseStart === cs, clauseStart === cs && colonCue(norm, regionStart, cs), next);
    if (!lead) return;
    current = { items: [lead.item], clauseStart, regionStart, endsWithDeng: false, leadGuessed: lead.guessed, tailGuessed: false };
    if (lead.cue) current.cue = lead.cue;
    if (lead.marker) current.marker = lead.marker;
  };

  for (let k = 0; k < segs.length; k++) {
    const seg = segs[k];
    const last = k === segs.length - 1;
    if (!current) {
      if (!last) open(seg, k === 0 ? cs : seg.s, segs[k + 1]);
      continue;
    }
    const title = lastIndexAtLevel(norm, at, seg, '》');
    if (last) {
      readTail(norm, pairs, lvl, seg, current);
      finish();
      break;
    }
    // A middle piece must be an item: no title, not a whole phrase, no 等 that closes the list.
    if (title >= 0 || hasCharIn(norm, '《', seg.s, seg.e)) {
      finish();
      const after = title >= 0 ? title + 1 : seg.e;
      if (after < seg.e) open({ s: after, e: seg.e }, after, segs[k + 1]);
      continue;
    }
    const split = dengSplit(norm, at, seg);
    if (split) {
      current.items.push({ s: seg.s, e: split.deng });
      readQuantity(norm, split.deng, split.cueAt, current);
      finish();
      // With a cue after 等 the next list starts after it; without one, right after 等 (…等产业链重点、难点环节).
      const next = split.cueAt > split.deng ? split.cueAt : split.deng + 1;
      if (next < seg.e) open({ s: next, e: seg.e }, next, segs[k + 1]);
      continue;
    }
    // 现代物流、出口导向型11个重点产业大力发展的目标任务、产业布局: a count right after a middle piece's
    // name closes the list there (only near the piece's start: a name is short, a long piece is a phrase).
    // Not in a list of figures (A提高1个百分点、B…), whose numbers are amounts.
    const counted = listCount(norm, at, seg.s, Math.min(seg.e, seg.s + 16));
    if (counted !== undefined && ![...current.items, { s: seg.s, e: counted }].some((it) => /[\d０-９]/.test(norm.slice(it.s, it.e)))) {
      current.items.push({ s: seg.s, e: counted });
      readQuantity(norm, counted, seg.e, current);
      finish();
      // Its noun is no item of the next list (A、B两大平台、C、D三大基地); a phrase after a 的 may be the
      // first one (…重点产业大力发展的目标任务、产业布局和重点举措).
      const de = lastIndexAtLevel(norm, at, { s: counted, e: seg.e }, '的');
      if (de >= 0 && de + 1 < seg.e) open({ s: de + 1, e: seg.e }, de + 1, segs[k + 1]);
      continue;
    }
    if (seg.e - seg.s > 30) {
      finish();
      open(seg, seg.s, segs[k + 1]);
      continue;
    }
    current.items.push(trimSpan(norm, seg));
  }
  finish();
}

/**
 * The clause follows a ： that introduces items (原则包括：, 8个重点领域为：, 七个主要目标：), not a
 * label (生态文明：协同推进…), so the first item starts right at the clause.
 */
function colonCue(norm: string, regionStart: number, cs: number): boolean {
  if (cs <= regionStart || norm[cs - 1] !== '：') return false;
  const before = norm.slice(Math.max(regionStart, cs - 16), cs - 1).replace(/[”’」』"*\s]+$/, '');
  return /(?:即|为|是|包括|包含|涵盖|有|分别是|分别为|依次为|如下|以下)$/.test(before) || /(?:\d{1,3}|[两二三四五六七八九十]{1,3})(?:方面|个|大|项|种|类|条)[\u4e00-\u9fff]{0,10}$/.test(before);
}

/** A piece that is only a numeral (一、 in 一、总体要求; 三、四个) or empty is no item. */
function isItem(norm: string, it: Span): boolean {
  const t = norm.slice(it.s, it.e).replace(QUOTE_CHARS, '').trim();
  if (!t) return false;
  return !/^(?:[（(]?[〇零一二两三四五六七八九十\d]{1,3}[）)]?)$/.test(t);
}


// Bounded: indexOf from the piece would scan to the end of the block for every piece of every list.
function hasCharIn(norm: string, ch: string, from: number, to: number): boolean {
  const code = ch.charCodeAt(0);
  for (let i = from; i < to; i++) if (norm.charCodeAt(i) === code) return true;
  return false;
}

function trimSpan(norm: string, sp: Span): Span {
  let { s, e } = sp;
  while (s < e && norm[s] === ' ') s++;
  while (e > s && norm[e - 1] === ' ') e--;
  return { s, e };
}

function lastIndexAtLevel(norm: string, at: (i: number) => boolean, seg: Span, ch: string): number {
  const code = ch.charCodeAt(0);
  for (let i = seg.e - 1; i >= seg.s; i--) if (norm.charCodeAt(i) === code && at(i)) return i;
  return -1;
}

/** 等 that ends a list (not 平等, 等级, 高等, 等离子). */
function isDeng(norm: string, i: number): boolean {
  if (norm[i] !== '等') return false;
  const prev = norm[i - 1] ?? '';
  const next = norm[i + 1] ?? '';
  if (/[平同高中初对均相次上下优特甲乙丙头劣]/.test(prev)) return false;
  if (/[级同离候待值效额于式号量]/.test(next)) return false;
  return true;
}

/**
 * A middle piece like 科研机构科技人员等通过兼职 or 基因细胞治疗等领域重点发展高通量基因测序: the 等 closes
 * one list and a cue after it opens the next (cueAt = the cue; = deng when there is none).
 */
function dengSplit(norm: string, at: (i: number) => boolean, seg: Span): { deng: number; cueAt: number } | undefined {
  for (let i = seg.s + 1; i < seg.e - 1; i++) {
    if (!at(i) || !isDeng(norm, i)) continue;
    const rest = norm.slice(i + 1, seg.e);
    let best = -1;
    for (const cue of STRONG_CUES) {
      const p = rest.indexOf(cue);
      if (p >= 0 && p + cue.length < rest.length && (best < 0 || p < best)) best = p;
    }
    if (best >= 0) return { deng: i, cueAt: i + 1 + best };
    return { deng: i, cueAt: i };
  }
  return undefined;
}

/** Where the first item starts in the clause's first piece, and the cue before it. */
/** The words by their first UTF-16 unit, each list in the original order (the first match wins). */
function byFirstCode(words: readonly string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const w of words) {
    const list = out.get(w.charCodeAt(0));
    if (list) list.push(w);
    else out.set(w.charCodeAt(0), [w]);
  }
  return out;
}
// readLead tries the strip words at one position, again after each one it drops: look up only
// those that start with the character there instead of all of them.
const STRONG_CUES_BY_FIRST = byFirstCode(STRONG_CUES);
const STRONG_CUE_INDEX = new Map(STRONG_CUES.map((c, i) => [c, i]));
// Per call of nearestStrongCue, the cues already met (their last occurrence), by a call number
// rather than a fresh set per call.
const cueMet = new Uint32Array(STRONG_CUES.length);
let cueCall = 0;

/**
 * The strong cue nearest the items in [s, e) (包括优势产业…, 我市结合电子信息; 密切关注 rather than its
 * tail 关注): of each cue only its last occurrence that leaves two characters after it counts (at
 * 0 when the piece is too short for that), and only if it stands at the list's bracket level, not
 * followed by 的 (大力发展的目标任务: a modifier, not what opens the list), and a start-only cue at
 * s; the winner ends last, and is the longest of those. One backward pass looks up the cues by the
 * character at each position instead of searching for each of them.
 */
export function nearestStrongCue(norm: string, s: number, e: number, at: (i: number) => boolean): { at: number; cue: string } {
  let best = -1;
  let bestCue = '';
  const call = ++cueCall;
  for (let p = Math.max(e - 3, 0); p >= s; p--) {
    const cues = STRONG_CUES_BY_FIRST.get(norm.charCodeAt(p));
    if (!cues) continue;
    for (const c of cues) {
      if (p > Math.max(e - c.length - 2, 0) || !norm.startsWith(c, p)) continue;
      const k = STRONG_CUE_INDEX.get(c)!;
      if (cueMet[k] === call) continue;
      cueMet[k] = call;
      if (!at(p) || (START_ONLY_CUES.has(c) && p !== s) || norm[p + c.length] === '的') continue;
      const end = p + c.length;
      if (end > best + bestCue.length || (end === best + bestCue.length && c.length > bestCue.length)) {
        best = p;
        bestCue = c;
      }
    }
  }
  return { at: best, cue: bestCue };
}
const LEAD_WORDS_BY_FIRST = byFirstCode(LEAD_WORDS);
const NONE: readonly string[] = [];

function readLead(
  norm: string,
  pairs: Pairs,
  lvl: number,
  seg: Span,
  clauseStart: boolean,
  afterColon: boolean,
  next?: Span,
): { item: Span; cue?: string; marker?: string; guessed: boolean } | undefined {
  const at = (i: number) => pairs.level[i] === lvl;
  let s = seg.s;
  const e = trimSpan(norm, seg).e;
  while (s < e && norm[s] === ' ') s++;
  // Text before a title is not part of the item: 《纲要》提出在类脑智能 → 类脑智能.
  const title = lastIndexAtLevel(norm, at, { s, e }, '》');
  let guessed = true;
  if (title >= 0) s = title + 1;
  // Section numbering that opens the block: （一）, 1.
  const numbering = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．](?!\d))\s*/.exec(norm.slice(s, e));
  if (numbering) s += numbering[0].length;
  let marker: string | undefined;
  let cue: string | undefined;
  // “5”即… names the part of a “5+X” label the list fills (“十五五”时期… is no marker).
  const m = /^[“"]([^”"、，]{1,6})[”"](即|为|是)/.exec(norm.slice(s, e));
  if (m && clauseStart) {
    marker = m[1];
    cue = m[2];
    s += m[0].length;
    guessed = false;
  }
  // After ： the items start at once (原则包括：坚持党的全面领导、坚持人民至上…): nothing to strip.
  if (afterColon && !marker && title < 0) {
    if (!isItem(norm, { s, e })) return undefined;
    return { item: { s, e }, cue: '：', guessed: false };
  }
  if (!cue && clauseStart) {
    for (const c of CLAUSE_START_CUES) {
      if (norm.startsWith(c, s) && e - s > c.length + 1 && !/^(?:在线|有效|有关|有序|为了|是否|如何)/.test(norm.slice(s, s + 2))) {
        cue = c;
        s += c.length;
        guessed = false;
        break;
      }
    }
  }
  const { at: best, cue: bestCue } = nearestStrongCue(norm, s, e, at);
  if (best >= 0) {
    cue = bestCue;
    s = best + bestCue.length;
    guessed = false;
  }
  // Verbs and adverbs that open the clause are not part of the item (开展类脑智能 → 类脑智能). After a
  // cue only another cue is dropped (即培育发展…): 包括加强组织领导 keeps its verb like the items after it.
  const strip = cue ? STRONG_CUES_BY_FIRST : LEAD_WORDS_BY_FIRST;
  let stripped: string | undefined;
  for (let again = true; again; ) {
    again = false;
    for (const w of strip.get(norm.charCodeAt(s)) ?? NONE) {
      if (norm.startsWith(w, s) && e - s - w.length >= 2 && !(w.length === 1 && /^(?:在线|在建|对外|对口|与会|将来|为期|由于)/.test(norm.slice(s, s + 2)))) {
        s += w.length;
        stripped = w;
        again = true;
        break;
      }
    }
  }
  // 做优一产、做强二产、做大三产: when the next item opens with a word of the same shape, the list is of
  // verb phrases and the word belongs to the first item too.
  if (!cue && stripped && stripped.length >= 2 && next) {
    const n = trimSpan(norm, next).s;
    const word = norm.slice(n, n + stripped.length);
    if (word[0] === stripped[0] && /^[\u4e00-\u9fff]+$/.test(word) && next.e - n - word.length >= 2) s -= stripped.length;
  }
  // 包含国民经济行业分类中的计算机制造: a modifier ending in 的 is not part of the first item.
  const de = lastIndexAtLevel(norm, at, { s: s + 2, e: e - 2 }, '的');
  if (de >= 0) {
    s = de + 1;
    guessed = true;
  }
  if (s >= e || !isItem(norm, { s, e })) return undefined;
  return { item: { s, e }, cue, marker, guessed };
}

/** A count right at `i`: 10个, 八大, 两个方面. Returns its value, end and measure. */
function countAt(norm: string, i: number): { value: number; end: number; vague: boolean; measure: string } | undefined {
  const m = NUMERAL.exec(norm.slice(i, i + 4));
  if (!m) return undefined;
  const prev = norm[i - 1] ?? '';
  if (prev && NOT_BEFORE_COUNT.test(prev)) return undefined;
  const numEnd = i + m[0].length;
  const measure = MEASURES.find((w) => norm.startsWith(w, numEnd));
  if (!measure) return undefined;
  const value = parseNumber(m[0]);
  if (value === undefined) return undefined;
  const end = numEnd + measure.length;
  return { value, end, vague: VAGUE_AFTER_COUNT.test(norm.slice(end, end + 2)), measure };
}

/** The quantity and head after 等 (or after the last item): 10个成长性未来产业, 一批前瞻性未来产业. */
function readQuantity(norm: string, from: number, to: number, d: Draft): void {
  let i = from;
  if (norm[i] === '等') {
    d.endsWithDeng = true;
    i += norm[i + 1] === '等' ? 2 : 1;
  }
  // A vague quantity (一批, 若干, 10个以上) leaves the list open: no declared count.
  const vague = VAGUE.find((w) => norm.startsWith(w, i));
  if (vague) i += vague.length;
  else {
    const c = countAt(norm, i);
    if (c && !c.vague && c.value >= 2) {
      d.count = { value: c.value, s: i, e: c.end, position: 'after' };
      // 三方面: the measure word is the noun counted.
      if (norm.slice(i, c.end).endsWith('方面')) d.head = '方面';
    }
    if (c) i = c.end;
  }
  const head = readHead(norm, i, to);
  if (head) d.head = head;
}

/** The noun a count or 等 names: up to a verb, 的 or the clause end; quotes dropped. */
function readHead(norm: string, from: number, to: number): string | undefined {
  let raw = '';
  for (let i = from; i < to && raw.length < 14; i++) {
    const ch = norm[i];
    if (CLAUSE_BREAK.has(ch) || ch === '、' || ch === ' ' || ch === '《' || ch === '（' || /\d/.test(ch)) break;
    raw += ch;
  }
  raw = raw.replace(QUOTE_CHARS, '');
  const stop = HEAD_STOP.exec(raw);
  const head = stop ? raw.slice(0, stop.index) : raw;
  return head.length >= 1 ? head : undefined;
}

/**
 * Where a count that closes the list stands in the piece [s, e) after the last item's name, if one
 * does (5个成长型产业, 四大主导产业, 六种模式, 8个方面, 9项).
 */
function listCount(norm: string, at: (i: number) => boolean, s: number, e: number): number | undefined {
  for (let i = s + 2; i < e; i++) {
    if (!at(i)) continue;
    const c = countAt(norm, i);
    if (!c || c.vague || c.value < 2 || c.value > 60) continue;
    // Without 等 the count must name the list's category. 学校10所, 公园5个 count the noun before them, not the items.
    const headFollows = /^[\u4e00-\u9fff“‘「]/.test(norm[c.end] ?? '') && !/^[中的]/.test(norm[c.end] ?? '');
    if (!['个', '大', '项', '种', '类', '条', '方面'].includes(c.measure)) continue;
    if (!['项', '方面'].includes(c.measure) && !headFollows) continue;
    // 提高2个百分点 is an amount, not a number of items.
    if (norm.startsWith('百分点', c.end)) continue;
    // 培育3个先导区 counts something the clause does, not the list.
    if (/培育|建设|打造|形成|推出|新增|建成|引育|引进|组建|达到|突破|超过|实现|创建|认定/.test(norm.slice(s, i))) return undefined;
    return i;
  }
  return undefined;
}

/**
 * The last piece: the item ends at 等 (then a count and a head), at a count (5个成长型产业, 六种模式),
 * at a title, or at the clause end (then 的 cuts it: 先进安全的未来产业体系 → 先进安全).
 */
function readTail(norm: string, pairs: Pairs, lvl: number, seg: Span, d: Draft): void {
  const at = (i: number) => pairs.level[i] === lvl;
  const { s } = trimSpan(norm, seg);
  let e = trimSpan(norm, seg).e;
  let cut = false;
  for (let i = s + 1; i < e; i++) {
    if (norm[i] === '《' && at(i)) {
      e = i;
      cut = true;
      break;
    }
  }
  for (let i = s + 1; i < e; i++) {
    if (at(i) && isDeng(norm, i)) {
      d.items.push({ s, e: i });
      readQuantity(norm, i, seg.e, d);
      return;
    }
  }
  const count = listCount(norm, at, s, e);
  if (count !== undefined) {
    // 深海装备这五大…: the demonstrative points at the count, it is not part of the name.
    const demonstrative = /(?:这些|那些|这|此|上述)$/.exec(norm.slice(s, count));
    d.items.push({ s, e: count - (demonstrative?.[0].length ?? 0) });
    readQuantity(norm, count, seg.e, d);
    return;
  }
  // Nothing marks the end: a 的 or a verb that follows the names ends the item (先进安全的未来产业体系,
  // 纳米新材料入选…, 通信管理局于2023年…).
  for (let i = s + 2; i < e - 1; i++) {
    if (!at(i)) continue;
    if ((norm[i] === '的' && i < e - 2) || /^(?:于\d|联合印发|联合发布|印发|入选)/.test(norm.slice(i, i + 4))) {
      e = i;
      cut = true;
      break;
    }
  }
  d.items.push({ s, e });
  d.tailGuessed = cut;
  d.tailOpen = true;
}

/** Group labels (“10+X”, “5+X”) in the sentence before each list: which part does the list fill? */
function assignGroups(norm: string, sentStart: number, drafts: Draft[]): void {
  const labels: { label: string; parts: string[]; end: number }[] = [];
  const re = /[“"]((?:\d+|[XN])(?:\+(?:\d+|[XN]))+)[”"]/g;
  const sentence = norm.slice(sentStart, drafts.length ? drafts[drafts.length - 1].items[0].s : sentStart);
  for (const m of matchAll(sentence, re)) labels.push({ label: m[1], parts: m[1].split('+'), end: sentStart + m.index! + m[0].length });
  if (labels.length === 0) return;
  const used = new Map<string, Set<string>>();
  let previous: Draft | undefined;
  for (const d of drafts) {
    const label = labels.filter((l) => l.end <= d.items[0].s).pop();
    if (!label) {
      previous = d;
      continue;
    }
    const taken = used.get(label.label) ?? new Set<string>();
    used.set(label.label, taken);
    let part: string | undefined;
    if (d.marker && label.parts.includes(d.marker)) part = d.marker;
    else if (d.count && label.parts.includes(String(d.count.value)) && !taken.has(String(d.count.value))) part = String(d.count.value);
    else if (previous?.group?.label === label.label && (d.cue || d.endsWithDeng || d.count)) {
      // The list after the 10 list of a 10+X sentence is its X part.
      part = label.parts.find((p) => !taken.has(p));
    }
    if (part) {
      d.group = { label: label.label, part };
      taken.add(part);
    }
    previous = d;
  }
}

/** 和/与/及 joining two names (not 参与, 涉及, 及时, 总和, 及其). */
function isConjunction(norm: string, i: number): number {
  if (norm.startsWith('以及', i)) return 2;
  const ch = norm[i];
  const prev = norm[i - 1] ?? '';
  const next = norm[i + 1] ?? '';
  // 工业和信息化(厅/部) is one name.
  if (ch === '和') return /[总温柔缓调平饱共附随祥暖谐]/.test(prev) || /[谐平睦美蔼煦气解]/.test(next) || norm.startsWith('工业和信息化', i - 2) ? 0 : 1;
  if (ch === '与') return /[参给赋授施干寄相]/.test(prev) || /[会其否]/.test(next) ? 0 : 1;
  if (ch === '及') return /[涉普危波顾来以企论提触遍惠]/.test(prev) || /[时早格其]/.test(next) ? 0 : 1;
  return 0;
}

function conjunctions(norm: string, level: Int32Array, lvl: number, it: Span): { at: number; len: number }[] {
  const found: { at: number; len: number }[] = [];
  for (let i = it.s + 1; i < it.e - 1; i++) {
    if (level[i] !== lvl) continue;
    const len = isConjunction(norm, i);
    if (len && i + len < it.e) {
      found.push({ at: i, len });
      i += len - 1;
    }
  }
  return found;
}

/** EnumerationItem.key: the item's text without parentheticals, quotes, spaces or a leading conjunction. */
function comparisonKey(norm: string, it: Span): string {
  return norm
    .slice(it.s, it.e)
    .replace(/（[^（）]*）|\([^()]*\)|【[^【】]*】/g, '')
    .replace(QUOTE_CHARS, '')
    .replace(/\s+/g, '')
    .replace(/^(?:以及|和|及|与|或)/, '');
}

function toEnumeration(block: TextBlock, pairs: Pairs, d: Draft): Enumeration {
  const { norm } = block;
  const lvl = pairs.level[d.items[0].s];
  // The last item splits at 以及 always, at 和/及/与 only when the count says one more item is there.
  let items = d.items.map((it) => trimSpan(norm, it));
  const lastItem = items[items.length - 1];
  const conj = conjunctions(norm, pairs.level, lvl, lastItem);
  const yiji = conj.filter((c) => c.len === 2).pop();
  const closedByCount = d.count && (d.count.position === 'after' || !d.endsWithDeng);
  const oneShort = closedByCount && d.count!.value === items.length + 1;
  const split = yiji ?? (oneShort ? conj.pop() : undefined);
  if (split) items = [...items.slice(0, -1), { s: lastItem.s, e: split.at }, { s: split.at + split.len, e: lastItem.e }].map((it) => trimSpan(norm, it));
  else if (oneShort && conj.length === 0 && !d.endsWithDeng) {
    // 做大三产和主体倍增、科技创新、开放合作6个方面: the missing item is joined by 和 inside the list. Only
    // when one item alone has a conjunction, and just one, is it clear which to split; and not after 等,
    // where one short is how a dropped item shows (云计算与工业互联网、…等8个 is seven names).
    const joined = items.map((it) => conjunctions(norm, pairs.level, lvl, it));
    const withConj = joined.flatMap((c, k) => (c.length ? [k] : []));
    if (withConj.length === 1 && joined[withConj[0]].length === 1) {
      const k = withConj[0];
      const c = joined[k][0];
      const pieces = [{ s: items[k].s, e: c.at }, { s: c.at + c.len, e: items[k].e }].map((it) => trimSpan(norm, it));
      // It must read as two items: longer than any other, each side as long as the shortest other.
      // 氢能与新型储能、深地空间利用、…5个 is one name beside longer ones, and the list is one short.
      const len = (it: Span) => it.e - it.s;
      const others = items.filter((_, j) => j !== k).map(len);
      if (len(items[k]) > Math.max(...others) && pieces.every((p) => len(p) >= Math.min(...others))) {
        items = [...items.slice(0, k), ...pieces, ...items.slice(k + 1)];
      }
    }
  }

  const enumItems: EnumerationItem[] = items.map((it) => {
    const item: EnumerationItem = { text: block.text.slice(it.s, it.e), key: comparisonKey(norm, it), range: blockRange(block, it.s, it.e) };
    const cs = conjunctions(norm, pairs.level, lvl, it).filter((c) => c.len === 1);
    if (cs.length) {
      const parts: Span[] = [];
      let from = it.s;
      for (const c of cs) {
        parts.push({ s: from, e: c.at });
        from = c.at + c.len;
      }
      parts.push({ s: from, e: it.e });
      item.parts = parts.map((p) => trimSpan(norm, p)).filter((p) => p.e > p.s).map((p) => ({ text: block.text.slice(p.s, p.e), range: blockRange(block, p.s, p.e) }));
    }
    return item;
  });

  const first = items[0];
  const lastEnd = items[items.length - 1].e;
  if (d.tailOpen && !d.tailGuessed) {
    // A last item much longer than the others probably carries the rest of the clause.
    const others = Math.max(...items.slice(0, -1).map((x) => x.e - x.s));
    d.tailGuessed = lastEnd - items[items.length - 1].s > others + 4;
  }
  const e: Enumeration = {
    block: block.index,
    sentence: sentenceAt(block, first.s),
    section: block.section,
    items: enumItems,
    range: blockRange(block, first.s, lastEnd),
    endsWithDeng: d.endsWithDeng,
    closed: d.count?.position === 'after' || !d.endsWithDeng,
  };
  if (d.cue) e.cue = d.cue;
  if (d.count) {
    e.declaredCount = d.count.value;
    e.countRange = blockRange(block, d.count.s, d.count.e);
    e.countPosition = d.count.position;
  }
  if (d.head) e.head = d.head;
  if (d.group) e.group = d.group;
  if (d.leadGuessed) e.leadGuessed = true;
  if (d.tailGuessed) e.tailGuessed = true;
  return e;
}

/** Words that make a count phrase a predicate (以…5个配套政策为支撑), not a heading for what follows. */
const PREDICATE = /(?<!行)为|是|作为|成为|开展|推动|推进|加快|实施|进行|实现|形成|提供|入选|着力|集聚|列为|列入/;

/**
 * A count named before the list: 8个重点领域为：…, “五大行动”，包括…, 八大领域包括…. It must stand right
 * before the cue that opens the list, in the same clause or the one just before a ：/，+cue.
 */
function countBefore(norm: string, pairs: Pairs, d: Draft, drafts: Draft[]): void {
  const itemStart = d.items[0].s;
  let leadStart = d.clauseStart;
  const sep = norm[d.clauseStart - 1];
  const opensWithCue = /^(?:即|为|是|包括|主要包括|具体包括|包含|涵盖|主要有|分别是|分别为|依次为)/.test(norm.slice(d.clauseStart, itemStart));
  if (d.clauseStart > d.regionStart && (sep === '：' || (sep === '，' && opensWithCue))) {
    let p = d.clauseStart - 2;
    while (p >= d.regionStart && !(CLAUSE_BREAK.has(norm[p]) && pairs.level[p] === pairs.level[d.clauseStart])) p--;
    leadStart = p + 1;
  }
  let lead = norm.slice(leadStart, itemStart);
  // After ： the cue is the word before the colon, if any (8个重点领域为：).
  if (d.cue === '：') {
    d.cue = /(?:即|为|是|包括|主要包括|具体包括|包含|涵盖|有|主要有|分别是|分别为|依次为|如下)\s*$/.exec(norm.slice(leadStart, d.clauseStart - 1))?.[0].trim() ?? '：';
  }
  const before = lead.length;
  lead = lead.replace(/(?:[，：\s]*(?:即|为|是|包括|主要包括|具体包括|包含|涵盖|有|主要有|分别是|分别为|依次为|如下))?[，：\s]*$/, '');
  const hadCue = lead.length < before;
  if (!hadCue) return;
  lead = lead.replace(/[”’」』"]+$/, '');
  const m = /(\d{1,3}|[两二三四五六七八九十]{1,3})(方面|个|大|项|种|类|条|家)((?:(?!的)[\u4e00-\u9fff]){0,10})$/.exec(lead);
  if (!m) return;
  const s = leadStart + m.index;
  if (s > leadStart && NOT_BEFORE_COUNT.test(norm[s - 1])) return;
  const value = parseNumber(m[1]);
  if (value === undefined || value < 2) return;
  // A count after the items (等10个) is the one that closes the list; it wins.
  if (d.count) return;
  // A count closes one list only: 绿色铝等5个配套政策为支撑，为产业布局、… — 5个 is the first list's.
  if (drafts.some((o) => o !== d && o.count?.s === s)) return;
  // From the clause before, the count phrase must end that clause (“五大行动”，包括…; 8个重点领域为：…):
  // 5个配套政策为支撑，为… says something of the count, it does not announce the list.
  if (s < d.clauseStart && PREDICATE.test(m[3])) return;
  d.count = { value, s, e: s + m[1].length + m[2].length, position: 'before' };
  const head = m[3] || (m[2].endsWith('方面') ? '方面' : '');
  if (head) d.head = head;
}
