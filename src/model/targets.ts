import type { Comparator, DateFact, DocumentMeta, Section, BlockSpan, Target, TextBlock } from './types.js';
import { blockRange, indexInBlock, sentenceAt } from '../parse/text-blocks.js';
import { foldText } from '../parse/normalize.js';
import { parseChineseNumber } from '../parse/chinese-numbers.js';
import { matchAll } from '../parse/match-all.js';
import { codeTable } from '../parse/code-table.js';

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
 * 约/近/…左右/…上下 → '~' (达到3.5%左右 is '~'); 不超过/控制在/降至/下降/减少/…以内/…以下 → '<=',
 * also when approximate (降至55%左右 stays '<='); 低于/少于 → '<'; a range (1到2个) → its lower bound
 * with '>='; nothing (培育十家) → '='.
 *
 * A year that is the base of a comparison (比2020年下降14.5%, 较2015年, 与2020年相比, 以2020年为基数)
 * is neither a target year nor part of the indicator. Years and values listed with 分别
 * (2025年、2030年分别达到1000亿元、2000亿元) are paired in order, or not at all when the counts differ.
 * A scope phrase (以…7600多名残疾人为主要对象) is not a goal.
 *
 * Year sources, nearest first: 'clause' (a deadline in the same sentence, which runs to 。！？ and
 * keeps its ；-separated parts together), 'paragraph' (an earlier sentence of the same block),
 * 'section' (a lead-in deadline earlier in the section or a parent, or a year in the section's or a
 * parent's title: （二）2026年目标), 'period' (the planning period in the document title:
 * 三年行动方案(2024-2026年) → 2026, “十四五”规划 → 2025). A bare year opening a sentence
 * (2024年，力争… / 2023年力争完成…) is a deadline when it is not before the document's year, or, in an
 * undated document, when a goal word follows it; before the document's year it opens history, whose
 * numbers are not goals. A year inside a cited title (《2030年前碳达峰行动方案》) is not a deadline.
 * Deadlines are the date extractor's facts, so `deadline` links to them.
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
// The look-ahead first is the class every match starts with (AR or CN): V8 can then skip ahead to
// those characters instead of evaluating the look-behind at each position; the matches are the same.
const QUANTITY = new RegExp(
  '(?=[\\d零〇一二两三四五六七八九十百千万亿])' +
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
  // Falling verbs: 降至50%, and 下降14.5% (a decrease written as its size) is read as a ceiling too.
  [/(?:不超过|不高于|控制在|降至|降到|降低到|降低至|下降到|下降至|压减到|压减至|下降|降低|减少|压减|压降|削减)\s*$/, '<='],
  [/(?:突破|超过|高于|大于|多于|超)\s*$/, '>'],
  [/(?:低于|少于|小于)\s*$/, '<'],
];
// Approximation written before the number (约, 接近): '~' unless a falling verb precedes it (降至约50%).
const PRE_APPROX = /(?:大约|约|接近|将近|近)\s*$/;
const POST_COMPARATOR: Record<string, Comparator> = { 以上: '>=', 以内: '<=', 以下: '<=', 左右: '~', 上下: '~', 多: '>' };

