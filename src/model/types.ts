/**
 * The policy model: every fact a rule may read, extracted once per file.
 * All ranges are UTF-16 offsets into the decoded source text (BOM removed), end exclusive.
 */

import type { Directive } from '../parse/directives.js';
export type { Directive, DirectiveKind } from '../parse/directives.js';

// The parser's own shapes (blocks, sections, front matter, ranges) are defined in parse/ and are
// part of the model as they are.
export type { SourceRange, BlockKind, TextBlock, BlockSpan, NumberingStyle, Section, FrontMatter, FrontMatterProblem } from '../parse/types.js';
import type { SourceRange, TextBlock, Section, FrontMatter, NumberingStyle } from '../parse/types.js';

/**
 * How a fact was established from the text, strongest first. `explicit`: stated in its own clause
 * with a strong cue (「8个重点领域为：」, 「到2030年」 in the target's clause). `inherited`: taken from
 * around it (the paragraph's first sentence, the section heading, the plan period). `inferred`:
 * guessed (from the title, a region found in the body, a list boundary no cue marked). Rules fire
 * at warn/error only on facts strong enough for them, and say in their evidence which it was.
 */
export type Basis = 'explicit' | 'inherited' | 'inferred';

export type DatePrecision = 'year' | 'month' | 'day';

/** A calendar point as written; missing parts are undefined. */
export interface CalendarDate {
  year?: number;
  month?: number;
  day?: number;
}

export type DateKind =
  | 'point' // 2023年11月, 2024年1月8日, 2024-01-10, 二〇二三年十一月, 9月1日
  | 'range' // 2024—2026年, 2024-2026年
  | 'deadline'; // 到2030年, 2030年前, 到2026年底

export interface DateFact {
  kind: DateKind;
  /** Source text of the whole expression. */
  text: string;
  range: SourceRange;
  block: number;
  /** Sentence index within the block. */
  sentence: number;
  /** For point and deadline: the date; for range: the start. */
  value: CalendarDate;
  /** For range: the end. */
  end?: CalendarDate;
  precision: DatePrecision;
  /** True when the year was not written (9月1日). */
  missingYear: boolean;
  /** For missingYear dates: a year taken from an earlier full date in the same block, if any. */
  contextYear?: number;
  /** For missingYear dates: the word that stands for the year (每年, 今年, 次年), if one is written. */
  relativeYear?: string;
  /** Written in Chinese numerals (二〇二三年十一月). */
  chineseNumerals: boolean;
  /** Deadline qualifiers: 到…年底 → 'end', …年前 → 'before'. */
  qualifier?: 'by' | 'before' | 'end' | 'within';
  /** The range of just the numeric date part (e.g. 2013年11月 inside 于2013年11月). */
  valueRange: SourceRange;
  /** Leading zeros on the month or day of a 年月日 date (2024年03月05日): one range per zero. */
  paddedZeros?: SourceRange[];
  /** The date follows a web page's metadata label (发布时间：, 发布日期：, 生效日期：…): page chrome, not the document's own text. */
  pageLabel?: boolean;
  /** A weekday written right after a full date: 2024年3月5日（星期二）. `value` is 0 for Sunday … 6. */
  weekday?: { text: string; value: number; range: SourceRange; dayRange: SourceRange };
  /** For a range: the mark joining its two ends as written (-, —, ～, 至) and where it stands. */
  connector?: { text: string; range: SourceRange };
}

/** A date written with a two-digit year (24年3月, 25年底): not a DateFact, as its century is a guess. */
export interface ShortYearDate {
  text: string;
  range: SourceRange;
  block: number;
  /** The two digits as written. */
  yearText: string;
  yearRange: SourceRange;
  month?: number;
}

export interface EnumerationItem {
  /** Item text as written (parentheses kept: 零碳负碳（碳捕集利用与封存）). */
  text: string;
  /** Normalised comparison key: no quotes, parentheses removed, full-width folded. */
  key: string;
  range: SourceRange;
  /** When the item joins two names with 和/与/及 and may be a composite: the parts. */
  parts?: { text: string; range: SourceRange }[];
}

