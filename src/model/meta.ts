import type { CalendarDate, DateFact, DocNumber, DocumentMeta, Level, MetaFact, TextBlock } from './types.js';
import type { ParsedFrontMatter } from '../parse/front-matter.js';
import { parseDocNumber } from './doc-numbers.js';
import { indexInBlock } from '../parse/text-blocks.js';
import { foldText } from '../parse/normalize.js';
import { CITY_PROVINCE, placeOf } from './gazetteer.js';

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
  // The notice that issues a document takes that document's kind, with or without 《》.
  const wrapped = /^.*?(?:印发|转发|印送)《?(.+?)》?的通知$/.exec(t);
  if (wrapped) t = wrapped[1].replace(/[（(][^（()）]*[）)]$/, '');
  if (/》(?:政策)?解读$/.test(t)) return '政策解读';
  t = t.replace(/[》」”]$/, '');
  for (const [re, kind] of KINDS) if (re.test(t)) return kind;
  return undefined;
}

const FULL_DATE_LINE = /^\s*(?:成文日期[：:]?\s*)?(\d{4}年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九O0]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|\d{4}-\d{1,2}-\d{1,2})\s*$/;
// 文号：X, 文件编号 X (a page table: label, space, value); never a label running into prose.
const LABELLED = (label: string) => new RegExp(`${label}(?:\\s*[：:]\\s*|\\s+)([^\\s：:]+)`);
// Web-page furniture that is never a title: breadcrumbs, source notes, bylines, publication stamps.
const PAGE_CHROME =
  /[>›»]|当前位置|您的位置|首页|(?:发文机关|发文机构|发布机构|发布时间|发布日期|成文日期|索引号|主题分类|文件编号|文号)\s*[：:]|^\s*(?:SOURCE|来源|作者|记者|编辑|责编|分享|标题|名称)\s*[：:]|^\s*[□■●•·]|^[\x00-\x7f]{12}|^\s*[（(][^（()）]*[）)]\s*$/;
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
    const early = textBlocks.slice(0, 12).filter((b) => b.text.trim().length <= 80 && !FULL_DATE_LINE.test(b.norm) && !/^[^《]*〔\d{4}〕\d+号\s*$/.test(b.norm) && !PAGE_CHROME.test(b.norm));
    const titled = early.find((b) => !/[。，：；]/.test(b.norm) && (kindOfTitle(b.text.trim()) !== undefined || /^.{0,30}关于/.test(b.text)));
    const first = heading ?? titled ?? early.find((b) => !/[。：]\s*$/.test(b.norm));
    if (first) {
      let title = first.text.trim();
      let range = first.range;
      // 湖南省人民政府办公厅关于加强普通高等学校 / 毕业生就业工作的通知: a title broken by a blank line.
      const next = textBlocks[textBlocks.indexOf(first) + 1];
      if (!heading && next && !kindOfTitle(title) && next.text.trim().length <= 40 && !/[。，：；]/.test(next.norm) && kindOfTitle(title + next.text.trim())) {
        title += next.text.trim();
        range = { start: first.range.start, end: next.range.end };
      }
      // 鲁政发〔2014〕20号《山东省人民政府关于…的实施意见》: the 文号 leads, the title is in 《》.
      const lead = docNumbers.find((d) => d.range.start === first.offsets[first.text.length - first.text.trimStart().length]);
      if (lead) {
        title = title.slice(lead.text.length).trim();
        if (!meta.docNumber) meta.docNumber = fact(lead, 'inferred', lead.range);
      }
      const wrapped = /^《([^《》]+)》$/.exec(title);
      if (wrapped && lead) title = wrapped[1];
      meta.title = fact(title, 'inferred', range);
    }
  }
  if (!meta.docNumber) {
    const labelled = findLabelled(textBlocks, '(?:发文字号|文件编号|发文编号|文号)');
    const line = docNumbers.find((d) => textBlocks.some((b) => b.norm.trim() === d.text.trim() || b.text.trim() === d.text.trim()));
    const dn = line ?? (labelled ? docNumbers.find((d) => d.range.start >= labelled.range.start && d.range.end <= labelled.range.end) : undefined);
    if (dn) meta.docNumber = fact(dn, 'inferred', dn.range);
  }
  if (!meta.date) {
    // A 落款 date stands alone on its line; a web page may label it 成文日期.
    const labelled = findLabelled(textBlocks, '成文日期');
    const candidates = dates.filter((d) => d.kind === 'point' && d.precision === 'day' && !d.missingYear);
    // The 落款 line is the document's own word; a page's 成文日期 label comes second.
    const onOwnLine =
      candidates.find((d) => FULL_DATE_LINE.test(blocks[d.block].norm)) ??
      // A 落款 run into the text still ends with its publication note: …2023年9月5日（此件公开发布）
      candidates.find((d) => /^\s*[（(]此件/.test(blocks[d.block].norm.slice(indexInBlock(blocks[d.block], d.range.end)))) ??
      candidates.find((d) => labelled && d.range.start >= labelled.range.start && d.range.end <= labelled.range.end);
    if (onOwnLine) meta.date = fact<CalendarDate>({ ...onOwnLine.value }, 'inferred', onOwnLine.valueRange);
  }
  if (!meta.issuer) {
    // The issuer signs on the line before the 落款 date; a page may also label it.
    if (meta.date?.source === 'inferred') {
      const dateBlock = blocks.findIndex((b) => b.range.start <= meta.date!.range!.start && meta.date!.range!.start < b.range.end);
      const prev = dateBlock > 0 ? blocks[dateBlock - 1] : undefined;
      if (prev && ISSUER_LINE.test(prev.norm.trim())) meta.issuer = fact(prev.text.trim(), 'inferred', prev.range);
      else if (dateBlock >= 0) {
        // A run-in 落款: …贯彻落实。安顺市人民政府2023年9月5日（此件公开发布）
        const b = blocks[dateBlock];
        const at = indexInBlock(b, meta.date!.range!.start);
        const from = Math.max(b.norm.lastIndexOf('。', at), b.norm.lastIndexOf('；', at), b.norm.lastIndexOf('：', at)) + 1;
        const name = b.text.slice(from, at).trim();
        if (from > 0 && ISSUER_LINE.test(foldText(name))) meta.issuer = fact(name, 'inferred', { start: b.offsets[from], end: b.offsets[at] });
      }
    }
    const labelled = meta.issuer ? undefined : findLabelled(textBlocks, '(?:发布机构|发文机关|发文机构)');
    if (labelled) meta.issuer = fact(labelled.value, 'inferred', labelled.range);
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
    let found = false;
    for (const s of sources) {
      const place = placeOf(s.value.replace(/^[《【\[]?(?:[^】\]]{1,8}[】\]])?/, '').replace(/^《/, ''));
      if (!place.level) continue;
      if (!meta.region && place.region) meta.region = fact(place.region, 'inferred', s.range);
      if (!meta.province && place.province) meta.province = fact(place.province, 'inferred', s.range);
      if (!meta.level) meta.level = fact(place.level, 'inferred', s.range);
      found = true;
      break;
    }
    // 「市政府关于…」 names no city: take the one city the text is plainly about, if there is one.
    const unnamed = sources.find((s) => /^(?:市|市人民)政府(?:办公室|办公厅)?(?:关于|印发)/.test(s.value));
    if (!found && unnamed) {
      const city = dominantCity(blocks);
      if (city) {
        if (!meta.region) meta.region = fact(city.region, 'inferred', unnamed.range);
        if (!meta.province) meta.province = fact(city.province, 'inferred', unnamed.range);
        if (!meta.level) meta.level = fact<Level>('city', 'inferred', unnamed.range);
      }
    }
  }
  return meta;
}