const GOAL_VERB = /力争|争取|确保|目标(?:是|为)|预计|预期|将[^，；。]{0,20}?(?:达到|突破|超过)/;
const ACHIEVED = /已经|已|累计完成|连续\d+年|截至|截止|以来|同比|比上年|较上年|去年|上年|近年来|过去/;
// Support: the words anywhere in the sentence (对…达到1亿元的企业给予奖励), the amounts in the clause.
const SUPPORT = /给予|奖励|补贴|补助|资助|贴息/;
const SUPPORT_AMOUNT = /最高|单个|每个|每家|每项|安排/;
// Verbs before a counted noun (培育国家高新技术企业500家): the indicator is the noun.
const ACTION_VERB = /^(?:培育|建设|建成|打造|组建|引育|引进|新建|推出|形成|攻克|突破|实施|集聚|布局|创建|认定|发展|孵化|招引|完成)+/;
const BACKGROUND = /发展基础|发展现状|现状|背景|成效|回顾|进展情况|形势|概况|总体情况|基本情况|发展情况/;
const QUALITATIVE = /一批|一系列|若干|格局|体系|高地|集群|基本|初步|显著|明显|大幅|全面|形成|建成|成为|培育|打造|壮大|提升|增强|突破|涌现|领先|前列|集聚|落地/;
const CITING = /《([^《》]{1,80})》(?:（[^（）]*）)?中?(?:提出|明确|要求|指出|强调|确定|规定)/g;
// In an undated document, a bare year opening a sentence is a deadline only when one of these follows it
// in its first clause (2023年力争完成…, 2016年基本完成…); otherwise it may as well be history.
const GOAL_WORD = /力争|争取|确保|力求|努力|完成|实现|达到|基本|取得|目标|预计|预期/;
// Words after a year that make it not a deadline: 2023年以来, 2024年起, 2024年度, 2023年上半年.
const NOT_OPENING_YEAR = /^(?:以来|来|起|开始|至今|以后|以前|后|前|初|度|内|中|上半年|下半年)/;
// Comparison bases: the year after 比/较 (比2020年下降14.5%), or between 与…相比 and 以…为基数.
const BASELINE_CUE = /(?:(?<!占)比|较|相比|相较于?|对比|同比|较之)\s*$/;
const BASELINE_PAIRS: [RegExp, RegExp][] = [
  [/(?:与|和|同|跟)\s*$/, /^\s*(?:相比|比较|持平)/],
  [/(?:以|在|按)\s*$/, /^\s*(?:为基数|为基期|为基准|为基年|的?基础上|的?水平上)/],
];
// Scope, not a goal: 以…7600多名持证残疾人为主要对象, 以…为重点, 以…为基础 (以…为目标 is a goal).
const SCOPE_AFTER = /^[^，；。]*?为(?:主要|重点|核心)?(?:对象|重点|主体|基础|核心|主线|抓手|动力|导向|依托|载体|突破口|牵引|支撑|前提|契机|单位|依据)/;
// 以 that opens a scope phrase, not 以上/以内/以下/以来/以及/以便.
const SCOPE_LEAD = /以(?![上内下来及便免外前后])/;

