import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, disableLineEdit, FIX_ALL_KIND } from '../../src/lsp/actions.js';
import { toDiagnostics } from '../../src/lsp/diagnostics.js';
import { clientLocale, isConfigOrCatalogue, LintWorkspace, type DocumentLint } from '../../src/lsp/workspace.js';
import { lintText } from '../../src/engine/lint.js';
import { defineRule, type RuleMeta } from '../../src/engine/rule.js';
import { resolveRules } from '../../src/engine/rule-settings.js';
import { BAD_LEVEL, ROOT } from '../cli/helpers.js';
import { pathToFileURL } from 'node:url';

const doc = (text: string, uri = 'file:///drafts/a.md') => TextDocument.create(uri, 'markdown', 1, text);
const apply = (d: TextDocument, edits: Parameters<typeof TextDocument.applyEdits>[1]) => TextDocument.applyEdits(d, edits);

/** A fixable rule run through the real engine: an ASCII comma between Chinese characters becomes ，. */
const asciiComma = defineRule({
  meta: {
    id: 'punctuation-ascii-comma',
    category: 'punctuation',
    severity: 'warn',
    fixable: true,
    description: { 'zh-CN': '中文之间用全角逗号', en: 'full-width comma between Chinese' },
    messages: { comma: { 'zh-CN': '中文之间应使用全角逗号', en: 'use a full-width comma between Chinese characters' } },
    docs: 'rules/punctuation-ascii-comma.md',
  },
  check({ model, report }) {
    for (const m of model.text.matchAll(/(?<=\p{Script=Han}),(?=\p{Script=Han})/gu)) {
      report({ range: { start: m.index, end: m.index + 1 }, messageId: 'comma', fix: { range: { start: m.index, end: m.index + 1 }, text: '，' } });
    }
  },
});

function lintWith(document: TextDocument): DocumentLint {
  const rules = resolveRules([asciiComma as never]);
  const { findings } = lintText(document.getText(), { rules, locale: 'zh-CN' });
  return { uri: document.uri, version: document.version, findings, locale: 'zh-CN', metas: new Map<string, RuleMeta>([[asciiComma.meta.id, asciiComma.meta]]), ignored: false };
}

describe('disable-next-line edits', () => {
  it('inserts the directive above the line with its indentation and blockquote markers', () => {
    const text = '# 标题\n\n- 第一项\n  - 第二项,说明\n\n> 引文,内容\n';
    const d = doc(text);
    expect(apply(d, [disableLineEdit(d, 3, 'punctuation-ascii-comma')])).toBe('# 标题\n\n- 第一项\n  <!-- policylint-disable-next-line punctuation-ascii-comma -->\n  - 第二项,说明\n\n> 引文,内容\n');
    expect(apply(d, [disableLineEdit(d, 5, 'punctuation-ascii-comma')])).toContain('\n> <!-- policylint-disable-next-line punctuation-ascii-comma -->\n> 引文,内容');
  });

  it('does not copy full-width indentation and keeps CRLF line endings', () => {
    const d = doc('# 标题\r\n\r\n\u3000\u3000正文,说明\r\n');
    expect(apply(d, [disableLineEdit(d, 2, 'date-invalid')])).toBe('# 标题\r\n\r\n<!-- policylint-disable-next-line date-invalid -->\r\n\u3000\u3000正文,说明\r\n');
  });

  it('puts the comment at the line end where a comment line would split a paragraph or a table', () => {
    const para = doc('各单位要认真组织，\n按时报送,材料。\n');
    expect(apply(para, [disableLineEdit(para, 1, 'punctuation-ascii-comma')])).toBe('各单位要认真组织，\n按时报送,材料。 <!-- policylint-disable-line punctuation-ascii-comma -->\n');
    const table = doc('| 领域 | 说明 |\n| --- | --- |\n| 量子 | 甲,乙 |\n');
    expect(apply(table, [disableLineEdit(table, 2, 'punctuation-ascii-comma')])).toBe('| 领域 | 说明 |\n| --- | --- |\n| 量子 | 甲,乙 <!-- policylint-disable-line punctuation-ascii-comma --> |\n');
    // A list item after paragraph text starts its own block: the comment line goes above it.
    const list = doc('重点任务如下：\n- 甲,乙\n');
    expect(apply(list, [disableLineEdit(list, 1, 'punctuation-ascii-comma')])).toBe('重点任务如下：\n<!-- policylint-disable-next-line punctuation-ascii-comma -->\n- 甲,乙\n');
  });

  it('adds the rule to a directive already on the line above, before its reason', () => {
    const d = doc('<!-- policylint-disable-next-line date-invalid -- 原文如此 -->\n正文,说明\n');
    expect(apply(d, [disableLineEdit(d, 1, 'list-count-mismatch')])).toBe('<!-- policylint-disable-next-line date-invalid, list-count-mismatch -- 原文如此 -->\n正文,说明\n');
  });
});