function findLabelled(blocks: TextBlock[], label: string): { value: string; range: { start: number; end: number } } | undefined {
  const re = LABELLED(label);
  for (const b of blocks) {
    const m = re.exec(b.norm);
    if (!m) continue;
    // A value in running text or a table ends before closing punctuation: 办公厅), 办公厅，
    const value = m[1].replace(/(?:发布日期|发布时间|成文日期|发文字号|文件编号|文号|索引号|主题分类).*$/, '').replace(/[）)\]】，。；|]+$/, '');
    if (!value) continue;
    const start = m.index + m[0].length - m[1].length;
    return { value: b.text.slice(start, start + value.length), range: { start: b.offsets[start], end: b.offsets[start + value.length - 1] + 1 } };
  }
  return undefined;
}

/** The city a text names at least three times and three times as often as any other, if any. */
function dominantCity(blocks: TextBlock[]): { region: string; province: string } | undefined {
  const counts = new Map<string, number>();
  for (const city of Object.keys(CITY_PROVINCE)) {
    const short = city.slice(0, -1);
    let n = 0;
    for (const b of blocks) for (let i = b.norm.indexOf(short); i !== -1; i = b.norm.indexOf(short, i + short.length)) n++;
    if (n) counts.set(city, n);
  }
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < 3 || (second && first[1] < 3 * second[1])) return undefined;
  return { region: first[0], province: CITY_PROVINCE[first[0]] };
}
