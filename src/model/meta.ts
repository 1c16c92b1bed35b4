import type { CalendarDate, DateFact, DocNumber, DocumentMeta, Level, MetaFact, TextBlock } from './types.js';
import type { ParsedFrontMatter } from '../parse/front-matter.js';
import { parseDocNumber } from './doc-numbers.js';
import { placeOf } from './gazetteer.js';

const KINDS: [RegExp, string][] = [
  [/(?:政策)?解读$/, '政策解读'],
  [/指导意见$/, '指导意见'],
  [/实施意见$/, '实施意见'],
  [/工作意见$/, '工作意见'],
  [/若干意见$/, '若干意见'],
  [/意见$/, '意见'],
  [/行动方案$/, '行动方案'],
  [/实施方案$/, '实施方案'],
  [/工作方案$/, '工作方案'],
  [/方案$/, '方案'],
  [/行动计划$/, '行动计划'],
  [/计划$/, '计划'],
  [/规划(?:纲要)?$/, '规划'],
  [/(?:若干)?措施$/, '措施'],
  [/办法$/, '办法'],
  [/规定$/, '规定'],
  [/决定$/, '决定'],
  [/通知$/, '通知'],
  [/报告$/, '报告'],
];

/** 文种 from a title: 《徐州市…指导意见》政策解读 → 政策解读; 关于印发《…方案》的通知 → 方案 (the wrapped document's kind). */
export function kindOfTitle(title: string): string | undefined {
  let t = title.replace(/\s+/g, '').replace(/[（(][^（()）]*[）)]$/, '');
  const wrapped = /^.*?关于印发《(.+)》的通知$/.exec(t);
  if (wrapped) t = wrapped[1].replace(/[（(][^（()）]*[）)]$/, '');
  if (/》(?:政策)?解读$/.test(t)) return '政策解读';
  t = t.replace(/[》」”]$/, '');
  for (const [re, kind] of KINDS) if (re.test(t)) return kind;
  return undefined;
}

const FULL_DATE_LINE = /^\s*(?:成文日期[：:]?\s*)?(\d{4}年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九O0]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|\d{4}-\d{1,2}-\d{1,2})\s*$/;
const LABELLED = (label: string) => new RegExp(`${label}\\s*[：:]\\s*([^\\s：:]+)`);
const ISSUER_LINE = /^[\u4e00-\u9fff（）()]{2,24}(?:人民政府|政府|办公厅|办公室|委员会|厅|局|部|委|院)(?:办公厅|办公室)?$/;

function fact<T>(value: T, source: MetaFact<T>['source'], range?: { start: number; end: number }): MetaFact<T> {
  return range ? { value, source, range } : { value, source };
}

/**
 * Document metadata: the front matter's valid keys first, then what the text gives
 * (title from the first heading or line, 文号 line, 落款 date line, issuer, place, 文种).
 */
