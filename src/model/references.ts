import type { DateFact, DocNumber, Reference, SourceRange, TextBlock } from './types.js';
import { blockRange, indexInBlock, sentenceAt } from '../parse/text-blocks.js';
import { foldText } from '../parse/normalize.js';

// An agency name as it stands before 关于 in a title or before an issuing verb in prose.
const AGENCY_END = '(?:人民政府办公厅|人民政府办公室|人民政府|政府办公厅|政府办公室|政府|办公厅|办公室|国务院|中共中央|党中央|委员会|发展改革委|[省市区县]委|部门|[厅局委部院署办])';
// 江苏省人民政府关于…, 省政府关于…, 工业和信息化部等七部门关于…; not 国务院办公厅转发…关于 (a different document).
const TITLE_ISSUER = new RegExp(`^((?:(?!转发|印发|批转|关于).){1,40}?${AGENCY_END})(?=关于)`);
// The verbs that issue a document. They must stand right before the 《 of the title they issue.
const ISSUING_VERB = /(?:联合)?(?:印发|出台|发布|颁布|制定|下发|公布)(?:了|的)?(?:实施)?\s?$/;
// Words that put a date out of the issuing clause: 2023年以来 …, 近日 ….
const NOT_ISSUE_DATE_AFTER = /^(?:以来|起|开始|以后|后|至今|以前|前|底|末)/;
const NOT_ISSUE_DATE_BETWEEN = /近日|日前|近期|最近|随后|此后|今年|去年|《|》/;
// Prepositions and verbs that open a clause before an issuer: 依据省委、省政府《…》.
const CLAUSE_LEAD = /^(?:依据|根据|按照|依照|对照|参照|贯彻落实|贯彻|落实|结合|经|由|在|于)/;
const ISSUER = new RegExp(`^([\\u4e00-\\u9fff]{1,20}?${AGENCY_END})(?=于|在|会同|联合|牵头|等|、|和|与|及|印发|出台|发布|颁布|制定|下发|公布|$)`);
const CLAUSE_BREAK = /[，；：。！？,;:!?]/;

/**
 * Normalise a title for lookup: folded, no spaces, quotes and inner title marks dropped, dashes and
 * brackets unified, and an issuer prefix (江苏省人民政府关于… → 关于…) removed. Registry titles go
 * through the same function, so a cited title and a registered one compare equal.
 */
