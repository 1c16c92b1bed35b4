import type { CalendarDate, DateFact, DatePrecision, PolicyModel, ShortYearDate, SourceRange, TextBlock } from './types.js';
import { blockRange, sentenceAt } from '../parse/text-blocks.js';
import { parseChineseNumber, parseChineseYear } from '../parse/chinese-numbers.js';
import { matchAll } from '../parse/match-all.js';

/*
 * Date expressions are found in two passes over each block's folded text: first the "atoms"
 * (a year-month-day as written, an ISO date, a month-day without a year, a span of years or
 * months), then the words around them (到/至 before, 底/前/内 after) and the connectors
 * between two atoms that make a range. Keeping the atoms simple keeps each regex auditable.
 */

// Years as policy texts write them. Four digits only: "30年" is a duration or a shorthand, not a date.
const AR_YEAR = '(?<![\\d.])(\\d{4})';
// 二〇二三, 二0二三, 二零二三, 二○二三 (the white circle is a common stand-in for 〇).
const CN_YEAR = '(?<![〇零一二三四五六七八九十])([一二][〇零O0○一二三四五六七八九]{3})';
const YEAR = `(?:${AR_YEAR}|${CN_YEAR})`;
// Months and days in Chinese numerals; out-of-range forms (十三月, 三十二日) are kept so they can be flagged.
const CN_MONTH = '十[一二三四五六七八九]?|[一二三四五六七八九]';
const CN_DAY = '[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]';
const MONTH = `(\\d{1,2}|${CN_MONTH})`;
const DAY = `(\\d{1,2}|${CN_DAY})`;
const SPAN = '(?:[—–―\\-～]{1,2}|至|到)';

/** Y年[M月[D日]] in Arabic or Chinese numerals. */
const FULL = new RegExp(`${YEAR}\\s?年(?:\\s?${MONTH}\\s?月(?:\\s?${DAY}\\s?日)?)?`, 'dg');
/** Y年M1—M2月: a span of months in one year. */
const MONTH_SPAN = new RegExp(`${YEAR}\\s?年\\s?${MONTH}\\s?${SPAN}\\s?${MONTH}\\s?月`, 'g');
/** Y1—Y2年 (the first year without 年). Y1年—Y2年 is two atoms joined later. */
// (?=\d) and the like repeat the first character's class ahead of a look-behind: V8 then skips to such
// characters instead of trying the look-behind at every position; the matches are the same.
const YEAR_SPAN = /(?=\d)(?<![\d.])(\d{4})\s?([—–―\-～]{1,2}|至|到)\s?(\d{4})\s?年/dg;
/** （Y1—Y2） after a title, without 年. The brackets are required: a bare 2021-2025 may be anything. */
const BRACKET_SPAN = /(?<=[（\[【])(\d{4})\s?([—–―\-～]{1,2})\s?(\d{4})(?=[）\]】])/dg;
/** 2024-01-10, 2024.1.10, 2024/01/10. Day precision only: 2024.1 may be a decimal. */
const ISO = /(?=\d)(?<![\d.\-/])(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?!\d|[.\-/]\d)/g;
/** M月D日 with no year. */
// Not after a written year (that is a full date, or a year out of range); 每年9月1日 is still a month-day.
/** The end of a five-year plan: “十四五”末, 十五五期末 (the plan's last year). */
const PLAN_END = /[“"]?十([一二三四五六七八九])五[”"]?(?:时期)?(?:期末|末)/g;
const MONTH_DAY = new RegExp(`(?<![\\d〇零一二三四五六七八九十O○]\\s?年\\s?)(?<![\\d〇零一二三四五六七八九十])${MONTH}\\s?月\\s?${DAY}\\s?日`, 'dg');

