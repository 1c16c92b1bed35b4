import type { TextBlock, MarkFact, MarkKind } from './types.js';
import { blockRange } from '../parse/text-blocks.js';
import { isCjkWide, isHan } from '../parse/normalize.js';
import { matchAll } from '../parse/match-all.js';

/**
 * Proofreading facts from GB/T 15834 (punctuation) and GB/T 15835 (numbers), found once per file
 * in prose blocks. Every fact carries its exact source range and, when the correction is certain,
 * its replacement, so the rules only choose what to report. Inline code, URLs and e-mail addresses
 * are never touched, and a cited title inside 《》 is reproduced as issued: only the pairing check
 * looks inside it.
 */
export function extractMarks(blocks: TextBlock[], source: string): MarkFact[] {
  const marks: MarkFact[] = [];
  blocks.forEach((block, k) => {
    if (block.kind === 'html' || !block.text.trim()) return;
    const ctx = new BlockContext(block, marks, source);
    halfWidth(ctx);
    unpaired(ctx, blocks[k + 1]);
    ellipsisAndDash(ctx);
    repeats(ctx);
    if (block.kind !== 'tableCell') {
      ordinals(ctx);
      // The title line comes before any sentence or salutation (a 文号 line may precede it).
      headingStop(ctx, k < 3 && blocks.slice(0, k).every((b) => !/[。：]/.test(b.norm)));
    }
    dunhaoConjunction(ctx);
    approxNumbers(ctx);
    digitForms(ctx);
    ranges(ctx);
    placeholders(ctx);
  });
  return joinLinePairs(marks, blocks, source).sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}

/**
 * A pasted paragraph is split into blocks at line ends, so a quotation whose line ends in 。 leaves
 * its “ in one block and its ” in the next; mirrors also break a long title with a blank line. A
 * mark unclosed at the end of a block and its partner unopened in the next block are one pair when
 * only a line break separates them, or a blank line after a title that ends no sentence.
 */
function joinLinePairs(marks: MarkFact[], blocks: TextBlock[], source: string): MarkFact[] {
  const drop = new Set<MarkFact>();
  for (const open of marks) {
    if (open.kind !== 'unpaired' || open.detail !== 'unclosed' || drop.has(open)) continue;
    const here = blocks[open.block];
    const next = blocks[open.block + 1];
    if (!next) continue;
    const gap = sourceBetween(source, here, next);
    // The next line, or the next paragraph when a mirror broke a title with a blank line (no sentence ends after the opener).
    const sameParagraph = /^[ \t]*\r?\n[ \t]*$/.test(gap);
    const brokenTitle = /^\s*$/.test(gap) && gap.includes('\n') && !/[。！？；]/.test(here.norm.slice(indexOfOffset(here, open.range.start)));
    if (!sameParagraph && !brokenTitle) continue;
    const partner = PAIRS[foldPair(open.text)];
    const close = marks.find((m) => m.kind === 'unpaired' && m.detail === 'unopened' && m.block === next.index && !drop.has(m) && foldPair(m.text) === partner);
    if (close) {
      drop.add(open);
      drop.add(close);
    }
  }
  return marks.filter((m) => !drop.has(m));
}

function indexOfOffset(block: TextBlock, offset: number): number {
  const i = block.offsets.indexOf(offset);
  return i === -1 ? 0 : i;
}

function foldPair(mark: string): string {
  return mark === '(' ? '（' : mark === ')' ? '）' : mark;
}

function sourceBetween(source: string, a: TextBlock, b: TextBlock): string {
  const end = a.offsets[a.text.length] ?? a.range.end;
  return b.range.start >= end ? source.slice(end, b.range.start) : '';
}

// URLs and addresses are copied, not written: their , : ? ( ) are part of them.
const VERBATIM = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff“”‘’《》]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

class BlockContext {
  readonly text: string;
  readonly norm: string;
  /** Characters no fact may touch (inline code, URLs). */
  readonly verbatim: Uint8Array;
  /** Characters inside 《…》 (the marks excluded): a cited title is reproduced as issued. */
  readonly inTitle: Uint8Array;
  /** End of the leading section numbering (一、 （一） 1.), 0 when the block has none. */
  readonly leadEnd: number;

