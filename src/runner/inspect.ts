import path from 'node:path';
import { location } from 'vfile-location';
import { lintText } from '../engine/lint.js';
import type { Locale } from '../engine/rule.js';
import type { PolicyModel } from '../model/types.js';
import type { AlignedList } from '../catalogue/align.js';
import type { ItemMatch } from '../catalogue/match.js';
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

/** How one list item matched its catalogue, by names and ids a reader can look up in catalogues/. */
function itemMatch(text: string, m: ItemMatch | undefined): Record<string, unknown> {
  if (!m) return { item: text, match: 'not-found' };
  const row: Record<string, unknown> = { item: text, match: m.how, catalogueItem: m.item.name, group: m.group.id };
  if (m.parts) row.parts = m.parts.map((p) => p.item.name);
  return row;
}

/**
 * The alignment the catalogue rules read, one row per list in `enumerations` order (`list` is its
 * index there): what kind of list it was taken for, which catalogue and group, and each item's match.
 */
function alignmentRows(alignment: AlignedList[]): Record<string, unknown>[] {
  return alignment.map((a, list) => {
    const row: Record<string, unknown> = { list, kind: a.kind, range: a.list.range };
    if (a.kind === 'other') return { ...row, reason: a.reason };
    row.catalogue = a.catalogue.id;
    if (a.kind === 'quote') {
      row.citation = a.citation.how;
      if (a.group) row.group = a.group.id;
    }
    row.items = a.list.items.map((item, i) => itemMatch(item.text, a.matches[i]));
    return row;
  });
}

/**
 * The model as drafters need it to see why a rule fired or did not: every fact with offsets and
 * line/column, blocks reduced to their kind, section, range and plain text, the findings, and the
 * catalogue alignment (`extra.alignment`, see alignmentRows).
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
  const { findings, alignment, ...head } = extra;
  // Meta first, findings after the facts they come from, blocks (the longest part), then the
  // alignment: added last so the keys before it keep their order.
  return {
    ...head,
    meta: locate(meta, toRange),
    frontMatter: locate(frontMatter, toRange),
    ...(locate(facts, toRange) as Record<string, unknown>),
    ...(findings ? { findings } : {}),
    blocks,
    ...(alignment ? { alignment: locate(alignment, toRange) } : {}),
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
  const { model, catalogueAlignment, ...lint } = result;
  const [eslint] = toEslintResults([lint]);
  return inspectModel(model, {
    filePath: path.resolve(file),
    encoding: decoded.encoding,
    bom: decoded.bom,
    configFiles: config.files,
    findings: eslint.messages,
    alignment: alignmentRows(catalogueAlignment.lists),
  });
}