export interface Enumeration {
  block: number;
  sentence: number;
  section: number;
  items: EnumerationItem[];
  /** The whole list from first to last item. */
  range: SourceRange;
  /** The cue word before the items (即, 为, 包括, 重点发展, 围绕 …), if any. */
  cue?: string;
  /** Declared count: 等10个 → 10, 八大 → 8. */
  declaredCount?: number;
  /** Range of the count expression (等10个, 八大, 5个). */
  countRange?: SourceRange;
  /** Where the count stands relative to the items. */
  countPosition?: 'before' | 'after';
  /** The noun the list names (重点领域, 成长性未来产业, 方面 …). */
  head?: string;
  /** A “5+X” style group label this list belongs to, with the part it fills ("5" or "X"). */
  group?: { label: string; part: string };
  /** The list ends with 等 (possibly 列举未尽). */
  endsWithDeng: boolean;
  /** True when a count closes the list (等10个) or nothing suggests it is open. */
  closed: boolean;
  /** No cue marked where the first item starts; its start was guessed (a verb may remain glued to it). */
  leadGuessed?: boolean;
  /** Nothing (等, a count, the clause end) marked where the last item ends; its end was guessed. */
  tailGuessed?: boolean;
}

export type Comparator = '>=' | '>' | '<=' | '<' | '=' | '~';

export interface Target {
  block: number;
  sentence: number;
  section: number;
  /** Whole clause the target was read from. */
  range: SourceRange;
  text: string;
  /** Target year, from the clause or inherited (paragraph, section heading, plan period). */
  year?: number;
  yearSource?: 'clause' | 'paragraph' | 'section' | 'period';
  /** The deadline fact the year came from, when it is in this document's text. */
  deadline?: DateFact;
  /** The indicator named (未来产业总产值, 未来产业创新平台). */
  indicator: string;
  /** Normalised indicator key for comparing the same indicator across years. */
  indicatorKey: string;
  /** Numeric value normalised (亿/万 folded into the unit multiplier). */
  value?: number;
  /** Value as written (5000, 十, 百). */
  valueText?: string;
  /** Unit (元, 家, 个, 项, %). Multipliers 万/亿 are folded into value: 5000亿元 → value 5e11, unit 元. */
  unit?: string;
  comparator?: Comparator;
  valueRange?: SourceRange;
  /** True when the target is measurable (has a numeric value). */
  measurable: boolean;
  /** Title of another document the paragraph attributes this target to (《工作意见》提出，到2030年…), without 《》. */
  citing?: string;
}

export interface DocNumber {
  /** As written: 苏政发〔2023〕104号. */
  text: string;
  /** Issuer code: 苏政发. */
  code: string;
  year: number;
  serial: number;
  range: SourceRange;
  /** Range of the year digits inside the brackets. */
  yearRange: SourceRange;
  /** Normalised: code〔year〕serial号. */
  key: string;
  /** The year as written (24 in 国发〔24〕5号). */
  yearText: string;
  /** The serial as written between the closing bracket and 号 (第05 in 〔2024〕第05号). */
  serialText: string;
  /** Where the serial as written stands (absent for a 文号 from front matter). */
  serialRange?: SourceRange;
  /** The brackets around the year as written (〔〕 is the standard's), from the opening one to the closing one. */
  brackets?: { open: string; close: string; range: SourceRange };
}

export interface Reference {
  block: number;
  sentence: number;
  /** Title inside 《》 as written (brackets excluded). */
  title: string;
  /** Title normalised for lookup (issuer prefixes like 省政府 kept separately). */
  titleKey: string;
  titleRange: SourceRange;
  /** 文号 in brackets right after the title: 《…》（徐政发〔2024〕1号）. */
  docNumber?: DocNumber;
  /** The parentheses around that 文号 as written, from the opening one to the closing one. */
  docNumberParens?: { open: string; close: string; range: SourceRange };
  /** 《…》 written directly inside this title (GB/T 15834 wants 〈…〉 there): from the inner 《 to its 》. */
  nestedTitles?: SourceRange[];
  /** Issuer named just before (江苏省政府于…印发《…》) or inside the title (《省政府关于…》). */
  issuer?: { text: string; range: SourceRange };
  /** A date written for the issuing of this document (于2013年11月印发《…》). */
  issueDate?: DateFact;
  /** Planning period named in the title: （2021-2025年） or a five-year plan (“十四五” → 2021–2025). */
  period?: { start: number; end: number; range: SourceRange };
}

export type MetaSource = 'front-matter' | 'inferred';

export interface MetaFact<T> {
  value: T;
  source: MetaSource;
  range?: SourceRange;
}

export type Level = 'national' | 'province' | 'city' | 'district';