  constructor(readonly block: TextBlock, private readonly out: MarkFact[], readonly source = '') {
    this.text = block.text;
    this.norm = block.norm;
    const n = this.text.length;
    // Typed arrays: one per block of every file, so they must be cheap to make and to collect.
    this.verbatim = new Uint8Array(n);
    for (const c of block.code ?? []) for (let i = 0; i < n; i++) if (block.offsets[i] >= c.start && block.offsets[i] < c.end) this.verbatim[i] = 1;
    // Every VERBATIM match holds :// or www. (URL) or @ (e-mail); the e-mail branch is tried at each
    // position, so most blocks, which have none of them, skip the scan.
    if (this.text.includes('@') || this.text.includes('://') || this.text.includes('www.')) {
      for (const m of matchAll(this.text, VERBATIM)) this.verbatim.fill(1, m.index!, m.index! + m[0].length);
    }
    this.inTitle = new Uint8Array(n);
    let depth = 0;
    // By character code: text[i] would make a string for every character after the first 《.
    for (let i = this.text.indexOf('《'); i !== -1 && i < n; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 0x300b /* 》 */ && depth > 0) depth--;
      if (depth > 0) this.inTitle[i] = 1;
      if (c === 0x300a /* 《 */) depth++;
    }
    const lead = /^\s*(?:[一二三四五六七八九十]{1,3}[、．.，]|（[一二三四五六七八九十\d]{1,3}）[、．.]?|\d{1,2}(?:[．.](?!\d)|、))/.exec(this.norm);
    this.leadEnd = lead ? lead[0].length : 0;
  }

  /** Whether [start, end) may be corrected: no verbatim character, and outside titles unless allowed. */
  free(start: number, end: number, titlesToo = false): boolean {
    for (let i = start; i < end; i++) if (this.verbatim[i] || (!titlesToo && this.inTitle[i])) return false;
    return true;
  }

  add(kind: MarkKind, start: number, end: number, extra: Partial<Omit<MarkFact, 'kind' | 'block' | 'range' | 'text'>> = {}): void {
    const fact: MarkFact = { kind, block: this.block.index, range: blockRange(this.block, start, end), text: this.text.slice(start, end), ...extra };
    this.out.push(fact);
  }

  last(): MarkFact {
    return this.out[this.out.length - 1];
  }

  range(start: number, end: number) {
    return blockRange(this.block, start, end);
  }
}

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
const HALF_MARKS = /[,:;?!()]/g;

/** Half-width , : ; ? ! ( ) with Chinese on either side (1,000 / 3:00 / Latin phrases have none). */
function halfWidth(ctx: BlockContext): void {
  const { text } = ctx;
  const nextVisible = (i: number) => {
    let j = i + 1;
    while (text[j] === ' ') j++;
    return j;
  };
  const report = (i: number) => {
    // A space typed after the half-width mark goes with it when Chinese follows: 要求, 现将 → 要求，现将.
    const j = nextVisible(i);
    const end = j > i + 1 && isCjkWide(text[j]) ? j : i + 1;
    ctx.add('halfwidth', i, end, { replacement: FULL[text[i]] });
    // A Markdown escape (\( \!) goes with its mark: \（ would show the backslash.
    const fact = ctx.last();
    if (ctx.source[fact.range.start - 1] === '\\' && ctx.source[fact.range.start - 2] !== '\\') fact.range = { start: fact.range.start - 1, end: fact.range.end };
  };
  const open: number[] = [];
  for (const m of matchAll(text, HALF_MARKS)) {
    const i = m.index!;
    const ch = m[0];
    if (!ctx.free(i, i + 1)) continue;
    if (ch === '(') {
      open.push(i);
      continue;
    }
    if (ch === ')') {
      const o = open.pop();
      if (o === undefined) {
        if (isCjkWide(text[i - 1]) || isCjkWide(text[nextVisible(i)])) report(i);
        continue;
      }
      // A pair holding or touching Chinese is a Chinese parenthesis: 人工智能(AI) → 人工智能（AI）;
      // a Latin one set off by spaces (world (sic) 一语) belongs to the Latin phrase.
      const inner = text.slice(o + 1, i);
      if ([...inner].some(isHan) || isCjkWide(text[o - 1]) || isCjkWide(text[i + 1])) {
        report(o);
        report(i);
      }
      continue;
    }
    // 索引号:<tab>… is a scraped page's metadata table, not prose.
    if (ch === ':' && ctx.source[ctx.block.offsets[i] + 1] === '\t') continue;
    if (isCjkWide(text[i - 1]) || isCjkWide(text[nextVisible(i)])) report(i);
  }
  for (const o of open) if (isCjkWide(text[o - 1]) || isCjkWide(text[o + 1])) report(o);
}

