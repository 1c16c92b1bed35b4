import { CodeActionKind, type CodeAction, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine/findings.js';
import type { Locale } from '../engine/rule.js';
import { toDiagnostic } from './diagnostics.js';
import type { DocumentLint } from './workspace.js';

/** The code action kind of the "fix all" source action, so clients can run it on save. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.policylint`;

const TITLES = {
  fix: { 'zh-CN': (id: string) => `修正此问题（${id}）`, en: (id: string) => `Fix this ${id} problem` },
  disable: { 'zh-CN': (id: string) => `在本行禁用 ${id}`, en: (id: string) => `Disable ${id} for this line` },
  fixAll: { 'zh-CN': () => '修正所有可自动修正的 policylint 问题', en: () => 'Fix all auto-fixable policylint problems' },
} satisfies Record<string, Record<Locale, (id: string) => string>>;

function edit(document: TextDocument, range: [number, number], newText: string): TextEdit {
  return { range: { start: document.positionAt(range[0]), end: document.positionAt(range[1]) }, newText };
}

function overlaps(document: TextDocument, finding: Finding, range: Range): boolean {
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  // A cursor (empty range) at either end of a finding still asks about it.
  return finding.range.start <= end && start <= finding.range.end;
}

/** The line that holds the front matter's closing fence, or -1: a directive must not be inserted into YAML. */
function frontMatterEnd(document: TextDocument): number {
  if (!/^\uFEFF?---[ \t]*$/.test(lineText(document, 0))) return -1;
  for (let line = 1; line < document.lineCount; line++) {
    const text = lineText(document, line);
    if (/^(---|\.\.\.)[ \t]*$/.test(text)) return line;
  }
  return -1;
}

function lineText(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}

const NEXT_LINE_DIRECTIVE = /^([ \t]*(?:>[ \t]?)*)<!--\s*policylint-disable-next-line\s+(.*?)\s*-->[ \t]*$/;

const QUOTE_PREFIX = /^[ \t]*(?:>[ \t]?)*/;
/** Lines after which a new line starts a block of its own (a comment line there splits nothing). */
const ENDS_BLOCK = /^(#{1,6}(\s|$)|`{3,}|~{3,}|<!--|\||(-{3,}|={3,}|\*{3,}|_{3,})[ \t]*$)/;
/** Lines that start a block even right after paragraph text. */
const STARTS_BLOCK = /^(#{1,6}(\s|$)|`{3,}|~{3,}|<!--|([-*+]|\d{1,9}[.)])(\s|$)|(-{3,}|\*{3,}|_{3,})[ \t]*$)/;

/**
 * The edit that silences one rule on a finding's line: a `policylint-disable-next-line` comment on
 * the line above, with the line's indentation and blockquote markers so it stays in the same list
 * item or quote. A directive already above gets the rule appended (`rule-a, rule-b`).
 * Full-width indentation (　　) is not copied: it would turn the comment into paragraph text.
 * Where a comment line would split a block — a paragraph's continuation line, a table row — the
 * comment goes at the end of the line instead (`policylint-disable-line`), which renders as nothing.
 */
export function disableLineEdit(document: TextDocument, line: number, ruleId: string): TextEdit {
  const text = lineText(document, line);
  const above = line > 0 ? lineText(document, line - 1) : '';
  const existing = NEXT_LINE_DIRECTIVE.exec(above);
  if (existing) {
    const rules = existing[2].split(/\s*--\s*/)[0];
    const at = { line: line - 1, character: existing[0].indexOf(rules, existing[1].length) + rules.length };
    return { range: { start: at, end: at }, newText: `, ${ruleId}` };
  }
  const prefix = QUOTE_PREFIX.exec(text)![0];
  const body = text.slice(prefix.length);
  const aboveBody = above.replace(QUOTE_PREFIX, '');
  const tableRow = body.startsWith('|');
  const continuation = aboveBody.trim() !== '' && !ENDS_BLOCK.test(aboveBody) && !STARTS_BLOCK.test(body);
  if (tableRow || continuation) {
    // Inside a table the comment goes into the last cell, before the closing pipe.
    const cells = tableRow && /\|[ \t]*$/.test(text) ? text.slice(0, text.lastIndexOf('|')) : text;
    const at = { line, character: cells.replace(/[ \t]+$/, '').length };
    return { range: { start: at, end: at }, newText: ` <!-- policylint-disable-line ${ruleId} -->` };
  }
  const eol = document.getText().includes('\r\n') ? '\r\n' : '\n';
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: `${prefix}<!-- policylint-disable-next-line ${ruleId} -->${eol}` };
}

/** Quick fixes for the findings under `range`: the fix (preferred), each suggestion, then "disable for this line". */
export function codeActions(document: TextDocument, lint: DocumentLint, range: Range, only?: string[]): CodeAction[] {
  const wants = (kind: string) => !only?.length || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const uri = document.uri;
  const t = lint.locale;
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const disabled = new Set<string>();
    const fmEnd = frontMatterEnd(document);
    const disables: CodeAction[] = [];
    for (const finding of lint.findings) {
      if (!finding.ruleId || finding.fatal || !overlaps(document, finding, range)) continue;
      const diagnostic = toDiagnostic(document, lint, finding);
      if (finding.fix) {
        actions.push({
          title: TITLES.fix[t](finding.ruleId),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: { changes: { [uri]: [edit(document, finding.fix.range, finding.fix.text)] } },
        });
      }
      for (const s of finding.suggestions ?? []) {
        actions.push({
          title: s.desc,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: { changes: { [uri]: [edit(document, s.fix.range, s.fix.text)] } },
        });
      }
      const line = document.positionAt(finding.range.start).line;
      const key = `${finding.ruleId}@${line}`;
      if (line > fmEnd && !disabled.has(key)) {
        disabled.add(key);
        disables.push({
          title: TITLES.disable[t](finding.ruleId),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: { changes: { [uri]: [disableLineEdit(document, line, finding.ruleId)] } },
        });
      }
    }
    // Corrections first, silencing last, as ESLint's editor integrations order them.
    actions.push(...disables);
  }
  if (only?.some((o) => FIX_ALL_KIND === o || FIX_ALL_KIND.startsWith(`${o}.`))) {
    const fixAll = fixAllAction(document, lint);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

/** Every automatic fix that does not overlap an earlier one, as one edit (asked for by kind, e.g. on save). */
export function fixAllAction(document: TextDocument, lint: DocumentLint): CodeAction | undefined {
  const fixes = lint.findings.flatMap((f) => (f.fix ? [f.fix] : [])).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const edits: TextEdit[] = [];
  let end = -1;
  for (const fix of fixes) {
    if (fix.range[0] < end) continue;
    edits.push(edit(document, fix.range, fix.text));
    end = fix.range[1];
  }
  if (!edits.length) return undefined;
  return { title: TITLES.fixAll[lint.locale](), kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: edits } } };
}