export interface DocumentMeta {
  title?: MetaFact<string>;
  issuer?: MetaFact<string>;
  docNumber?: MetaFact<DocNumber>;
  /** 成文日期. */
  date?: MetaFact<CalendarDate>;
  region?: MetaFact<string>;
  province?: MetaFact<string>;
  level?: MetaFact<Level>;
  kind?: MetaFact<string>;
  catalogue?: MetaFact<string>;
}

export interface PolicyModel {
  path: string;
  text: string;
  frontMatter: FrontMatter;
  meta: DocumentMeta;
  blocks: TextBlock[];
  sections: Section[];
  dates: DateFact[];
  enumerations: Enumeration[];
  targets: Target[];
  references: Reference[];
  docNumbers: DocNumber[];
  /** Dates written with a two-digit year (24年3月). */
  shortYearDates: ShortYearDate[];
  /** `<!-- policylint-disable … -->` comments, applied by the engine after the rules ran. */
  directives: Directive[];
  /** Set when the text stops mid-sentence (an excerpt cut off): the section it stops in, or -1. */
  cutOff?: { section: number };
  /** Proofreading facts: punctuation, number forms, placeholders (src/model/proofreading.ts). */
  marks: MarkFact[];
  /**
   * How the prose marks , : ; ? ! ( ) are written across the document: half-width next to Chinese
   * (the halfwidth facts) against full-width. Web copies of official texts are half-width throughout.
   */
  punctuationWidth: { half: number; full: number };
  /** Every numbered lead, in order, with its series (src/model/numbering.ts). */
  numbering: NumberedLead[];
  attachments: AttachmentFacts;
}

/** What a proofreading fact is about (see src/model/proofreading.ts). */
export type MarkKind =
  | 'halfwidth' // , : ; ? ! ( ) next to Chinese
  | 'unpaired' // “ ” ‘ ’ 《 》 （ ） 〈 〉 without their partner in the paragraph
  | 'ellipsis' // ... 。。。 or a single …
  | 'dash' // -- for ——
  | 'repeat' // ，， 。。
  | 'ordinal' // 一. （一）、
  | 'heading-stop' // 。 closing a heading
  | 'dunhao-conjunction' // 、和
  | 'approx-dunhao' // 三、四个
  | 'approx-redundant' // 约…左右
  | 'fullwidth-digit' // ２０２４
  | 'zero-glyph' // 二0二四年
  | 'range-unit' // 9～16亿元
  | 'range-sign' // 10-20万元
  | 'placeholder'; // ×× XXX 待定 【单位名称】

/** One proofreading finding-to-be: a span of prose that breaks a punctuation, number or wording convention. */
export interface MarkFact {
  kind: MarkKind;
  block: number;
  /** The offending span in the source. */
  range: SourceRange;
  /** The span as written. */
  text: string;
  /** What a careful editor writes instead, when that is certain. */
  replacement?: string;
  /** Kind-specific detail: for unpaired, 'unclosed' | 'unopened'; for range-unit, the unit. */
  detail?: string;
  /** Sub-spans a suggestion may remove or change (约 and 左右; the range's first number). */
  parts?: SourceRange[];
}

/** A numbered heading or paragraph lead (一、 （一） 1. （1）), long paragraphs included. */
export interface NumberedLead {
  block: number;
  style: NumberingStyle;
  value: number;
  /** The numbering as written, with its mark: 一、 （三） 2. */
  text: string;
  range: SourceRange;
  /** Range of just the number (三, 2) inside the numbering. */
  valueRange: SourceRange;
  /** Index of the lead this one is nested under (a lower-ranked style before it), or -1. */
  parent: number;
  /** Leads with the same parent and style are one series: 一、二、三. */
  series: number;
  /** 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）. */
  rank: number;
  /** Increases at every unnumbered Markdown heading: numbering starts afresh under it. */
  context: number;
}

export interface AttachmentFacts {
  /** The 附件说明 (附件：1. … 2. …) before the signature, if any. */
  note?: { range: SourceRange; items: { number?: number; title: string; range: SourceRange }[] };
  /** Attachment headings after the body: 附件1, 附件2 (or 附件 alone). */
  headings: { number?: number; text: string; range: SourceRange }[];
  /** Numbered attachments named in the body text: 详见附件3, （附件2）. */
  mentions: { number: number; text: string; range: SourceRange }[];
}