const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '（': '）', '〈': '〉', '「': '」', '『': '』', '【': '】' };
const CLOSERS = new Map(Object.entries(PAIRS).map(([o, c]) => [c, o]));
// Every opener and closer above: the pairing check visits only these characters.
const PAIR_MARKS = /[“”‘’《》（）〈〉「」『』【】]/g;

/**
 * Paired marks checked with a stack per paragraph (half-width parentheses count as full-width).
 * A quotation running over several paragraphs opens each one with “ and closes only the last,
 * so an unclosed “ before a paragraph that opens with “ is no error.
 */
function unpaired(ctx: BlockContext, next: TextBlock | undefined): void {
  const { norm, text } = ctx;
  const stack: number[] = [];
  const bad: { at: number; detail: string }[] = [];
  for (const m of matchAll(norm, PAIR_MARKS)) {
    const i = m.index!;
    const ch = m[0];
    if (ctx.verbatim[i]) continue;
    if (ch in PAIRS) {
      stack.push(i);
      continue;
    }
    const opener = CLOSERS.get(ch);
    if (!opener) continue;
    // ’ between Latin letters is an apostrophe (China’s).
    if (ch === '’' && /[A-Za-z]/.test(text[i - 1] ?? '') && /[A-Za-z]/.test(text[i + 1] ?? '')) continue;
    // 1） a） at the start of a line is an ordinal, not a parenthesis.
    if (ch === '）' && /^\s*[\dA-Za-z一二三四五六七八九十]{1,3}$/.test(norm.slice(0, i))) continue;
    let depth = stack.length - 1;
    while (depth >= 0 && norm[stack[depth]] !== opener) depth--;
    if (depth === -1) {
      bad.push({ at: i, detail: 'unopened' });
      continue;
    }
    // Openers above the match were never closed: 《行动计划（2021—2025年》.
    for (const s of stack.splice(depth).slice(1)) bad.push({ at: s, detail: 'unclosed' });
  }
  const continued = next && next.kind === 'paragraph' && /^\s*“/.test(next.norm);
  for (const s of stack) if (!(norm[s] === '“' && continued)) bad.push({ at: s, detail: 'unclosed' });
  for (const b of bad.sort((x, y) => x.at - y.at)) ctx.add('unpaired', b.at, b.at + 1, { detail: b.detail });
}

/** ... 。。。 a single … → ……; -- → ——. A single — between words is a connector (量子—电子) and stays. */
function ellipsisAndDash(ctx: BlockContext): void {
  const { text } = ctx;
  const near = (s: number, e: number) => isCjkWide(text[s - 1]) || isCjkWide(text[e]);
  for (const m of matchAll(text, /\.{3,}|。{3,}|…+|·{3,}/g)) {
    const s = m.index!;
    const e = s + m[0].length;
    if (m[0] === '……' || !ctx.free(s, e)) continue;
    if (m[0][0] !== '。' && !near(s, e)) continue; // Latin text keeps its own ellipsis
    if (m[0][0] === '…' && m[0].length > 2) continue; // ………… for a long omission is allowed
    ctx.add('ellipsis', s, e, { replacement: '……' });
  }
  for (const m of matchAll(text, /-{2,}|－{2,}/g)) {
    const s = m.index!;
    const e = s + m[0].length;
    if (!ctx.free(s, e) || !near(s, e)) continue;
    ctx.add('dash', s, e, { replacement: '——' });
  }
}