// Words that open a clause but are not part of an indicator name (a year that is no deadline included).
const LEADING_NOISE = /^(?:[\s“”"‘’「」、，：]|\d{4}年度?|全市|全省|全区|全县|全国|全域|全年|年内|我市|我省|我区|本市|本省|各地|力争|争取|确保|预计|预期|目标是|目标为|努力|使|推动|带动|将|实现|累计|其中|进一步)+/;
const TRAILING_NOISE = /(?:[\s“”"‘’「」、，]|的|以上|左右|等|分别)+$/;

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
  // Date facts by block, gathered once: every block and section title looks only at its own.
  const datesByBlock = new Map<number, DateFact[]>();
  for (const d of dates) {
    const list = datesByBlock.get(d.block);
    if (list) list.push(d);
    else datesByBlock.set(d.block, [d]);
  }
  const datesIn = (block: TextBlock | undefined): DateFact[] => (block && datesByBlock.get(block.index)) || [];
  const titleYears = new Map<number, { year: number; fact: DateFact }>();
  for (const s of sections) {
    if (titleSections.has(s.index)) continue;
    const y = sectionTitleYear(s, blocks, datesIn(blocks[s.blocks[0]]));
    if (y) titleYears.set(s.index, y);
  }
  const period = planPeriodEnd(meta.title?.value);
  // Lead-in deadlines by section: 到2026年，实现以下目标： governs the list that follows.
  const leads = new Map<number, Deadline>();

  const targets: Target[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading' || block.kind === 'html' || !block.norm.trim()) continue;
    const blockDates = datesIn(block);
    const baselines = blockBaselines(block, blockDates);
    const isBaseline = (d: DateFact) => baselines.some((b) => b.fact === d);
    const { deadlines, history } = blockDeadlines(block, blockDates, docYear, isBaseline);
    const goals = block.section !== -1 && isGoals(block.section);
    const background = block.section !== -1 && isBackground(block.section);
    const clauses = splitClauses(block.norm);
    const yearPoints = blockDates
      .filter((d) => d.block === block.index && d.kind === 'point' && d.precision === 'year' && d.value.year !== undefined && !isBaseline(d))
      .map((d) => ({ start: indexInBlock(block, d.range.start), end: indexInBlock(block, d.range.end), year: d.value.year!, fact: d }));
    // A citation needs 《: most blocks have none and skip the scan.
    const citing = !block.norm.includes('《') ? [] : matchAll(block.norm, CITING).map((m) => ({ at: m.index!, title: block.text.slice(m.index! + 1, m.index! + 1 + m[1].length) }));
    const pastParagraph = /^\s*(?:近年来|近些年|过去|[“"]?十[一二三四]五[”"]?(?:时期|期间|以来))/.test(block.norm);
    // A sentence opened by a year before the document's (2023年，全市实现…) reports history up to the next deadline.
    const inHistory = (at: number) => {
      const sentence = block.sentences[sentenceAt(block, at)];
      const past = history.filter((h) => h.start >= sentence.start && h.start <= at).at(-1);
      return past !== undefined && !deadlines.some((d) => d.start > past.start && d.start < at);
    };
    // The subject ends before a comparison base: 能源消耗「比2020年」下降14.5%.
    const subjectEnd = (from: number, to: number) => Math.min(to, ...baselines.filter((b) => b.cue >= from && b.cue < to).map((b) => b.cue));
    const respective = new Map<Clause, Respective | undefined>();

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
    for (const m of matchAll(block.norm, QUANTITY)) {
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
      if (SCOPE_LEAD.test(clauseBefore) && SCOPE_AFTER.test(block.norm.slice(qe, clause.end))) continue;
      if (inHistory(qs)) continue;
      if (!respective.has(clause)) respective.set(clause, findRespective(block, clause, sentence, blockDates, isBaseline, deadlines, subjectEnd));
      const resp = respective.get(clause);
      const paired = resp && qs > resp.at ? resp.values.indexOf(qs) : -1;
      // 2025年、2030年分别达到…: a value without its own year in the list is not dated by guess.
      if (resp && qs > resp.at && resp.years.length && (resp.years.length !== resp.values.length || paired === -1)) continue;
      // 服务业增加值2025年突破4000亿元、2028年冲刺5000亿元: a bare year just before the verb dates this
      // quantity alone, and is not part of its indicator.
      // Where the quantity before this one in its clause ends (a scan of the clause): used twice below.
      const previous = lastQuantityEnd(block.norm, clause.start, qs);
      const partStart = Math.max(clause.start, previous);
      const inline = yearPoints.find((d) => d.start >= partStart && d.end <= qs && /^[\u4e00-\u9fff]{0,4}$/.test(block.norm.slice(d.end, qs)));
      const listed = resp && paired !== -1 && resp.years.length ? resp.years[paired] : undefined;
      const when = listed
        ? { year: listed.year, yearSource: 'clause' as const, deadline: listed.fact }
        : inline
          ? { year: inline.year, yearSource: 'clause' as const, deadline: inline.fact }
          : yearFor(qs, clause);
      const marked = (when && when.yearSource !== 'section') || leadApplies(block, chain, leads) || goals || GOAL_VERB.test(sentenceBefore);
      if (!marked) continue;
      if (pastParagraph && !deadlines.some((d) => d.start >= sentence.start && d.start < sentence.end)) continue;

      // Indicator: the noun after the quantity (培育10家以上「未来产业创新平台」), else the subject before it
      // (全市「未来产业总产值」突破5000亿元).
      let comparator: Comparator | undefined;
      let before = clauseBefore;
      if (previous > clause.start) before = block.norm.slice(previous, qs);
      // Values listed after 分别 share the verb written before the first (分别达到1000亿元、2000亿元).
      if (resp && paired !== -1) before = block.norm.slice(resp.at, resp.values[0]);
      const approx = PRE_APPROX.exec(before);
      if (approx) before = before.slice(0, approx.index);
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
      // 达到3.5%左右: the approximation wins over a rising verb; a falling one keeps its direction
      // (降至55%左右 is still a ceiling, so a smaller later value is not a regression).
      const falling = comparator === '<=' || comparator === '<';
      if ((approx || g.post === '左右' || g.post === '上下') && !falling) comparator = '~';
      if (g.post) comparator ??= POST_COMPARATOR[g.post];
      if (g.ar2 || g.cn2) comparator ??= '>=';
      comparator ??= '=';

      let indicator: string;
      if (resp && paired !== -1 && (resp.years.length || resp.items.length === resp.values.length)) {
        // 增加值2025年、2030年分别达到…: one indicator for every year; 能耗、排放分别下降…: one each.
        indicator = resp.years.length ? resp.subject : resp.items[paired];
      } else if (objectForm) {
        indicator = block.text.slice(afterStart, afterStart + afterText.length);
      } else {
        const beforeStart = (previous > clause.start ? previous : clause.start);
        indicator = inline ? cleanSubject(block, beforeStart, inline.start, deadlines) : cleanSubject(block, beforeStart, subjectEnd(beforeStart, beforeStart + before.length), deadlines);
        const verb = ACTION_VERB.exec(foldText(indicator));
        if (verb && verb[0].length < indicator.length) indicator = indicator.slice(verb[0].length);
        // The second of two dated values shares the first one's indicator (…、2028年冲刺5000亿元), as does
        // a value with no subject later in the sentence, in the same unit (…收入达到3万元，到2030年达到2.5万元).
        const sibling = targets.at(-1);
        const sameClause = sibling?.range.start === blockRange(block, clause.start, clause.end).start;
        const sameSentence = sibling?.sentence === sentenceAt(block, qs) && sibling.unit === g.unit;
        if (!indicator && sibling && sibling.block === block.index && ((inline && sameClause) || sameSentence)) indicator = sibling.indicator;
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

    // Qualitative goals: only in goals sections, so target-missing can tell a section of words from one of
    // numbers. Not from table cells: a cell is a label (永久基本农田保护面积（公顷）), not a goal.
    if (goals && !background && block.kind !== 'tableCell') {
      for (const clause of clauses) {
        if (quantityClauses.has(clause)) continue;
        const sentence = block.sentences[sentenceAt(block, clause.start)];
        if (ACHIEVED.test(block.norm.slice(sentence.start, clause.end)) || inHistory(clause.start)) continue;
        const words = cleanSubject(block, clause.start, clause.end, deadlines);
        if (hanCount(words) < 4 || !QUALITATIVE.test(words)) continue;
        const scope = SCOPE_LEAD.exec(foldText(words));
        if (scope && SCOPE_AFTER.test(foldText(words).slice(scope.index))) continue;
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
 * 到“十四五”末), plus a bare year that opens a sentence (2025年，全市… / 2023年力争完成…): a deadline
 * when it is not before the document's year or, undated, when a goal word follows it in its first clause;
 * before the document's year it is `history`. A year inside a cited title is that document's, and a
 * comparison base (比2020年) is no deadline at all.
 */
function blockDeadlines(
  block: TextBlock,
  dates: DateFact[],
  docYear: number | undefined,
  isBaseline: (d: DateFact) => boolean,
): { deadlines: Deadline[]; history: Deadline[] } {
  const out: Deadline[] = [];
  const history: Deadline[] = [];
  for (const d of dates) {
    if (d.block !== block.index || d.value.year === undefined || isBaseline(d)) continue;
    const start = indexInBlock(block, d.range.start);
    const end = Math.max(start, indexInBlock(block, d.range.end));
    if (/截至|截止/.test(block.norm.slice(Math.max(0, start - 3), end))) continue;
    const fact = { start, end, year: d.value.year, fact: d };
    if (d.kind === 'deadline') out.push(fact);
    else if (d.kind === 'point' && d.precision === 'year' && opensSentence(block.norm, start, end)) {
      if (docYear !== undefined) (d.value.year >= docYear ? out : history).push(fact);
      else if (GOAL_WORD.test(block.norm.slice(end).replace(/^，/, '').split(/[，；：。！？]/)[0])) out.push(fact);
    }
  }
  const titles = matchAll(block.norm, /《[^《》]*》/g).map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const outside = (d: Deadline) => !titles.some((t) => t.start < d.start && d.end < t.end + 1);
  return { deadlines: out.filter(outside).sort((a, b) => a.start - b.start), history: history.filter(outside) };
}

/** A bare year at the head of a sentence or clause list (after 。；：, a line break or an item number), followed by its text. */
function opensSentence(norm: string, start: number, end: number): boolean {
  const lead = /(?:^|[。；：！？\s])\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?$/.test(norm.slice(0, start));
  const rest = norm.slice(end);
  return lead && (rest.startsWith('，') || (/^[\u4e00-\u9fff]/.test(rest) && !NOT_OPENING_YEAR.test(rest)));
}

interface Baseline {
  fact: DateFact;
  /** Where the comparison phrase starts (the 比 of 比2020年, the 与 of 与2020年相比). */
  cue: number;
}

/** Years that are the base of a comparison: 比2020年, 较2015年, 与2020年相比, 以2020年为基数. */
function blockBaselines(block: TextBlock, dates: DateFact[]): Baseline[] {
  const out: Baseline[] = [];
  for (const d of dates) {
    if (d.block !== block.index || d.value.year === undefined) continue;
    const start = indexInBlock(block, d.range.start);
    const end = Math.max(start, indexInBlock(block, d.range.end));
    const before = block.norm.slice(Math.max(0, start - 4), start);
    const after = block.norm.slice(end, end + 8);
    const cue = BASELINE_CUE.exec(before) ?? BASELINE_PAIRS.map(([b, a]) => (a.test(after) ? b.exec(before) : null)).find((m) => m);
    if (cue) out.push({ fact: d, cue: start - before.length + cue.index });
  }
  return out;
}

interface Respective {
  /** Index of 分别. */
  at: number;
  /** Two or more years listed before 分别 (2025年、2030年分别…), else empty. */
  years: Deadline[];
  /** Start indices of the quantities after 分别 in the clause. */
  values: number[];
  /** With years: the subject before them, the one indicator of every value. */
  subject: string;
  /** Without years: the subject's 、-separated names (能源消耗、二氧化碳排放分别下降…). */
  items: string[];
}

/**
 * 增加值2025年、2030年分别达到1000亿元、2000亿元 and 到2025年、2027年、2030年，增加值分别达到…:
 * the years listed just before 分别 (or before the comma that opens its subject), and the values after it.
 */
function findRespective(
  block: TextBlock,
  clause: Clause,
  sentence: BlockSpan,
  dates: DateFact[],
  isBaseline: (d: DateFact) => boolean,
  deadlines: Deadline[],
  subjectEnd: (from: number, to: number) => number,
): Respective | undefined {
  const norm = block.norm;
  const at = norm.indexOf('分别', clause.start);
  if (at === -1 || at >= clause.end) return undefined;
  const values = matchAll(norm, QUANTITY).map((m) => m.index!).filter((i) => i > at && i < clause.end);
  if (!values.length) return undefined;
  const years = dates
    .filter((d) => d.block === block.index && d.value.year !== undefined && (d.kind === 'point' || d.kind === 'deadline') && !isBaseline(d))
    .map((d) => ({ start: indexInBlock(block, d.range.start), end: indexInBlock(block, d.range.end), year: d.value.year!, fact: d }))
    .filter((d) => d.start >= sentence.start && d.end <= at)
    .sort((a, b) => a.start - b.start);
  const last = years.at(-1);
  const gap = last ? norm.slice(last.end, at) : '';
  const listed: Deadline[] = [];
  if (last && /^\s*(?:，[^，；。：\d]*)?$/.test(gap)) {
    listed.push(last);
    for (let i = years.length - 2; i >= 0 && /^\s*[、和及与]\s*$/.test(norm.slice(years[i].end, listed[0].start)); i--) listed.unshift(years[i]);
  }
  if (listed.length >= 2) {
    const from = gap.trim() ? last!.end + gap.indexOf('，') + 1 : clause.start;
    const to = gap.trim() ? at : listed[0].start;
    return { at, years: listed, values, subject: cleanSubject(block, from, subjectEnd(from, to), deadlines), items: [] };
  }
  const names = cleanSubject(block, clause.start, subjectEnd(clause.start, at), deadlines).split('、');
  names[names.length - 1] = names[names.length - 1].replace(/等.*$/, '');
  return { at, years: [], values, subject: '', items: names.every((n) => hanCount(n) >= 2) ? names : [] };
}

// Checked by code: a one-character string per character of every block costs more than the split.
const CLAUSE_END_CODES = codeTable('，；：。！？');

function splitClauses(norm: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (let i = 0; i < norm.length; i++) {
    if (!CLAUSE_END_CODES[norm.charCodeAt(i)]) continue;
    const ch = norm[i];
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
  for (const m of matchAll(norm.slice(from, to), QUANTITY)) end = from + m.index! + m[0].length;
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
