import path from 'node:path';
import { location } from 'vfile-location';
import { lintText } from '../engine/lint.js';
import type { Locale } from '../engine/rule.js';
import type { PolicyModel } from '../model/types.js';
import type { ConfigResolver } from '../config/index.js';
import type { DecodedText } from '../files/read.js';
import { toEslintResults } from '../report/json.js';

/** A source range with its 1-based line/column positions (end exclusive, like the findings). */
export interface LocatedRange {
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function isSourceRange(key: string, value: unknown): value is { start: number; end: number } {
  if (key !== 'range' && !key.endsWith('Range')) return false;
  const v = value as { start?: unknown; end?: unknown } | null;
  return !!v && typeof v === 'object' && typeof v.start === 'number' && typeof v.end === 'number';
}

/**
 * Copy a fact, giving every source range (keys `range` and `…Range`) its line and column.
 * Block-relative spans (sentences) are not source ranges and keep their shape.
 */
function locate(value: unknown, toRange: (r: { start: number; end: number }) => LocatedRange, key = ''): unknown {
  if (isSourceRange(key, value)) return toRange(value);
  if (Array.isArray(value)) return value.map((v) => locate(v, toRange));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = locate(v, toRange, k);
    return out;
  }
  return value;
}

/**
 * The model as drafters need it to see why a rule fired or did not: every fact with offsets and
 * line/column, blocks reduced to their kind, section, range and plain text, and the findings.
 */
export function inspectModel(model: PolicyModel, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const place = location(model.text);
  const toRange = (r: { start: number; end: number }): LocatedRange => {
    const s = place.toPoint(r.start) ?? { line: 1, column: 1 };
    const e = place.toPoint(r.end) ?? place.toPoint(model.text.length) ?? s;
    return { start: r.start, end: r.end, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  };
  const blocks = model.blocks.map((b) => ({
    index: b.index,
    kind: b.kind,
    ...(b.depth !== undefined ? { depth: b.depth } : {}),
    section: b.section,
    range: toRange(b.range),
    text: b.text,
  }));
  const { path: _path, text: _text, blocks: _blocks, meta, frontMatter, ...facts } = model;
  const { findings, ...head } = extra;
  // Meta first, findings after the facts they come from, blocks (the longest part) last.
  return {
    ...head,
    meta: locate(meta, toRange),
    frontMatter: locate(frontMatter, toRange),
    ...(locate(facts, toRange) as Record<string, unknown>),
    ...(findings ? { findings } : {}),
    blocks,
  };
}

/**
 * JSON with 2-space indentation, but any array or object that fits in `width` columns on one
 * line stays on one line: ranges read as {"start":12,"end":20,"line":3,...} instead of eight lines.
 */
export function compactJson(value: unknown, width = 100, indent = ''): string {
  const flat = JSON.stringify(value);
  if (flat === undefined) return 'null';
  if (value === null || typeof value !== 'object' || flat.length + indent.length <= width) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + compactJson(v, width, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compactJson(v, width, inner)}`).join(',\n')}\n${indent}}`;
}

export function inspectFile(file: string, decoded: DecodedText, resolver: ConfigResolver, locale?: Locale): Record<string, unknown> {
  const config = resolver.forFile(file);
  const result = lintText(decoded.text, { filePath: file, rules: config.rules, catalogues: config.catalogues,
    locale: locale ?? config.locale ?? 'zh-CN',
    settings: config.settings,
    knownRuleIds: config.knownRuleIds,
    reportUnusedDisableDirectives: config.reportUnusedDisableDirectives,
  });
  const { model, parentCatalogue: _parent, ...lint } = result;
  const [eslint] = toEslintResults([lint]);
  return inspectModel(model, {
    filePath: path.resolve(file),
    encoding: decoded.encoding,
    bom: decoded.bom,
    configFiles: config.files,
    findings: eslint.messages,
  });
}
