import type { Comparator, DateFact, DocumentMeta, Section, Target, TextBlock } from './types.js';
import { blockRange, indexInBlock, sentenceAt } from '../parse/text-blocks.js';
import { foldText } from '../parse/normalize.js';
import { parseChineseNumber } from '../parse/chinese-numbers.js';

/*
 * Targets (发展目标): a quantity (number + unit) or a qualitative goal, with the year it is due.
 *
 * A quantity counts as a target only when something marks it as a goal, because policy texts are
 * full of numbers that are not goals (achievements, subsidies, list counts, specifications):
 *   (a) a deadline (到2030年, 2030年前, 到“十四五”末) stands in its sentence, earlier in its paragraph,
 *       or in a lead-in paragraph of its section (到2026年，实现以下目标：);
 *   (b) it stands in a goals section (a section or parent whose title contains 目标);
 *   (c) a goal verb governs it (力争, 争取, 确保, 目标是, 预计, 将…达到).
 * It never counts when its sentence reports what was achieved (已, 累计完成, 连续2年, 截至, 以来, 同比…),
 * when it stands in a background section (发展基础, 制定背景, 总体情况…), when it is an amount of
 * support (给予, 奖励, 补贴, 最高…), or when it counts a list (…等10个, 8个方面).
 *
 * Comparators: 突破/超过/高于/多于/…多/…余 → '>'; 达到/不低于/不少于/至少/…以上 → '>=';
 * 约/近/…左右/…上下 → '~' (达到3.5%左右 is '~'); 不超过/控制在/降至/…以内/…以下 → '<='; 低于/少于 → '<';
 * a range (1到2个) → its lower bound with '>='; nothing (培育十家) → '='.
 *
 * Year sources, nearest first: 'clause' (a deadline in the same sentence, which runs to 。！？ and
 * keeps its ；-separated parts together), 'paragraph' (an earlier sentence of the same block),
 * 'section' (a lead-in deadline earlier in the section or a parent, or a year in the section's or a
 * parent's title: （二）2026年目标), 'period' (the planning period in the document title:
 * 三年行动方案(2024-2026年) → 2026, “十四五”规划 → 2025). A year inside a cited title
 * (《2030年前碳达峰行动方案》) is not a deadline. Deadlines are the date extractor's facts, so
 * `deadline` links to them.
 */

const AR = '\\d+(?:，\\d{3})*(?:\\.\\d+)?';
const CN = '[零〇一二两三四五六七八九十百千万亿]+';
const MULT = '万亿|亿|万|千';
const UNITS = [
  '个百分点', '百分点', '平方公里', '平方米', '千瓦时', '千瓦', '兆瓦', '吉瓦', '吨标准煤', '人次', '家次',
  '元', '家', '个', '项', '%', '人', '名', '座', '条', '所', '台', '套', '件', '户', '亩', '公里', '千米', '吨', '倍',
  '款', '种', '支', '位', '篇', '部', '场', '处', '辆', '艘', '架', 'GW', 'MW',
];
// Number (or range) + multiplier + unit. Not inside a longer token (3D, 5G, 〔2024〕, 1.5, 第3, 前10名),
// and not a duration or a word that starts with a unit character (3个月, 两部门, 一部分, 元宇宙).
const QUANTITY = new RegExp(
  '(?<![\\dA-Za-z.\\-—/〔［\\[第前每零〇一二两三四五六七八九十百千万亿])' +
    `(?:(?<ar>${AR})(?<arm>${MULT})?|(?<cn>${CN}))` +
    `(?:\\s*(?:到|至|～|-|—|–)\\s*(?:(?<ar2>${AR})(?<arm2>${MULT})?|(?<cn2>${CN})))?` +
    '(?<approx>多|余)?' +
    `(?<unit>${UNITS.join('|')})` +
    '(?<post>以上|以内|以下|左右|上下|多)?' +
    '(?!月|工作日|季度|小时|门|分|委|署|宇宙|素|民|工|级|\\d)',
  'g',
);
// Where a second quantity starts in the rest of a clause (10个示范样本、100个应用场景).
const NEXT_QUANTITY = new RegExp(`(?:${AR}|${CN})(?:${MULT})?(?:${UNITS.join('|')})`);
// Idioms and programme names that read like a count (百家争鸣, 千家万户, 千人计划).
const IDIOM_AFTER = /^(?:家争鸣|家万户|家灯火|人计划|人空巷|个维护|个确立|个务必|个结合|个一百年|个大局|个代表|个全面|个文明|个自信|个意识)/;