/** ，， 。。 、、 ！！ (half- and full-width alike); 。。。 is an ellipsis, ？！ is allowed. */
function repeats(ctx: BlockContext): void {
  for (const m of matchAll(ctx.norm, /([，。、；：！？])\1+/g)) {
    const s = m.index!;
    const e = s + m[0].length;
    if (m[1] === '。' && m[0].length >= 3) continue;
    if (!ctx.free(s, e)) continue;
    ctx.add('repeat', s, e, { replacement: m[1] });
  }
}

/** 一. 一， → 一、 and （一）、 （一）. （1）、 → （一） (GB/T 9704 §7.3.3). 1、 is left to each office. */
function ordinals(ctx: BlockContext): void {
  const { norm } = ctx;
  const chinese = /^(\s*[一二三四五六七八九十]{1,3})([．.，])(?=\s*[\u4e00-\u9fff“《])/.exec(norm);
  if (chinese) ctx.add('ordinal', chinese[1].length, chinese[0].length, { replacement: '、', detail: 'chinese' });
  const paren = /^(\s*（(?:[一二三四五六七八九十]{1,3}|\d{1,2})）)([、．.，])/.exec(norm);
  if (paren && !/^\d/.test(norm.slice(paren[0].length))) ctx.add('ordinal', paren[1].length, paren[0].length, { replacement: '', detail: 'paren' });
  // 1、 is common office practice; the rule reports it only when told to prefer 1. (GB/T 9704).
  const arabic = /^(\s*\d{1,2})、(?=\s*[\u4e00-\u9fff“《])/.exec(norm);
  if (arabic) ctx.add('ordinal', arabic[1].length, arabic[0].length, { replacement: '.', detail: 'arabic' });
}

/** A heading ends without 。: Markdown headings, and a 一、 heading standing alone on its line. */
function headingStop(ctx: BlockContext, opening: boolean): void {
  const { norm, block } = ctx;
  const m = /[。．.]\s*$/.exec(norm);
  if (!m || /(?:\.\.|…|\d\.)\s*$/.test(norm.slice(0, m.index + 1))) return;
  const standalone = /^\s*[一二三四五六七八九十]{1,3}、[^。；，：！？]{1,38}[。．.]\s*$/.test(norm);
  // A plain-text title line at the top: 关于…的通知。
  const title = opening && /^[^。；，：！？]{0,40}关于[^。；，：！？]{2,60}的(?:通知|意见|方案|决定|报告|请示|批复|函|办法|规定|计划|规划)[。．.]\s*$/.test(norm);
  if (block.kind !== 'heading' && !standalone && !title) return;
  if (!ctx.free(m.index, m.index + 1)) return;
  ctx.add('heading-stop', m.index, m.index + 1, { replacement: '' });
}

// Words that open with 和/及/与/或 and are not the conjunction (、及时推进 is a list of verbs).
// Place names too: 喀什、和田 and 河西区、和平区 are lists of places.
const NOT_CONJUNCTION = /^(?:和谐|和平|和美|和睦|和解|和煦|和蔼|和衷|和田|和县|和龙|和林格尔|和顺|和静|和硕|和政|和布克赛尔|及时|及早|及格|及至|与会|与时俱进|与日俱增|或许|或缺)/;

/** 、 directly before 和/及/与/以及/或: 新材料、和生物医药 → 新材料和生物医药. */
function dunhaoConjunction(ctx: BlockContext): void {
  for (const m of matchAll(ctx.norm, /、(?=以及|和|及|与|或者|或)/g)) {
    const s = m.index!;
    if (s < ctx.leadEnd || NOT_CONJUNCTION.test(ctx.norm.slice(s + 1)) || !ctx.free(s, s + 1)) continue;
    ctx.add('dunhao-conjunction', s, s + 1, { replacement: '' });
  }
}