export function normalizeTitleKey(title: string): string {
  const t = foldText(title)
    .replace(/[\s\u3000]+/g, '')
    .replace(/[“”"‘’'「」『』《》〈〉]/g, '')
    .replace(/[—–―\-－～]+/g, '-')
    .replace(/[（(]/g, '（')
    .replace(/[）)]/g, '）');
  const issuer = TITLE_ISSUER.exec(t);
  return issuer ? t.slice(issuer[1].length) : t;
}

/** 关于印发X的通知 → X: the document a transmitting notice carries, for lookup. */
export function unwrapTitleKey(key: string): string | undefined {
  const m = /^关于印发(.+)的通知$/.exec(key);
  return m ? m[1] : undefined;
}

/** Documents cited in 《》, with the 文号, issuer and issue date written with them. */
export function extractReferences(blocks: TextBlock[], docNumbers: DocNumber[], dates: DateFact[]): Reference[] {
  const refs: Reference[] = [];
  for (const block of blocks) {
    const inBlock = (r: SourceRange) => r.start >= block.range.start && r.end <= block.range.end;
    const blockDates = dates.filter((d) => d.block === block.index);
    const blockNumbers = docNumbers.filter((d) => inBlock(d.range));
    for (const [open, close] of titleSpans(block)) {
      refs.push(reference(block, open, close, blockDates, blockNumbers));
    }
  }
  return refs;
}

/**
 * Outermost 《…》 pairs in a block, as [index of 《, index of 》]. Nested 《》 (and 〈〉) stay inside
 * the outer title. A 《 that is not closed before its sentence ends is a typo: it is skipped and
 * the scan resumes just after it, so the titles that follow are still found.
 */
function titleSpans(block: TextBlock): [number, number][] {
  const norm = block.norm;
  const spans: [number, number][] = [];
  let i = 0;
  while (i < norm.length) {
    const open = norm.indexOf('《', i);
    if (open < 0) break;
    const sentenceEnd = block.sentences[sentenceAt(block, open)].end;
    let depth = 0;
    let close = -1;
    for (let k = open; k < sentenceEnd; k++) {
      if (norm[k] === '《') depth++;
      else if (norm[k] === '》' && --depth === 0) {
        close = k;
        break;
      }
    }
    if (close < 0 || close === open + 1) {
      i = open + 1;
      continue;
    }
    spans.push([open, close]);
    i = close + 1;
  }
  return spans;
}

function reference(block: TextBlock, open: number, close: number, dates: DateFact[], docNumbers: DocNumber[]): Reference {
  const norm = block.norm;
  const title = block.text.slice(open + 1, close);
  const ref: Reference = {
    block: block.index,
    sentence: sentenceAt(block, open),
    title,
    titleKey: normalizeTitleKey(norm.slice(open + 1, close)),
    titleRange: blockRange(block, open + 1, close),
  };

  // 《…》（徐政发〔2024〕1号）: the 文号 opens right inside the bracket after the title.
  let j = close + 1;
  while (norm[j] === ' ') j++;
  if (norm[j] === '（') {
    const openAt = j;
    j++;
    while (norm[j] === ' ') j++;
    const at = block.offsets[j];
    const dn = docNumbers.find((d) => d.range.start === at);
    if (dn) {
      ref.docNumber = dn;
      let k = indexInBlock(block, dn.range.end);
      while (norm[k] === ' ') k++;
      if (norm[k] === '）') ref.docNumberParens = { open: block.text[openAt], close: block.text[k], range: blockRange(block, openAt, k + 1) };
    }
  }
  const nested = nestedTitleSpans(norm, open, close).map(([a, b]) => blockRange(block, a, b + 1));
  if (nested.length) ref.nestedTitles = nested;

  // The clause before the title: from the last clause break (or the sentence start) to the 《.
  const sentenceStart = block.sentences[ref.sentence].start;
  let clauseStart = open;
  while (clauseStart > sentenceStart && !CLAUSE_BREAK.test(norm[clauseStart - 1])) clauseStart--;
  const clause = norm.slice(clauseStart, open);
  const verb = ISSUING_VERB.exec(clause);

  const issuer = issuerBefore(block, clauseStart, open, verb ? verb.index : clause.length, !!verb, dates);
  if (issuer) ref.issuer = issuer;
  else {
    const inTitle = TITLE_ISSUER.exec(norm.slice(open + 1, close));
    if (inTitle) ref.issuer = { text: block.text.slice(open + 1, open + 1 + inTitle[1].length), range: blockRange(block, open + 1, open + 1 + inTitle[1].length) };
  }

  // 关于印发《…》的通知 names a notice; it says nothing about when the document was issued.
  if (verb && !/关于\s?$/.test(clause.slice(0, verb.index))) {
    const issueDate = issueDateBefore(block, sentenceStart, clauseStart, open, dates);
    if (issueDate) ref.issueDate = issueDate;
  }

  const period = periodOf(block, open, close, dates);
  if (period) ref.period = period;
  return ref;
}

/** 《…》 pairs one level inside the title 《 at `open` (deeper ones are left alone: 〈〉 holds 《》 again). */
function nestedTitleSpans(norm: string, open: number, close: number): [number, number][] {
  const spans: [number, number][] = [];
  let depth = 0;
  let innerOpen = -1;
  for (let k = open + 1; k < close; k++) {
    if (norm[k] === '《') {
      if (depth === 0) innerOpen = k;
      depth++;
    } else if (norm[k] === '》' && depth > 0 && --depth === 0) spans.push([innerOpen, k]);
  }
  return spans;
}

/**
 * The issuer named at the head of the clause: 江苏省政府于2013年11月印发, 苏州市政府出台,
 * 省工业和信息化厅会同…联合印发了 (the first agency). Without an issuing verb the agency must
 * stand right against the title (省委、省政府《关于…》), which is the common way to name an issuer.
 */
function issuerBefore(block: TextBlock, clauseStart: number, open: number, verbAt: number, hasVerb: boolean, dates: DateFact[]) {
  const norm = block.norm;
  let s = clauseStart;
  while (norm[s] === ' ') s++;
  // A date at the head of the clause (2020年9月省工业和信息化厅…) is not part of the issuer.
  for (const d of dates) {
    const ds = indexInBlock(block, d.range.start);
    const de = indexInBlock(block, d.range.end - 1) + 1;
    if (ds === s) {
      s = de;
      while (norm[s] === ' ') s++;
    }
  }
  const lead = CLAUSE_LEAD.exec(norm.slice(s, open));
  if (lead) s += lead[0].length;
  const region = norm.slice(s, clauseStart + verbAt);
  const m = ISSUER.exec(region);
  if (!m) return undefined;
  const name = m[1];
  const rest = region.slice(name.length);
  if (!hasVerb) {
    // Only a list of agencies may stand between the first one and the title.
    if (!new RegExp(`^(?:[、和与及](?:[\\u4e00-\\u9fff]{1,20}?${AGENCY_END}))*$`).test(rest)) return undefined;
  }
  return { text: block.text.slice(s, s + name.length), range: blockRange(block, s, s + name.length) };
}

/**
 * The issuing date: the nearest point date before the title, either inside the issuing clause
 * (江苏省政府于2013年11月印发《…》) or making up the whole clause just before it
 * (9月1日，苏州市政府出台《…》), with no other title or time word (近日, 以来) in between.
 */
function issueDateBefore(block: TextBlock, sentenceStart: number, clauseStart: number, open: number, dates: DateFact[]): DateFact | undefined {
  const norm = block.norm;
  let best: DateFact | undefined;
  let bestStart = -1;
  let bestEnd = -1;
  for (const d of dates) {
    if (d.kind !== 'point') continue;
    const ds = indexInBlock(block, d.range.start);
    const de = indexInBlock(block, d.range.end - 1) + 1;
    if (ds < sentenceStart || de > open || ds < bestStart) continue;
    best = d;
    bestStart = ds;
    bestEnd = de;
  }
  if (!best) return undefined;
  if (bestStart < clauseStart) {
    // The previous clause must be the date alone (optionally 于/在 before it).
    let prevStart = clauseStart - 1;
    while (prevStart > sentenceStart && !CLAUSE_BREAK.test(norm[prevStart - 1])) prevStart--;
    const lead = norm.slice(prevStart, bestStart).trim();
    const trail = norm.slice(bestEnd, clauseStart - 1).trim();
    if (!/^(?:于|在)?$/.test(lead) || trail !== '') return undefined;
  }
  const between = norm.slice(bestEnd, open);
  if (NOT_ISSUE_DATE_AFTER.test(between) || NOT_ISSUE_DATE_BETWEEN.test(between)) return undefined;
  return best;
}

const FIVE_YEAR_PLAN = /十([一二三四五六七八九])五(?=[”"’]|规划|时期|期间)/;
const CN_DIGIT_VALUE: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A planning period in the title: a year range written in it, or a five-year plan's name. */
function periodOf(block: TextBlock, open: number, close: number, dates: DateFact[]): Reference['period'] {
  const from = block.offsets[open + 1];
  const to = block.offsets[close];
  const span = dates.find((d) => d.kind === 'range' && d.precision === 'year' && d.range.start >= from && d.range.end <= to && d.end?.year !== undefined);
  if (span) return { start: span.value.year!, end: span.end!.year!, range: span.valueRange };
  const plan = FIVE_YEAR_PLAN.exec(block.norm.slice(open + 1, close));
  if (!plan) return undefined;
  // The 11th plan began in 2006; each plan is five years.
  const start = 2006 + 5 * (10 + CN_DIGIT_VALUE[plan[1]] - 11);
  const at = open + 1 + plan.index;
  return { start, end: start + 4, range: blockRange(block, at, at + 3) };
}

/** Whether a range lies inside a cited title (《…》), where text is quoted as issued and not corrected. */
export function insideTitle(references: readonly Reference[], range: SourceRange): boolean {
  return references.some((r) => range.start >= r.titleRange.start && range.end <= r.titleRange.end);
}