const PRE_COMPARATORS: [RegExp, Comparator][] = [
  [/(?:不低于|不少于|达到或超过|至少|达到|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增长至|增至|扩大到|扩大至|冲刺|迈上|站上|达)\s*$/, '>='],
  [/(?:不超过|不高于|控制在|降至|降到|降低到|降低至|下降到|下降至|压减到|压减至)\s*$/, '<='],
  [/(?:突破|超过|高于|大于|多于|超)\s*$/, '>'],
  [/(?:低于|少于|小于)\s*$/, '<'],
  [/(?:大约|约|接近|近)\s*$/, '~'],
];
const POST_COMPARATOR: Record<string, Comparator> = { 以上: '>=', 以内: '<=', 以下: '<=', 左右: '~', 上下: '~', 多: '>' };

const GOAL_VERB = /力争|争取|确保|目标(?:是|为)|预计|预期|将[^，；。]{0,20}?(?:达到|突破|超过)/;
const ACHIEVED = /已经|已|累计完成|连续\d+年|截至|截止|以来|同比|比上年|较上年|去年|上年|近年来|过去/;
// Support: the words anywhere in the sentence (对…达到1亿元的企业给予奖励), the amounts in the clause.
const SUPPORT = /给予|奖励|补贴|补助|资助|贴息/;
const SUPPORT_AMOUNT = /最高|单个|每个|每家|每项|安排/;
// Verbs before a counted noun (培育国家高新技术企业500家): the indicator is the noun.
const ACTION_VERB = /^(?:培育|建设|建成|打造|组建|引育|引进|新建|推出|形成|攻克|突破|实施|集聚|布局|创建|认定|发展|孵化|招引)+/;
const BACKGROUND = /发展基础|发展现状|现状|背景|成效|回顾|进展情况|形势|概况|总体情况|基本情况|发展情况/;
const QUALITATIVE = /一批|一系列|若干|格局|体系|高地|集群|基本|初步|显著|明显|大幅|全面|形成|建成|成为|培育|打造|壮大|提升|增强|突破|涌现|领先|前列|集聚|落地/;
const CITING = /《([^《》]{1,80})》(?:（[^（）]*）)?中?(?:提出|明确|要求|指出|强调|确定|规定)/g;