const DIGIT = '一二三四五六七八九';
// Measure words after an approximate number; 一、二年级 and 一、二级 are abbreviations and stay.
// 三、四月份, 一、二层, 一、二次分配 and 一、二批 name two items, not an approximate number: 月 层 次 批 are left out.
const MEASURE = '(?:个|天|家|人|名|项|种|倍|岁|条|周|小时|件|台|所|座|位|年(?!级|代)|万|千|百|十|成|米|公里|元|分钟)';
const APPROX_DUNHAO = new RegExp(`(?<![一二三四五六七八九十百千万〇零两第、])([${DIGIT}])、([${DIGIT}])(?=${MEASURE})`, 'g');
// 约 opening an approximate number that 左右/上下 closes again: 约1.5万亿元左右.
const APPROX_REDUNDANT = /(?<![制节预签契公条违履集简隐婚特邀])(大约|约)(?:\d[\d.,]*|[一二三四五六七八九十两百千万亿]+)[^\s，。；：！？、“”《》（）\d]{0,4}?(左右|上下)(?![游级联文])/g;

// A lower bound stated twice: 超过100家以上, 不少于3个以上.
const BOUND_REDUNDANT = /(超过|至少|不少于|不低于)(?:\d[\d.,]*|[一二三四五六七八九十两百千万亿]+)[^\s，。；：！？、“”《》（）\d]{0,4}?(以上)/g;

function approxNumbers(ctx: BlockContext): void {
  const { norm } = ctx;
  // Each pattern needs a mark or word that most blocks lack (、, 约, 以上): test for it first,
  // since the look-behinds run at every position.
  if (norm.includes('、')) {
    for (const m of matchAll(norm, APPROX_DUNHAO)) {
      const s = m.index!;
      if (DIGIT.indexOf(m[2]) !== DIGIT.indexOf(m[1]) + 1 || s + 1 < ctx.leadEnd || !ctx.free(s, s + 3)) continue;
      ctx.add('approx-dunhao', s + 1, s + 2, { replacement: '' });
    }
  }
  if (norm.includes('约')) {
    for (const m of matchAll(norm, APPROX_REDUNDANT)) {
      const s = m.index!;
      const e = s + m[0].length;
      if (!ctx.free(s, e)) continue;
      ctx.add('approx-redundant', s, e, { parts: [ctx.range(s, s + m[1].length), ctx.range(e - m[2].length, e)] });
    }
  }
  if (norm.includes('以上')) {
    for (const m of matchAll(norm, BOUND_REDUNDANT)) {
      const s = m.index!;
      const e = s + m[0].length;
      if (!ctx.free(s, e)) continue;
      ctx.add('approx-redundant', s, e, { detail: 'bound', parts: [ctx.range(s, s + m[1].length), ctx.range(e - m[2].length, e)] });
    }
  }
}

const FULLWIDTH_NUMBER = /[０-９]+(?:．[０-９]+)*/g;
// The look-ahead repeats the first character's class so V8 skips to such characters before trying
// the look-behind at each position; the matches are the same.
const GLYPH_YEAR = /(?=[〇零一二三四五六七八九0OoＯ○０])(?<![\d０-９〇零一二三四五六七八九○OoＯ])[〇零一二三四五六七八九0OoＯ○０]{4}(?=年)/g;

/** Full-width digits (２０２４ → 2024) and 0/O/○/零 in a year written in Chinese numerals (二0二四 → 二〇二四). */
function digitForms(ctx: BlockContext): void {
  const { text } = ctx;
  for (const m of matchAll(text, FULLWIDTH_NUMBER)) {
    const s = m.index!;
    const e = s + m[0].length;
    if (!ctx.free(s, e)) continue;
    ctx.add('fullwidth-digit', s, e, { replacement: m[0].replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) });
  }
  // The year pattern is costly (a look-behind at every position): only blocks with 年 can match.
  if (!text.includes('年')) return;
  for (const m of matchAll(text, GLYPH_YEAR)) {
    const year = m[0];
    const han = [...year].filter((c) => '一二三四五六七八九'.includes(c)).length;
    if (han < 2 || !/[0OoＯ○０零]/.test(year)) continue;
    const s = m.index!;
    if (!ctx.free(s, s + 4)) continue;
    ctx.add('zero-glyph', s, s + 4, { replacement: year.replace(/[0OoＯ○０零]/g, '〇') });
  }
}

