import type { Root, Html } from 'mdast';
import { visit } from 'unist-util-visit';
import { location } from 'vfile-location';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

/** One `<!-- policylint-… -->` comment, as written in the document. */
export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named, in order; empty means every rule. */
  rules: { id: string; range: { start: number; end: number } }[];
  /** The text after ` -- `, if any. */
  reason?: string;
  /** The whole comment. */
  range: { start: number; end: number };
  /** 1-based lines where the comment starts and ends. */
  line: number;
  endLine: number;
}

// Longest keywords first so `disable-next-line` is not read as `disable`.
const COMMENT = /<!--\s*policylint-(disable-next-line|disable-line|disable-file|disable|enable)(?![\w-])([\s\S]*?)-->/g;

/**
 * Directive comments, from the html nodes the parser produced. Only html nodes count, so a
 * comment shown inside a fenced code block or inline code is an example, not a directive.
 */
export function extractDirectives(tree: Root, source: string): Directive[] {
  // A directive comment holds `policylint-` on one line, so it is in the source as written; most
  // files have none and skip walking the tree.
  if (!source.includes('policylint-')) return [];
  const place = location(source);
  const out: Directive[] = [];
  visit(tree, 'html', (node: Html) => {
    const start = node.position?.start.offset;
    if (start === undefined) return;
    for (const m of node.value.matchAll(COMMENT)) {
      const at = start + m.index;
      const bodyStart = at + m[0].indexOf(m[1]) + m[1].length;
      out.push(readDirective(m[1] as DirectiveKind, m[2], bodyStart, { start: at, end: at + m[0].length }, place));
    }
  });
  return out.sort((a, b) => a.range.start - b.range.start);
}

function readDirective(kind: DirectiveKind, body: string, bodyStart: number, range: Directive['range'], place: ReturnType<typeof location>): Directive {
  // ESLint's convention: `rule-a, rule-b -- why`; full-width commas are common in Chinese text.
  const reasonAt = body.search(/\s--\s|\s--$/);
  const list = reasonAt === -1 ? body : body.slice(0, reasonAt);
  const rules: Directive['rules'] = [];
  for (const m of list.matchAll(/[^\s,，、]+/g)) {
    rules.push({ id: m[0], range: { start: bodyStart + m.index, end: bodyStart + m.index + m[0].length } });
  }
  const directive: Directive = {
    kind,
    rules,
    range,
    line: place.toPoint(range.start)?.line ?? 1,
    endLine: place.toPoint(range.end)?.line ?? 1,
  };
  const reason = reasonAt === -1 ? '' : body.slice(reasonAt).replace(/^\s*--\s*/, '').trim();
  if (reason) directive.reason = reason;
  return directive;
}