// Words that open a clause but are not part of an indicator name.
const LEADING_NOISE = /^(?:[\s“”"‘’「」、，：]|全市|全省|全区|全县|全国|全域|我市|我省|我区|本市|本省|各地|力争|争取|确保|预计|预期|目标是|目标为|努力|使|推动|带动|将|实现|累计|其中|进一步)+/;
const TRAILING_NOISE = /(?:[\s“”"‘’「」、，]|的|以上|左右|等)+$/;

interface Deadline {
  start: number;
  end: number;
  year: number;
  fact: DateFact;
}

interface Clause {
  start: number;
  end: number;
}

/** Quantified (and, in goals sections, qualitative) goals, in source order. */
export function extractTargets(blocks: TextBlock[], sections: Section[], dates: DateFact[], meta: DocumentMeta): Target[] {
  const docYear = meta.date?.value.year;
  const titleSections = new Set(sections.filter((s) => isDocumentTitle(s, sections, meta)).map((s) => s.index));
  const chain = (index: number): Section[] => {
    const out: Section[] = [];
    for (let i = index; i !== -1; i = sections[i].parent) if (!titleSections.has(i)) out.push(sections[i]);
    return out;
  };
  const isGoals = (index: number) => chain(index).some((s) => s.title.includes('目标'));
  const isBackground = (index: number) => chain(index).some((s) => BACKGROUND.test(s.title) && !s.title.includes('目标'));
  const titleYears = new Map<number, { year: number; fact: DateFact }>();
  for (const s of sections) {
    if (titleSections.has(s.index)) continue;
    const y = sectionTitleYear(s, blocks, dates);
    if (y) titleYears.set(s.index, y);
  }
  const period = planPeriodEnd(meta.title?.value);
  // Lead-in deadlines by section: 到2026年，实现以下目标： governs the list that follows.
  const leads = new Map<number, Deadline>();

  const targets: Target[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading' || block.kind === 'html' || !block.norm.trim()) continue;
    const deadlines = blockDeadlines(block, dates, docYear);
    const goals = block.section !== -1 && isGoals(block.section);
    const background = block.section !== -1 && isBackground(block.section);
    const clauses = splitClauses(block.norm);
    const yearPoints = dates
      .filter((d) => d.block === block.index && d.kind === 'point' && d.precision === 'year' && d.value.year !== undefined)
      .map((d) => ({ start: indexInBlock(block, d.range.start), end: indexInBlock(block, d.range.end), year: d.value.year!, fact: d }));
    const citing = [...block.norm.matchAll(CITING)].map((m) => ({ at: m.index!, title: block.text.slice(m.index! + 1, m.index! + 1 + m[1].length) }));
    const pastParagraph = /^\s*(?:近年来|近些年|过去|[“"]?十[一二三四]五[”"]?(?:时期|期间|以来))/.test(block.norm);

    const yearFor = (at: number, clause: Clause): Pick<Target, 'year' | 'yearSource' | 'deadline'> | undefined => {
      const sentence = block.sentences[sentenceAt(block, at)];
      // The nearest deadline before the quantity in its sentence, else one later in its clause (产值2030年前突破…).
      const inSentence = deadlines.filter((d) => d.start >= sentence.start && d.start < at);
      const own = inSentence.at(-1) ?? deadlines.find((d) => d.start >= at && d.end <= clause.end);
      if (own) return { year: own.year, yearSource: 'clause', deadline: own.fact };
      const earlier = deadlines.filter((d) => d.end <= sentence.start).at(-1);
      if (earlier) return { year: earlier.year, yearSource: 'paragraph', deadline: earlier.fact };
      for (const s of block.section === -1 ? [] : chain(block.section)) {
        const lead = leads.get(s.index);
        if (lead) return { year: lead.year, yearSource: 'section', deadline: lead.fact };
        const t = titleYears.get(s.index);
        if (t) return { year: t.year, yearSource: 'section', deadline: t.fact };
      }
      return undefined;
    };

    const quantityClauses = new Set<Clause>();
    for (const m of block.norm.matchAll(QUANTITY)) {
      const g = m.groups!;
      const qs = m.index!;
      const unitEnd = qs + m[0].length - (g.post?.length ?? 0);
      const qe = qs + m[0].length;
      const clause = clauses.find((c) => c.start <= qs && qs < c.end)!;
      if (g.cn && !g.ar2 && !g.cn2 && (g.cn === '一' || IDIOM_AFTER.test(block.norm.slice(unitEnd - g.unit.length)))) continue;
      // 9～16亿元: the multiplier written once applies to both ends of the range.
      const value = readValue(g.ar, g.arm ?? g.arm2, g.cn);
      if (value === undefined) continue;

      const sentence = block.sentences[sentenceAt(block, qs)];
      const sentenceBefore = block.norm.slice(sentence.start, qs);
      const clauseBefore = block.norm.slice(clause.start, qs);
      const after = block.norm.slice(qe, clause.end);
      // Support amounts and their conditions (对营业收入首次达到1亿元的企业给予奖励) are not goals.
      if (background || ACHIEVED.test(sentenceBefore) || SUPPORT.test(block.norm.slice(sentence.start, sentence.end)) || SUPPORT_AMOUNT.test(clauseBefore)) continue;
      if (/等\s*$/.test(clauseBefore) || /^方面|^大类/.test(after)) continue; // a list count, not a goal
      // 服务业增加值2025年突破4000亿元、2028年冲刺5000亿元: a bare year just before the verb dates this
      // quantity alone, and is not part of its indicator.
      const partStart = Math.max(clause.start, lastQuantityEnd(block.norm, clause.start, qs));
      const inline = yearPoints.find((d) => d.start >= partStart && d.end <= qs && /^[\u4e00-\u9fff]{0,4}$/.test(block.norm.slice(d.end, qs)));
      const when = inline ? { year: inline.year, yearSource: 'clause' as const, deadline: inline.fact } : yearFor(qs, clause);
      const marked = (when && when.yearSource !== 'section') || leadApplies(block, chain, leads) || goals || GOAL_VERB.test(sentenceBefore);
      if (!marked) continue;
      if (pastParagraph && !deadlines.some((d) => d.start >= sentence.start && d.start < sentence.end)) continue;

      // Indicator: the noun after the quantity (培育10家以上「未来产业创新平台」), else the subject before it
      // (全市「未来产业总产值」突破5000亿元).
      let comparator: Comparator | undefined;
      let before = clauseBefore;
      const previous = lastQuantityEnd(block.norm, clause.start, qs);
      if (previous > clause.start) before = block.norm.slice(previous, qs);
      for (const [re, c] of PRE_COMPARATORS) {
        const cm = re.exec(before);
        if (cm) {
          comparator = c;
          before = before.slice(0, cm.index);
          break;
        }
      }
      const nextQuantity = block.norm.slice(qe, clause.end).search(NEXT_QUANTITY);
      let afterText = nextQuantity === -1 ? after : after.slice(0, nextQuantity);
      afterText = afterText.split('、')[0];
      const afterStart = qe + (afterText.length - afterText.replace(/^[\s的]+/, '').length);
      afterText = afterText.replace(/^[\s的]+/, '').replace(TRAILING_NOISE, '');
      const objectForm = hanCount(afterText) >= 2 && !/^(?:大关|目标|水平|规模)$/.test(afterText);
      // 突破100项关键核心技术: 突破 is the verb here, not "more than".
      if (objectForm && comparator === '>' && /突破\s*$/.test(clauseBefore)) comparator = undefined;
      if (g.approx) comparator ??= '>';
      // 达到3.5%左右: the approximation wins over the verb.
      if (g.post === '左右' || g.post === '上下') comparator = '~';
      if (g.post) comparator ??= POST_COMPARATOR[g.post];
      if (g.ar2 || g.cn2) comparator ??= '>=';
      comparator ??= '=';

      let indicator: string;
      if (objectForm) {
        indicator = block.text.slice(afterStart, afterStart + afterText.length);
      } else {
        const beforeStart = (previous > clause.start ? previous : clause.start);
        indicator = inline ? cleanSubject(block, beforeStart, inline.start, deadlines) : cleanSubject(block, beforeStart, beforeStart + before.length, deadlines);
        const verb = ACTION_VERB.exec(foldText(indicator));
        if (verb && verb[0].length < indicator.length) indicator = indicator.slice(verb[0].length);
        // The second of two dated values shares the first one's indicator (…、2028年冲刺5000亿元).
        const sibling = targets.at(-1);
        if (!indicator && inline && sibling && sibling.block === block.index && sibling.range.start === blockRange(block, clause.start, clause.end).start) indicator = sibling.indicator;
        if (!indicator) indicator = block.text.slice(afterStart, afterStart + afterText.length);
      }
      const first = g.ar ?? g.cn;
      const second = g.ar2 ?? g.cn2;
      const numberEnd = second ? qs + m[0].indexOf(second, first.length) + second.length : qs + first.length;
      const cite = citing.filter((c) => c.at < qs).at(-1);
      const target: Target = {
        block: block.index,
        sentence: sentenceAt(block, qs),
        section: block.section,
        range: blockRange(block, clause.start, clause.end),
        text: block.text.slice(clause.start, clause.end),
        ...(when ?? fallbackPeriod(period)),
        indicator,
        indicatorKey: indicatorKey(indicator),
        value,
        valueText: block.text.slice(qs, numberEnd),
        unit: g.unit,
        comparator,
        valueRange: blockRange(block, qs, unitEnd),
        measurable: true,
      };
      if (cite) target.citing = cite.title;
      targets.push(target);
      quantityClauses.add(clause);
    }

    // Qualitative goals: only in goals sections, so target-missing can tell a section of words from one of numbers.
    if (goals && !background) {
      for (const clause of clauses) {
        if (quantityClauses.has(clause)) continue;
        const sentence = block.sentences[sentenceAt(block, clause.start)];
        if (ACHIEVED.test(block.norm.slice(sentence.start, clause.end))) continue;
        const words = cleanSubject(block, clause.start, clause.end, deadlines);
        if (hanCount(words) < 4 || !QUALITATIVE.test(words)) continue;
        const when = yearFor(clause.start, clause);
        const cite = citing.filter((c) => c.at < clause.start).at(-1);
        const target: Target = {
          block: block.index,
          sentence: sentenceAt(block, clause.start),
          section: block.section,
          range: blockRange(block, clause.start, clause.end),
          text: block.text.slice(clause.start, clause.end),
          ...(when ?? fallbackPeriod(period)),
          indicator: words,
          indicatorKey: indicatorKey(words),
          measurable: false,
        };
        if (cite) target.citing = cite.title;
        targets.push(target);
      }
    }

    // Register this block's deadline as the lead-in of its section for the blocks that follow.
    if (deadlines.length && block.section !== -1 && (goals || /：\s*$/.test(block.norm))) leads.set(block.section, deadlines.at(-1)!);
  }
  return targets.sort((a, b) => a.range.start - b.range.start || (a.valueRange?.start ?? 0) - (b.valueRange?.start ?? 0));
}

function fallbackPeriod(period: number | undefined): Pick<Target, 'year' | 'yearSource'> {
  return period === undefined ? {} : { year: period, yearSource: 'period' };
}

/** A lead-in deadline earlier in the block's section (or a parent) marks its quantities as goals. */
function leadApplies(block: TextBlock, chain: (i: number) => Section[], leads: Map<number, Deadline>): boolean {
  return block.section !== -1 && chain(block.section).some((s) => leads.has(s.index));
}

/** The top heading that titles the whole document is not a section of it (its period is the 'period' source). */
export function isDocumentTitle(s: Section, sections: Section[], meta: DocumentMeta): boolean {
  if (s.parent !== -1 || s.source !== 'markdown') return false;
  const squash = (t: string) => foldText(t).replace(/[\s《》“”"]/g, '');
  if (meta.title && squash(meta.title.value) === squash(s.title)) return true;
  return s.index === 0 && sections.some((c) => c.parent === 0);
}

/** End year of the planning period named in the title: (2024-2026年) → 2026, “十四五” → 2025. */
export function planPeriodEnd(title: string | undefined): number | undefined {
  if (!title) return undefined;
  const t = foldText(title);
  const range = /(\d{4})\s*年?\s*[—–\-－~～至到]\s*(\d{4})\s*年/.exec(t);
  if (range) return Number(range[2]);
  const plan = /十([一二三四五六七八九])五/.exec(t);
  if (plan) return fiveYearPlanEnd(`十${plan[1]}`);
  return undefined;
}

function fiveYearPlanEnd(ordinal: string): number | undefined {
  const n = parseChineseNumber(ordinal);
  return n === undefined ? undefined : 2010 + 5 * (n - 11);
}

/**
 * A year in a section title that dates the goals under it: （二）2026年目标, 到2030年主要目标,
 * 近期目标（2024—2026年）. Read from the date facts of the heading block.
 */
function sectionTitleYear(s: Section, blocks: TextBlock[], dates: DateFact[]): { year: number; fact: DateFact } | undefined {
  const block = blocks[s.blocks[0]];
  if (!block || !s.title) return undefined;
  const at = block.text.indexOf(s.title);
  if (at === -1) return undefined;
  const title = blockRange(block, at, at + s.title.length);
  const inTitle = dates.filter((d) => d.block === block.index && d.value.year !== undefined && d.range.start >= title.start && d.range.end <= title.end);
  const deadline = inTitle.find((d) => d.kind === 'deadline');
  if (deadline) return { year: deadline.value.year!, fact: deadline };
  // A bare year or a period names the goals' year only in a goals heading; a period's goals fall due at its end.
  const other = s.title.includes('目标') ? inTitle.find((d) => d.kind === 'range' || d.kind === 'point') : undefined;
  if (!other) return undefined;
  return { year: other.kind === 'range' ? other.end?.year ?? other.value.year! : other.value.year!, fact: other };
}

/**
 * Deadlines in a block, by text index, from the date extractor's facts (到2030年, 2030年前,
 * 到“十四五”末), plus a bare year that opens a sentence in a plan (2025年，全市…) when it is not
 * in the past. A year inside a cited title is that document's, not a deadline of this one.
 */
function blockDeadlines(block: TextBlock, dates: DateFact[], docYear: number | undefined): Deadline[] {
  const out: Deadline[] = [];
  for (const d of dates) {
    if (d.block !== block.index || d.value.year === undefined) continue;
    const start = indexInBlock(block, d.range.start);
    const end = Math.max(start, indexInBlock(block, d.range.end));
    if (/截至|截止/.test(block.norm.slice(Math.max(0, start - 3), end))) continue;
    if (d.kind === 'deadline') out.push({ start, end, year: d.value.year, fact: d });
    else if (d.kind === 'point' && d.precision === 'year' && docYear !== undefined && d.value.year >= docYear && /^，/.test(block.norm.slice(end)) && /(?:^|[。；：！？\s])\s*$/.test(block.norm.slice(0, start))) {
      out.push({ start, end, year: d.value.year, fact: d });
    }
  }
  const titles = [...block.norm.matchAll(/《[^《》]*》/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  return out.filter((d) => !titles.some((t) => t.start < d.start && d.end < t.end + 1)).sort((a, b) => a.start - b.start);
}

function splitClauses(norm: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (let i = 0; i < norm.length; i++) {
    const ch = norm[i];
    if (!'，；：。！？'.includes(ch)) continue;
    if (ch === '，' && /\d/.test(norm[i - 1] ?? '') && /\d{3}/.test(norm.slice(i + 1, i + 4))) continue;
    out.push({ start, end: i });
    start = i + 1;
  }
  out.push({ start, end: norm.length });
  return out;
}

function readValue(ar: string | undefined, mult: string | undefined, cn: string | undefined): number | undefined {
  if (ar !== undefined) {
    const n = Number(ar.replace(/，/g, ''));
    const factor = mult === '万亿' ? 1e12 : mult === '亿' ? 1e8 : mult === '万' ? 1e4 : mult === '千' ? 1e3 : 1;
    return Number((n * factor).toPrecision(15));
  }
  return cn === undefined ? undefined : parseChineseNumber(cn);
}

/** End of the last quantity in norm[from, to), or `from` when there is none. */
function lastQuantityEnd(norm: string, from: number, to: number): number {
  let end = from;
  for (const m of norm.slice(from, to).matchAll(QUANTITY)) end = from + m.index! + m[0].length;
  return end;
}

/** The subject of a clause as written, without the deadline, 全市/力争 and the like. */
function cleanSubject(block: TextBlock, start: number, end: number, deadlines: Deadline[]): string {
  let s = start;
  // Skip deadlines and citation cues at the clause start: 《工作意见》提出，到2030年，全市…
  for (let changed = true; changed; ) {
    changed = false;
    const d = deadlines.find((x) => x.start >= s && x.start < end && !block.norm.slice(s, x.start).trim().replace(LEADING_NOISE, ''));
    if (d) {
      s = Math.min(end, d.end);
      changed = true;
    }
    const noise = LEADING_NOISE.exec(block.norm.slice(s, end));
    if (noise && noise[0].length) {
      s += noise[0].length;
      changed = true;
    }
  }
  // A deadline inside the subject (产值2027年前突破…) is not part of the indicator's name.
  let text = '';
  let norm = '';
  let at = s;
  for (const d of deadlines) {
    if (d.end <= s || d.start >= end) continue;
    text += block.text.slice(at, d.start);
    norm += block.norm.slice(at, d.start);
    at = Math.max(at, d.end);
  }
  text += block.text.slice(at, Math.max(at, end));
  norm += block.norm.slice(at, Math.max(at, end));
  const trailing = TRAILING_NOISE.exec(norm);
  return (trailing ? text.slice(0, trailing.index) : text).trim();
}

/** Comparison key: folded, no quotes or spaces, without the modifiers before the last 的. */
export function indicatorKey(indicator: string): string {
  let k = foldText(indicator).replace(/[\s“”"‘’「」《》（）()]/g, '');
  k = k.replace(LEADING_NOISE, '').replace(TRAILING_NOISE, '');
  const de = k.lastIndexOf('的');
  if (de !== -1 && k.length - de - 1 >= 2) k = k.slice(de + 1);
  return k;
}

function hanCount(text: string): number {
  let n = 0;
  for (const ch of text) if (/[\u4e00-\u9fff]/.test(ch)) n++;
  return n;
}