// Words around an atom.
const BEFORE_DEADLINE = /(直到|直至|到|至)\s?$/;
// 达到/得到/截至 … are not deadlines: the verb ends in 到/至 but means something else.
const NOT_DEADLINE_LEAD = { 到: /[达做得受感看想遇收见来回提谈及虑识意止]$/, 至: /[甚乃以截]$/ } as Record<string, RegExp>;
// 前 but not 前后 (around), 前三季度 (the first three quarters), 前列, 前期 ….
const AFTER_WORDS = /^\s?(底|末)?(以前|之前|前(?![后期半列沿瞻〇零一二三四五六七八九十两\d个]))?/;
const AFTER_WITHIN = /^(以内|内)(?![部容涵外需])/;
// The year a month-day belongs to, named in words: 每年的6月30日, 本年度11月30日, 年度内（12月31日前）.
const RELATIVE_YEAR = /(每年|今年|去年|明年|当年|次年|同年|本年|上年|前年|后年|翌年|来年|年度)(?:的|度|内)?\s?[（(]?\s?$/;
const CONNECTOR = /^\s?(?:[—–―\-～]{1,2}|至|到)\s?$/;
/** A weekday right after a date, bracketed or not: （星期二）, 周二, (礼拜天). */
/** Labels of a web page's metadata block in front of a date (mirrors copy them with the text). */
const PAGE_LABEL = /(?:发布|生效|更新|印发|公开|成文|发文)(?:时间|日期)\s*[：:]\s*$/;
const WEEKDAY = /^\s?（?\s?(星期|礼拜|周)([一二三四五六日天])/d;
const WEEKDAY_VALUE: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

type AtomKind = 'full' | 'iso' | 'monthDay' | 'yearSpan' | 'monthSpan' | 'planEnd';

interface Atom {
  kind: AtomKind;
  start: number;
  end: number;
  value: CalendarDate;
  end2?: CalendarDate;
  precision: DatePrecision;
  chinese: boolean;
  /** Indices of leading zeros on the month or day (03月05日). */
  zeros?: number[];
  /** [start, end) of the mark joining a span's ends. */
  connector?: [number, number];
}

/** Indices of the leading zero of each two-digit Arabic part (03, 05) among the given match groups. */
function leadingZeros(m: RegExpMatchArray, groups: number[]): number[] | undefined {
  const zeros = groups.filter((g) => m[g] !== undefined && /^0\d$/.test(m[g])).map((g) => m.indices![g][0]);
  return zeros.length ? zeros : undefined;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

function arabicYear(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const y = Number(text);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : undefined;
}

function chineseYear(text: string): number | undefined {
  const y = parseChineseYear(text.replace(/○/g, '〇'));
  return y !== undefined && y >= MIN_YEAR && y <= MAX_YEAR ? y : undefined;
}

function part(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  return /^\d+$/.test(text) ? Number(text) : parseChineseNumber(text);
}

const isChineseNumeral = (text: string | undefined): boolean => !!text && !/^\d+$/.test(text);

function findAtoms(norm: string): Atom[] {
  const atoms: Atom[] = [];
  const yearOf = (ar: string | undefined, cn: string | undefined) => (ar !== undefined ? arabicYear(ar) : cn !== undefined ? chineseYear(cn) : undefined);

  // Each pattern needs a character most blocks lack (年; 月 and 日; an ASCII digit): skip it then.
  const hasYear = norm.includes('年');
  const hasDigit = /\d/.test(norm);
  for (const m of hasYear ? matchAll(norm, FULL) : []) {
    const year = yearOf(m[1], m[2]);
    if (year === undefined) continue;
    const value: CalendarDate = { year };
    const month = part(m[3]);
    const day = part(m[4]);
    if (month !== undefined) value.month = month;
    if (day !== undefined) value.day = day;
    const precision: DatePrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
    atoms.push({ kind: 'full', start: m.index!, end: m.index! + m[0].length, value, precision, chinese: m[2] !== undefined || isChineseNumeral(m[3]) || isChineseNumeral(m[4]), zeros: leadingZeros(m, [3, 4]) });
  }
  for (const m of hasYear ? matchAll(norm, MONTH_SPAN) : []) {
    const year = yearOf(m[1], m[2]);
    const from = part(m[3]);
    const to = part(m[4]);
    if (year === undefined || from === undefined || to === undefined || to < from) continue;
    atoms.push({ kind: 'monthSpan', start: m.index!, end: m.index! + m[0].length, value: { year, month: from }, end2: { year, month: to }, precision: 'month', chinese: m[2] !== undefined || isChineseNumeral(m[3]) });
  }
  for (const re of hasDigit ? [YEAR_SPAN, BRACKET_SPAN] : []) {
    for (const m of matchAll(norm, re)) {
      const from = arabicYear(m[1]);
      const to = arabicYear(m[3]);
      // A "span" running backwards, or over decades, is a pair of numbers rather than a period.
      if (from === undefined || to === undefined || to < from || to - from > 50) continue;
      atoms.push({ kind: 'yearSpan', start: m.index!, end: m.index! + m[0].length, value: { year: from }, end2: { year: to }, precision: 'year', chinese: false, connector: m.indices![2] });
    }
  }
  for (const m of hasDigit ? matchAll(norm, ISO) : []) {
    const year = arabicYear(m[1]);
    const month = Number(m[3]);
    const day = Number(m[4]);
    // Out-of-range ISO parts are more likely a version or a code than a date: only days 29–31 can be wrong here.
    if (year === undefined || month < 1 || month > 12 || day < 1 || day > 31) continue;
    atoms.push({ kind: 'iso', start: m.index!, end: m.index! + m[0].length, value: { year, month, day }, precision: 'day', chinese: false });
  }
  for (const m of norm.includes('月') && norm.includes('日') ? matchAll(norm, MONTH_DAY) : []) {
    const month = part(m[1]);
    const day = part(m[2]);
    if (month === undefined || day === undefined) continue;
    atoms.push({ kind: 'monthDay', start: m.index!, end: m.index! + m[0].length, value: { month, day }, precision: 'day', chinese: isChineseNumeral(m[1]) || isChineseNumeral(m[2]), zeros: leadingZeros(m, [1, 2]) });
  }

  // Every PLAN_END match ends in 末, which few blocks hold.
  for (const m of norm.includes('末') ? matchAll(norm, PLAN_END) : []) {
    // 十一五 is 2006–2010: the plan numbered n ends in 2010 + 5(n − 11).
    const year = 2010 + 5 * (Number(parseChineseNumber(`十${m[1]}`)) - 11);
    atoms.push({ kind: 'planEnd', start: m.index!, end: m.index! + m[0].length, value: { year }, precision: 'year', chinese: false });
  }

  // Leftmost first, then longest: a span beats the single year it starts with.
  atoms.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Atom[] = [];
  for (const a of atoms) if (!kept.length || a.start >= kept[kept.length - 1].end) kept.push(a);
  return kept;
}

/** Every date expression in the document, in source order. */
export function extractDates(blocks: TextBlock[]): DateFact[] {
  const out: DateFact[] = [];
  for (const block of blocks) out.push(...datesInBlock(block));
  return out;
}

function datesInBlock(block: TextBlock): DateFact[] {
  const norm = block.norm;
  const atoms = findAtoms(norm);
  const facts: DateFact[] = [];
  let lastYear: number | undefined;

  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i];
    const next = atoms[i + 1];
    let start = a.start;
    let end = a.end;
    let valueEnd = a.end;
    let kind: DateFact['kind'] = 'point';
    let endDate = a.end2;
    let qualifier: DateFact['qualifier'];
    let joined: Atom | undefined;
    let connector = a.connector;

    const pointLike = a.kind === 'full' || a.kind === 'iso' || a.kind === 'monthDay';
    if (a.kind === 'yearSpan' || a.kind === 'monthSpan') {
      kind = 'range';
    } else if (next && pointLike && (next.kind === 'full' || next.kind === 'iso' || next.kind === 'monthDay') && CONNECTOR.test(norm.slice(a.end, next.start)) && joinable(a, next)) {
      // 2024年至2026年, 2024年1月至2026年12月, 9月1日至10月31日.
      kind = 'range';
      endDate = { ...next.value };
      end = valueEnd = next.end;
      joined = next;
      const gap = norm.slice(a.end, next.start);
      const lead = gap.length - gap.trimStart().length;
      connector = [a.end + lead, a.end + gap.trimEnd().length];
      i++;
    } else {
      const lead = BEFORE_DEADLINE.exec(norm.slice(Math.max(0, a.start - 3), a.start));
      if (lead) {
        const leadStart = a.start - lead[0].length;
        const word = lead[1];
        const guard = NOT_DEADLINE_LEAD[word.slice(-1)];
        const before = norm.slice(Math.max(0, leadStart - 1), leadStart);
        if (word.length > 1 || !guard || !guard.test(before)) {
          kind = 'deadline';
          qualifier = 'by';
          start = leadStart;
        }
      }
      const tail = norm.slice(a.end);
      const after = a.precision !== 'day' ? AFTER_WORDS.exec(tail) : /^\s?(以前|之前|前(?![后期半列沿瞻〇零一二三四五六七八九十两\d个]))?/.exec(tail);
      const endWord = a.precision !== 'day' && after?.[1];
      const beforeWord = after?.[a.precision !== 'day' ? 2 : 1];
      if (endWord || beforeWord) end = a.end + after![0].length;
      if (beforeWord) {
        kind = 'deadline';
        qualifier = endWord ? 'end' : 'before';
      } else if (endWord && kind === 'deadline') {
        qualifier = 'end';
      } else if (!endWord && kind === 'point' && a.precision === 'year') {
        const within = AFTER_WITHIN.exec(tail);
        if (within) {
          kind = 'deadline';
          qualifier = 'within';
          end = a.end + within[0].length;
        }
      }
    }

    if (a.kind === 'planEnd') {
      // “十四五”末 names the end of a period: a deadline whether or not 到 stands before it.
      kind = 'deadline';
      qualifier = 'end';
    }
    const missingYear = a.value.year === undefined;
    const fact: DateFact = {
      kind,
      text: block.text.slice(start, end),
      range: blockRange(block, start, end),
      block: block.index,
      sentence: sentenceAt(block, start),
      value: { ...a.value },
      precision: a.precision,
      missingYear,
      chineseNumerals: a.chinese || !!joined?.chinese,
      valueRange: blockRange(block, a.start, valueEnd),
    };
    if (endDate) fact.end = endDate;
    if (qualifier) fact.qualifier = qualifier;
    const zeros = [...(a.zeros ?? []), ...(joined?.zeros ?? [])];
    if (zeros.length) fact.paddedZeros = zeros.map((z) => blockRange(block, z, z + 1));
    if (PAGE_LABEL.test(norm.slice(Math.max(0, a.start - 10), a.start))) fact.pageLabel = true;
    if (connector) fact.connector = { text: block.text.slice(connector[0], connector[1]), range: blockRange(block, connector[0], connector[1]) };
    if (a.precision === 'day' && kind === 'point' && end === a.end) {
      const w = WEEKDAY.exec(norm.slice(a.end));
      if (w) {
        const at = a.end + w.indices![1][0];
        const dayAt = a.end + w.indices![2][0];
        fact.weekday = { text: block.text.slice(at, a.end + w.indices![2][1]), value: WEEKDAY_VALUE[w[2]], range: blockRange(block, at, a.end + w.indices![2][1]), dayRange: blockRange(block, dayAt, dayAt + 1) };
      }
    }
    if (missingYear) {
      if (lastYear !== undefined) fact.contextYear = lastYear;
      const rel = RELATIVE_YEAR.exec(norm.slice(Math.max(0, a.start - 6), a.start));
      if (rel) fact.relativeYear = rel[1];
    } else if (kind !== 'range') {
      lastYear = a.value.year;
    }
    facts.push(fact);
  }
  return facts;
}