describe('code actions', () => {
  it('offers the fix first (preferred), then the disable action; fix-all joins every fix', () => {
    const d = doc('# 通知\n\n各单位,请按时报送,不得延误。\n');
    const lint = lintWith(d);
    expect(lint.findings).toHaveLength(2);
    const first = lint.findings[0];
    const actions = codeActions(d, lint, { start: d.positionAt(first.range.start), end: d.positionAt(first.range.start) });
    expect(actions.map((a) => [a.title, a.isPreferred ?? false])).toEqual([
      ['修正此问题（punctuation-ascii-comma）', true],
      ['在本行禁用 punctuation-ascii-comma', false],
    ]);
    expect(apply(d, actions[0].edit!.changes![d.uri])).toBe('# 通知\n\n各单位，请按时报送,不得延误。\n');
    // One disable action per rule and line, not per finding.
    const whole = codeActions(d, lint, { start: d.positionAt(0), end: d.positionAt(d.getText().length) });
    expect(whole.filter((a) => a.title.startsWith('在本行禁用'))).toHaveLength(1);
    // Asked for by kind only: no quick fixes, one fix-all edit.
    const fixAll = codeActions(d, lint, { start: d.positionAt(0), end: d.positionAt(0) }, [FIX_ALL_KIND]);
    expect(fixAll).toHaveLength(1);
    expect(apply(d, fixAll[0].edit!.changes![d.uri])).toBe('# 通知\n\n各单位，请按时报送，不得延误。\n');
    expect(codeActions(d, lint, { start: d.positionAt(0), end: d.positionAt(0) }, ['source.fixAll'])).toHaveLength(1);
  });

  it('never offers a directive inside the front matter (it would break the YAML)', () => {
    const workspace = new LintWorkspace({ root: ROOT, clientLocale: 'zh-CN' });
    const d = doc(BAD_LEVEL, pathToFileURL(path.join(ROOT, 'examples/bad.md')).href);
    const lint = workspace.lint(d);
    const finding = lint.findings.find((f) => f.ruleId === 'structure-front-matter')!;
    expect(d.positionAt(finding.range.start).line).toBe(2);
    const actions = codeActions(d, lint, { start: d.positionAt(finding.range.start), end: d.positionAt(finding.range.end) });
    expect(actions.filter((a) => a.title.includes('禁用'))).toEqual([]);
  });
});

describe('diagnostics', () => {
  it('carries related places (the Suzhou report names 光子芯片与光器件 again on line 30)', () => {
    const file = path.join(ROOT, 'examples/suzhou-news-report.md');
    const d = doc(readFileSync(file, 'utf8'), pathToFileURL(file).href);
    const lint = new LintWorkspace({ root: ROOT, clientLocale: 'zh-CN' }).lint(d);
    const unknown = toDiagnostics(d, lint).find((x) => x.code === 'catalogue-unknown-item' && d.getText(x.range) === '光子芯片与光器件')!;
    expect(unknown.severity).toBe(2);
    const related = unknown.relatedInformation!;
    expect(related).toHaveLength(1);
    expect(related[0].location.uri).toBe(d.uri);
    expect(related[0].location.range.start).toEqual({ line: 29, character: 88 });
    expect(d.getText(related[0].location.range)).toBe('光子芯片与光器件');
  });

  it('keeps positions right when the buffer still has its BOM', () => {
    const file = path.join(ROOT, 'examples/xuzhou-interpretation.md');
    const d = doc(`\uFEFF${readFileSync(file, 'utf8')}`, pathToFileURL(file).href);
    const lint = new LintWorkspace({ root: ROOT, clientLocale: 'zh-CN' }).lint(d);
    const mismatch = toDiagnostics(d, lint).find((x) => x.code === 'date-reference-mismatch')!;
    expect(d.getText(mismatch.range)).toBe('2013年11月');
  });

  it('keeps ranges exact with CRLF line endings and characters outside the BMP (two UTF-16 units)', () => {
    const file = path.join(ROOT, 'examples/xuzhou-interpretation.md');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[17] = `𠮷${lines[17]}`;
    const d = doc(lines.join('\r\n'), pathToFileURL(file).href);
    const lint = new LintWorkspace({ root: ROOT, clientLocale: 'zh-CN' }).lint(d);
    const mismatch = toDiagnostics(d, lint).find((x) => x.code === 'date-reference-mismatch')!;
    expect(mismatch.range.start.line).toBe(17);
    expect(d.getText(mismatch.range)).toBe('2013年11月');
  });

  it('maps client locales: en* to English, anything else to Chinese', () => {
    expect(['en', 'en-US', 'en-gb', 'zh-cn', 'zh-TW', 'fr', undefined].map(clientLocale)).toEqual(['en', 'en', 'en', 'zh-CN', 'zh-CN', 'zh-CN', 'zh-CN']);
  });

  it('re-lints for config and catalogue files, not for other files', () => {
    expect(['/w/policylint.config.json', '/w/sub/.policylintrc.yml', '/w/policylint.config.mjs', '/w/catalogues/my-city.yaml'].map(isConfigOrCatalogue)).toEqual([true, true, true, true]);
    expect(['/w/package.json', '/w/drafts/plan.md', '/w/notes.txt'].map(isConfigOrCatalogue)).toEqual([false, false, false]);
  });
});