// Units after a numeric range written with an ASCII sign (3-5年 is a count of years; 2024-2026年 is a period, part of the date rules).
const RANGE_UNIT = '(?:万亿|亿|万|千|百|%|‰|元|美元|吨|千克|公斤|克|平方米|平方公里|立方米|千米|公里|米|亩|公顷|个|家|人|名|次|项|倍|℃|度|小时|天|周|分钟|秒|岁|台|套|件|条|所|座|辆|户|层|批|篇|页|千瓦|兆瓦|瓦|伏|纳米|英寸|GW|MW|kW|年)';
const RANGE_SIGN = new RegExp(`(?<![\\w.\\/#:\\-－～~])(\\d+(?:\\.\\d+)?)([-~－])(\\d+(?:\\.\\d+)?)(?=${RANGE_UNIT})`, 'g');
const RANGE_HINT = /\d[-~－～—]\d/;
const RANGE_MISSING_UNIT = /(?<![\w.\/#:\-－～~])(\d+(?:\.\d+)?)([～~\-－—])(\d+(?:\.\d+)?)(万亿|亿|万|%)/g;

function ranges(ctx: BlockContext): void {
  const { text, norm } = ctx;
  // Both patterns need a digit, a sign and a digit: most blocks have none.
  if (!RANGE_HINT.test(norm)) return;
  for (const m of matchAll(text, RANGE_SIGN)) {
    const s = m.index!;
    const [, a, , b] = m;
    if (a.length > 4 || b.length > 4) continue; // phone and serial numbers
    const after = text.slice(s + m[0].length);
    if (after.startsWith('年') && (Number(a) >= 100 || Number(b) >= 100)) continue;
    if (Number(b) < Number(a)) continue; // 5-3 is not a range
    const at = s + a.length;
    if (!ctx.free(s, s + m[0].length)) continue;
    ctx.add('range-sign', at, at + 1, { replacement: '～' });
  }
  for (const m of matchAll(norm, RANGE_MISSING_UNIT)) {
    const s = m.index!;
    const [, a, , b, unit] = m;
    if (Number(b) < Number(a) || !ctx.free(s, s + m[0].length)) continue;
    ctx.add('range-unit', s, s + m[0].length, { detail: unit, replacement: unit, parts: [ctx.range(s, s + a.length)] });
  }
}

/** Template marks left in a draft: ×× XXX ○○ 待定 【单位名称】. */
function placeholders(ctx: BlockContext): void {
  const re = /[×Ｘ]{2,}|(?<![A-Za-z])(?:X{2,}|x{2,})(?![A-Za-z])|[○□]{2,}|待定|待补充|待填写?|【[^】]{0,20}(?:名称|单位|日期|时间|填写|姓名|文号|待定|××|XX)[^】]{0,20}】/g;
  for (const m of matchAll(ctx.text, re)) {
    const s = m.index!;
    if (!ctx.free(s, s + m[0].length, true)) continue;
    ctx.add('placeholder', s, s + m[0].length);
  }
}

/**
 * Which characters of a block a wording correction may change: not inline code, URLs or addresses,
 * and not a cited title inside 《》, which is reproduced as issued.
 */
export function editableMask(block: TextBlock): boolean[] {
  const ctx = new BlockContext(block, []);
  return Array.from(ctx.verbatim, (v, i) => !v && !ctx.inTitle[i] && ctx.text[i] !== '《' && ctx.text[i] !== '》');
}

/**
 * Full-width , : ; ? ! in prose against the half-width ones reported as facts. Parentheses are
 * left out: fixes of 文号 brackets and cited-number parentheses change them, and the verdict
 * "written half-width throughout" must not flip while --fix passes run.
 */
export function countPunctuationWidth(blocks: TextBlock[], marks: MarkFact[]): { half: number; full: number } {
  let full = 0;
  // Counted by character code: match() would build an array of one-character strings per block.
  for (const block of blocks) {
    if (block.kind === 'html') continue;
    const text = block.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0xff0c || c === 0xff1a || c === 0xff1b || c === 0xff1f || c === 0xff01) full++;
    }
  }
  return { half: marks.filter((m) => m.kind === 'halfwidth' && !/^\s*[()]\s*$/.test(m.text)).length, full };
}