/** Two point atoms joined by 至/—/到 form a range when the second does not run backwards. */
function joinable(a: Atom, b: Atom): boolean {
  if (a.kind === 'monthDay' && b.kind !== 'monthDay') return false;
  if (a.value.year !== undefined && b.value.year !== undefined) return b.value.year >= a.value.year;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Calendar helpers shared by the date rules.

export const PRECISION_ORDER: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

export function minPrecision(a: DatePrecision, b: DatePrecision): DatePrecision {
  return PRECISION_ORDER[a] <= PRECISION_ORDER[b] ? a : b;
}

/** Days in a month; with no year, February may have 29. */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export type DateProblem = { kind: 'month'; month: number } | { kind: 'day'; month: number; day: number; days: number; year?: number };

/** Why a written date cannot exist (month 0 or 13, 9月31日, 2023年2月29日, day 0), if it cannot. */
export function dateProblem(date: CalendarDate, fallbackYear?: number): DateProblem | undefined {
  if (date.month === undefined) return undefined;
  if (date.month < 1 || date.month > 12) return { kind: 'month', month: date.month };
  if (date.day === undefined) return undefined;
  const year = date.year ?? fallbackYear;
  const days = daysInMonth(date.month, year);
  if (date.day < 1 || date.day > days) return year === undefined ? { kind: 'day', month: date.month, day: date.day, days } : { kind: 'day', month: date.month, day: date.day, days, year };
  return undefined;
}

/** Compare two dates on the parts both have, down to `precision`: negative when a is earlier. */
export function compareDates(a: CalendarDate, b: CalendarDate, precision: DatePrecision): number {
  const keys: (keyof CalendarDate)[] = ['year', 'month', 'day'].slice(0, PRECISION_ORDER[precision] + 1) as (keyof CalendarDate)[];
  for (const k of keys) {
    const x = a[k];
    const y = b[k];
    if (x === undefined || y === undefined) return 0;
    if (x !== y) return x - y;
  }
  return 0;
}

const CN_DIGITS = '〇一二三四五六七八九';

function chineseSmall(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens > 1 ? CN_DIGITS[tens] : '') + '十' + (ones ? CN_DIGITS[ones] : '');
}