export function buildMeta(frontMatter: ParsedFrontMatter, blocks: TextBlock[], dates: DateFact[], docNumbers: DocNumber[]): DocumentMeta {
  const meta: DocumentMeta = {};
  const bad = new Set(frontMatter.problems.map((p) => p.path.split(/[.[]/)[0]));
  const fm = (key: string): string | undefined => {
    const v = frontMatter.normalized[key];
    return typeof v === 'string' && !bad.has(key) ? v : undefined;
  };
  const r = (key: string) => frontMatter.valueRanges[key];

  // Front matter.
  const title = fm('title');
  if (title) meta.title = fact(title, 'front-matter', r('title'));
  const issuer = fm('issuer');
  if (issuer) meta.issuer = fact(issuer, 'front-matter', r('issuer'));
  const docNumberText = fm('docNumber');
  if (docNumberText) {
    const parsed = parseDocNumber(docNumberText);
    const range = r('docNumber')!;
    if (parsed) meta.docNumber = fact<DocNumber>({ ...parsed, range, yearRange: range }, 'front-matter', range);
  }
  const date = fm('date');
  if (date) {
    const [y, m, d] = date.split('-').map(Number);
    meta.date = fact<CalendarDate>({ year: y, month: m, day: d }, 'front-matter', r('date'));
  }
  for (const key of ['region', 'province', 'kind', 'catalogue'] as const) {
    const v = fm(key);
    if (v) meta[key] = fact(v, 'front-matter', r(key));
  }
  const level = fm('level');
  if (level) meta.level = fact(level as Level, 'front-matter', r('level'));

  // Inference from the text.
  const textBlocks = blocks.filter((b) => b.kind !== 'tableCell' && b.text.trim());
  if (!meta.title) {
    // A heading, else an early line that reads like a title (ends with a 文种 or says 关于), else the first short line.
    const heading = textBlocks.find((b) => b.kind === 'heading');
    const early = textBlocks.slice(0, 12).filter((b) => b.text.trim().length <= 80 && !FULL_DATE_LINE.test(b.norm) && !/^[^《]*〔\d{4}〕\d+号\s*$/.test(b.norm));
    const titled = early.find((b) => !/[。，：；]/.test(b.norm) && (kindOfTitle(b.text.trim()) !== undefined || /^.{0,30}关于/.test(b.text)));
    const first = heading ?? titled ?? early.find((b) => !/[。：]\s*$/.test(b.norm));
    if (first) meta.title = fact(first.text.trim(), 'inferred', first.range);
  }
  if (!meta.docNumber) {
    const labelled = findLabelled(textBlocks, '(?:发文字号|文号)');
    const line = docNumbers.find((d) => textBlocks.some((b) => b.norm.trim() === d.text.trim() || b.text.trim() === d.text.trim()));
    const dn = line ?? (labelled ? docNumbers.find((d) => d.range.start >= labelled.range.start && d.range.end <= labelled.range.end) : undefined);
    if (dn) meta.docNumber = fact(dn, 'inferred', dn.range);
  }
  if (!meta.date) {
    // A 落款 date stands alone on its line; a web page may label it 成文日期.
    const labelled = findLabelled(textBlocks, '成文日期');
    const candidates = dates.filter((d) => d.kind === 'point' && d.precision === 'day' && !d.missingYear);
    const onOwnLine = candidates.find((d) => {
      const b = blocks[d.block];
      return FULL_DATE_LINE.test(b.norm) || (labelled && d.range.start >= labelled.range.start && d.range.end <= labelled.range.end);
    });
    if (onOwnLine) meta.date = fact<CalendarDate>({ ...onOwnLine.value }, 'inferred', onOwnLine.valueRange);
  }
  if (!meta.issuer) {
    const labelled = findLabelled(textBlocks, '(?:发布机构|发文机关|发文机构)');
    if (labelled) meta.issuer = fact(labelled.value, 'inferred', labelled.range);
    else if (meta.date?.source === 'inferred') {
      // The issuer signs on the line before the 落款 date.
      const dateBlock = blocks.findIndex((b) => b.range.start <= meta.date!.range!.start && meta.date!.range!.start < b.range.end);
      const prev = dateBlock > 0 ? blocks[dateBlock - 1] : undefined;
      if (prev && ISSUER_LINE.test(prev.norm.trim())) meta.issuer = fact(prev.text.trim(), 'inferred', prev.range);
    }
    if (!meta.issuer && meta.title) {
      const m = /^(.{2,24}?(?:人民政府|政府|办公厅|办公室))(?:关于|印发)/.exec(meta.title.value);
      if (m) meta.issuer = fact(m[1], 'inferred', meta.title.range);
    }
  }
  if (!meta.kind && meta.title) {
    const kind = kindOfTitle(meta.title.value);
    if (kind) meta.kind = fact(kind, 'inferred', meta.title.range);
  }
  if (!meta.region || !meta.province || !meta.level) {
    const sources = [meta.issuer, meta.title, meta.region].filter((f): f is MetaFact<string> => !!f);
    for (const s of sources) {
      const place = placeOf(s.value.replace(/^《/, ''));
      if (!place.level) continue;
      if (!meta.region && place.region) meta.region = fact(place.region, 'inferred', s.range);
      if (!meta.province && place.province) meta.province = fact(place.province, 'inferred', s.range);
      if (!meta.level) meta.level = fact(place.level, 'inferred', s.range);
      break;
    }
  }
  return meta;
}

function findLabelled(blocks: TextBlock[], label: string): { value: string; range: { start: number; end: number } } | undefined {
  const re = LABELLED(label);
  for (const b of blocks) {
    const m = re.exec(b.norm);
    if (!m) continue;
    const start = m.index + m[0].length - m[1].length;
    return { value: b.text.slice(start, start + m[1].length), range: { start: b.offsets[start], end: b.offsets[start + m[1].length - 1] + 1 } };
  }
  return undefined;
}
