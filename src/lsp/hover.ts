import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { loadRuleDoc } from '../files/rule-docs.js';
import { findingRange } from './diagnostics.js';
import { ruleDocHref, ruleMeta, type DocumentLint } from './workspace.js';

const LABELS = {
  'zh-CN': { docs: '规则文档', noDoc: '（此规则没有文档页）' },
  en: { docs: 'Rule documentation', noDoc: '(this rule has no doc page)' },
} as const;

/**
 * Hovering over a finding shows what its rule checks and why: the summary and explanation of the
 * rule's doc page (the single source of that text) in the document's locale, and a link to the page.
 */
export function hoverAt(document: TextDocument, lint: DocumentLint, position: Position): Hover | null {
  const offset = document.offsetAt(position);
  const under = lint.findings.filter((f) => f.ruleId && f.range.start <= offset && offset <= f.range.end);
  if (!under.length) return null;
  const t = LABELS[lint.locale];
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const finding of under) {
    const id = finding.ruleId!;
    if (seen.has(id)) continue;
    seen.add(id);
    const meta = ruleMeta(lint, id);
    const doc = meta && loadRuleDoc(meta);
    const href = meta && ruleDocHref(meta);
    const summary = doc?.summary[lint.locale] || meta?.description[lint.locale] || '';
    const lines = [`**${id}**${summary ? ` — ${summary}` : ''}`];
    lines.push(doc?.explanation[lint.locale] || t.noDoc);
    if (href) lines.push(`[${t.docs}](${href})`);
    parts.push(lines.join('\n\n'));
  }
  // The narrowest finding decides the highlighted range.
  const narrowest = under.reduce((a, b) => (b.range.end - b.range.start < a.range.end - a.range.start ? b : a));
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: findingRange(document, narrowest) };
}