/** Write a date as 2023年11月 (or 二〇二三年十一月 with `chinese`) at the given precision. */
export function formatDate(date: CalendarDate, precision: DatePrecision, chinese = false): string {
  const num = (n: number) => (chinese ? chineseSmall(n) : String(n));
  let s = '';
  if (date.year !== undefined) s += (chinese ? [...String(date.year)].map((d) => CN_DIGITS[Number(d)]).join('') : String(date.year)) + '年';
  if (precision === 'year' || date.month === undefined) return s;
  s += num(date.month) + '月';
  if (precision === 'month' || date.day === undefined) return s;
  return s + num(date.day) + '日';
}

/**
 * Write `date` the way `fact` writes its date (Chinese numerals, ISO with its separator and
 * padding, or 年月日), at the fact's precision: for suggestions that replace `fact.valueRange`.
 */
export function formatLike(fact: DateFact, date: CalendarDate): string {
  const iso = /(\d{4})([-./])(\d{1,2})\2(\d{1,2})/.exec(fact.text);
  if (iso && fact.precision === 'day' && date.year !== undefined && date.month !== undefined && date.day !== undefined) {
    const pad = (n: number, like: string) => (like.length === 2 ? String(n).padStart(2, '0') : String(n));
    return `${date.year}${iso[2]}${pad(date.month, iso[3])}${iso[2]}${pad(date.day, iso[4])}`;
  }
  return formatDate(date, fact.precision, fact.chineseNumerals);
}

