import type { Root, Yaml } from 'mdast';
import type { Node as YamlNode } from 'yaml';
import { yaml } from './yaml.js';
import frontMatterSchema from '../../schemas/front-matter.schema.json' with { type: 'json' };
import type { FrontMatter, FrontMatterProblem, SourceRange } from './types.js';
import { validateWithSchema } from '../schema/validator.js';
import { readFlatMapping } from './flat-yaml.js';

/** Chinese keys drafters write, mapped to the schema's keys. */
export const FRONT_MATTER_ALIASES: Record<string, string> = {
  标题: 'title',
  发文机关: 'issuer',
  发文字号: 'docNumber',
  文号: 'docNumber',
  成文日期: 'date',
  发布日期: 'published',
  地区: 'region',
  省份: 'province',
  层级: 'level',
  文种: 'kind',
  上级目录: 'catalogue',
  目录: 'catalogue',
  来源: 'source',
};

const LEVEL_ALIASES: Record<string, string> = {
  国家: 'national', 国家级: 'national', 中央: 'national',
  省: 'province', 省级: 'province',
  市: 'city', 市级: 'city', 地级市: 'city',
  区: 'district', 县: 'district', 区县: 'district', 区县级: 'district', 县级: 'district',
};

export interface ParsedFrontMatter extends FrontMatter {
  /** Data with aliases mapped to schema keys (only when valid enough to read). */
  normalized: Record<string, unknown>;
  /** Source range of each top-level value, by normalised key. */
  valueRanges: Record<string, SourceRange>;
}

export function readFrontMatter(tree: Root, source: string): ParsedFrontMatter {
  const node = tree.children.find((n): n is Yaml => n.type === 'yaml');
  if (!node || !node.position) return { present: false, data: {}, problems: [], normalized: {}, valueRanges: {} };

  const range = { start: node.position.start.offset!, end: node.position.end.offset! };
  const contentStart = source.indexOf('\n', range.start) + 1;
  const problems: FrontMatterProblem[] = [];
  const at = (r: [number, number] | undefined): SourceRange =>
    r ? { start: contentStart + r[0], end: contentStart + Math.max(r[0] + 1, r[1]) } : { start: range.start, end: range.start + 3 };

  // The usual flat shape is read directly; any other goes through the YAML parser (same data, same ranges).
  const read = simpleMapping(node.value) ?? parseYaml(node.value);
  if ('errors' in read) {
    for (const err of read.errors) problems.push({ path: '', message: err.message, range: at(err.pos) });
    return { present: true, range, data: {}, problems, normalized: {}, valueRanges: {} };
  }
  if ('notMapping' in read) {
    problems.push({ path: '', message: { 'zh-CN': '文首元数据应为键值映射', en: 'front matter must be a mapping of keys to values' }, range });
    return { present: true, range, data: {}, problems, normalized: {}, valueRanges: {} };
  }

  const { data, entries } = read;
  const keyRanges: Record<string, SourceRange> = {};
  const valueRanges: Record<string, SourceRange> = {};
  const normalized: Record<string, unknown> = {};
  for (const entry of entries) {
    const key = FRONT_MATTER_ALIASES[entry.key] ?? entry.key;
    keyRanges[key] = at(entry.keyRange);
    valueRanges[key] = at(entry.valueRange);
    let value = data[entry.key];
    if (value instanceof Date) value = value.toISOString().slice(0, 10);
    if (typeof value === 'number' && key !== 'tags') value = String(value);
    if (key === 'level' && typeof value === 'string') value = LEVEL_ALIASES[value] ?? value;
    normalized[key] = value;
  }

  for (const p of validateWithSchema(frontMatterSchema, normalized)) {
    const key = p.pointer.split('/')[1] ?? '';
    problems.push({ path: p.path, message: p.message, range: (p.message.en.startsWith('unknown key') ? keyRanges[key] : valueRanges[key]) ?? range });
  }
  return { present: true, range, data, problems, normalized, valueRanges };
}

interface YamlMapping {
  data: Record<string, unknown>;
  /** Each top-level pair in source order (values are read from data). */
  entries: { key: string; keyRange: [number, number] | undefined; valueRange: [number, number] | undefined }[];
}

type YamlReading = YamlMapping | { errors: { message: FrontMatterProblem['message']; pos: [number, number] | undefined }[] } | { notMapping: true };

function simpleMapping(text: string): YamlMapping | undefined {
  const entries = readFlatMapping(text);
  if (!entries) return undefined;
  const data: Record<string, unknown> = {};
  for (const e of entries) data[e.key] = e.value;
  return { data, entries };
}

/** Front matter of any shape, through the YAML parser. */
function parseYaml(text: string): YamlReading {
  const { parseDocument, isMap, isScalar } = yaml();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    return {
      errors: doc.errors.map((err) => ({
        message: { 'zh-CN': `YAML 语法错误：${err.message.split('\n')[0]}`, en: `YAML syntax error: ${err.message.split('\n')[0]}` },
        pos: err.pos as [number, number] | undefined,
      })),
    };
  }
  const data = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) return { notMapping: true };
  const entries: YamlMapping['entries'] = [];
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const keyRange = (pair.key as YamlNode | null)?.range as [number, number] | undefined;
      entries.push({
        key: isScalar(pair.key) ? String(pair.key.value) : String(pair.key),
        keyRange,
        valueRange: ((pair.value as YamlNode | null)?.range as [number, number] | undefined) ?? keyRange,
      });
    }
  }
  return { data: data as Record<string, unknown>, entries };
}