// A two-digit year before a month or a year-end word (24年3月, 25年底). 30年 alone is a duration.
const SHORT_YEAR = /(?<![\d.\-/第近前后每多余约超逾])(\d{2})\s?年(?=\s?(?:(\d{1,2})\s?月(?!份?[以之]?[内间])|底|末|初))/dg;

/** Dates written with a two-digit year. Kept apart from DateFacts: their century is not written. */
export function extractShortYearDates(blocks: TextBlock[]): ShortYearDate[] {
  const out: ShortYearDate[] = [];
  for (const block of blocks) {
    for (const m of matchAll(block.norm, SHORT_YEAR)) {
      const month = m[2] !== undefined ? Number(m[2]) : undefined;
      if (month !== undefined && (month < 1 || month > 12)) continue;
      const [ys, ye] = m.indices![1];
      const range: SourceRange = blockRange(block, m.index!, m.index! + m[0].length);
      const fact: ShortYearDate = { text: block.text.slice(m.index!, m.index! + m[0].length), range, block: block.index, yearText: block.text.slice(ys, ye), yearRange: blockRange(block, ys, ye) };
      if (month !== undefined) fact.month = month;
      out.push(fact);
    }
  }
  return out;
}

/** The document's own year: its 成文日期, else the four-digit year of its own 文号. */
export function documentYear(model: Pick<PolicyModel, 'meta'>): number | undefined {
  const own = model.meta.docNumber?.value;
  return model.meta.date?.value.year ?? (own && own.yearText.replace(/\s/g, '').length === 4 ? own.year : undefined);
}

/** Day of the week (0 Sunday … 6 Saturday) of a calendar date, proleptic Gregorian. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}
