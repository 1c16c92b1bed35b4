import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Hover, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { builtinRules } from '../../rules/index.js';
import { loadRuleDoc } from '../../src/files/rule-docs.js';
import { BAD_LEVEL, ensureBuilt, removeTree, ROOT, tempTree } from '../cli/helpers.js';
import { fileUri, SERVER, TestClient } from './client.js';

beforeAll(() => ensureBuilt(), 180_000);

const clients: TestClient[] = [];
const dirs: string[] = [];
afterEach(() => {
  while (clients.length) clients.pop()!.kill();
  while (dirs.length) removeTree(dirs.pop()!);
});

function client(cwd = ROOT): TestClient {
  const c = new TestClient(cwd);
  clients.push(c);
  return c;
}

const XUZHOU_PATH = path.join(ROOT, 'examples/xuzhou-interpretation.md');
const XUZHOU = readFileSync(XUZHOU_PATH, 'utf8');
const XUZHOU_URI = fileUri(XUZHOU_PATH);
const MISMATCH_DOC = loadRuleDoc(builtinRules.find((r) => r.meta.id === 'date-reference-mismatch')!.meta)!;

const textAt = (doc: TextDocument, d: { range: Diagnostic['range'] }) => doc.getText(d.range);
const open = (c: TestClient, uri: string, text: string, version = 1) =>
  c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });

function applyAction(doc: TextDocument, action: CodeAction): string {
  const edits: TextEdit[] = action.edit!.changes![doc.uri];
  return TextDocument.applyEdits(doc, edits);
}

/** A root config that runs only structure-front-matter at `severity`. */
function onlyFrontMatter(severity: string, extra: Record<string, unknown> = {}): string {
  const rules: Record<string, string> = {};
  for (const r of builtinRules) rules[r.meta.id] = 'off';
  rules['structure-front-matter'] = severity;
  return JSON.stringify({ root: true, rules, ...extra });
}

describe('policylint-lsp over stdio', () => {
  it('publishes the Xuzhou diagnostics, fixes 2013年11月 through a code action, re-lints on change, hovers and exits cleanly', async () => {
    const c = client();
    const init = await c.initialize(ROOT);
    expect(init.capabilities).toMatchObject({ hoverProvider: true, codeActionProvider: expect.anything() });

    await open(c, XUZHOU_URI, XUZHOU);
    const published = await c.diagnostics(XUZHOU_URI);
    expect(published.version).toBe(1);
    const doc = TextDocument.create(XUZHOU_URI, 'markdown', 1, XUZHOU);
    const mismatch = published.diagnostics.find((d) => d.code === 'date-reference-mismatch')!;
    expect(mismatch).toMatchObject({ severity: 1, source: 'policylint', range: { start: { line: 17, character: 95 } } });
    expect(textAt(doc, mismatch)).toBe('2013年11月');
    expect(mismatch.message).toContain('2023年11月');
    expect(mismatch.codeDescription?.href).toBe(fileUri(path.join(ROOT, 'rules/date-reference-mismatch.md')));
    // The warnings of the same run map to Warning.
    expect(published.diagnostics.filter((d) => d.code === 'catalogue-unknown-item').map((d) => d.severity)).toEqual([2]);

    const actions = await c.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: XUZHOU_URI },
      range: mismatch.range,
      context: { diagnostics: [mismatch] },
    });
    const suggestion = actions.find((a) => a.title.includes('2023年11月'))!;
    expect(suggestion).toBeDefined();
    expect(suggestion.kind).toBe('quickfix');
    expect(suggestion.diagnostics?.[0].code).toBe('date-reference-mismatch');
    const fixed = applyAction(doc, suggestion);
    const fixedLine = fixed.split('\n')[17];
    expect(fixedLine).toContain('于2023年11月印发');
    expect(fixedLine).not.toContain('2013年11月');
    expect(fixed.length).toBe(XUZHOU.length);

    const disable = actions.find((a) => a.title === '在本行禁用 date-reference-mismatch')!;
    expect(disable.edit!.changes![XUZHOU_URI]).toEqual([
      { range: { start: { line: 17, character: 0 }, end: { line: 17, character: 0 } }, newText: '<!-- policylint-disable-next-line date-reference-mismatch -->\n' },
    ]);

    const hover = await c.request<Hover>('textDocument/hover', { textDocument: { uri: XUZHOU_URI }, position: { line: 17, character: 97 } });
    const hoverText = (hover.contents as MarkupContent).value;
    expect(hoverText).toContain(`**date-reference-mismatch** — ${MISMATCH_DOC.summary['zh-CN']}`);
    expect(hoverText).toContain(MISMATCH_DOC.explanation['zh-CN'].split('\n')[0]);
    expect(hover.range).toEqual(mismatch.range);
    const nothing = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri: XUZHOU_URI }, position: { line: 0, character: 0 } });
    expect(nothing).toBeNull();

    // The applied edit, sent as an incremental change, clears the finding.
    await c.notify('textDocument/didChange', {
      textDocument: { uri: XUZHOU_URI, version: 2 },
      contentChanges: suggestion.edit!.changes![XUZHOU_URI].map((e) => ({ range: e.range, text: e.newText })),
    });
    const after = await c.diagnostics(XUZHOU_URI);
    expect(after.version).toBe(2);
    expect(after.diagnostics.map((d) => d.code)).not.toContain('date-reference-mismatch');
    expect(after.diagnostics.map((d) => d.code)).toContain('catalogue-misquote');

    expect(await c.stop()).toBe(0);
  });

  it('debounces typing: of two quick edits only the newer version is published', async () => {
    const c = client();
    await c.initialize(ROOT);
    await open(c, XUZHOU_URI, XUZHOU);
    await c.diagnostics(XUZHOU_URI);
    const line18 = XUZHOU.split('\n')[17];
    const at = { line: 17, character: line18.indexOf('2013年11月') };
    const span = { start: at, end: { line: 17, character: at.character + 4 } };
    await c.notify('textDocument/didChange', { textDocument: { uri: XUZHOU_URI, version: 2 }, contentChanges: [{ range: span, text: '2023' }] });
    await c.notify('textDocument/didChange', { textDocument: { uri: XUZHOU_URI, version: 3 }, contentChanges: [{ range: span, text: '2013' }] });
    const next = await c.diagnostics(XUZHOU_URI);
    expect(next.version).toBe(3);
    expect(next.diagnostics.map((d) => d.code)).toContain('date-reference-mismatch');
    // Nothing was published for version 2 in between.
    expect(c.published.filter((p) => p.version === 2)).toEqual([]);
    expect(await c.stop()).toBe(0);
  });

  it('speaks English to an en-US client, also in actions and hovers', async () => {
    const c = client();
    await c.initialize(ROOT, 'en-US');
    await open(c, XUZHOU_URI, XUZHOU);
    const { diagnostics } = await c.diagnostics(XUZHOU_URI);
    const mismatch = diagnostics.find((d) => d.code === 'date-reference-mismatch')!;
    expect(mismatch.message).toMatch(/[a-z]{4,}/);
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: XUZHOU_URI }, range: mismatch.range, context: { diagnostics: [mismatch] } });
    expect(actions.map((a) => a.title)).toContain('Disable date-reference-mismatch for this line');
    const hover = await c.request<Hover>('textDocument/hover', { textDocument: { uri: XUZHOU_URI }, position: mismatch.range.start });
    expect((hover.contents as MarkupContent).value).toContain(MISMATCH_DOC.summary.en);
    expect(await c.stop()).toBe(0);
  });

  it('registers file watchers and re-lints open documents when the config changes', async () => {
    const dir = tempTree({ 'policylint.config.json': onlyFrontMatter('error'), 'drafts/plan.md': BAD_LEVEL });
    dirs.push(dir);
    const c = client(dir);
    await c.initialize(dir);
    const uri = fileUri(path.join(dir, 'drafts/plan.md'));
    await open(c, uri, BAD_LEVEL);
    const first = await c.diagnostics(uri);
    expect(first.diagnostics.map((d) => [d.code, d.severity, d.range.start.line])).toEqual([['structure-front-matter', 1, 2]]);
    expect(JSON.stringify(c.registrations)).toContain('workspace/didChangeWatchedFiles');

    writeFileSync(path.join(dir, 'policylint.config.json'), onlyFrontMatter('warn', { locale: 'en' }));
    await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(dir, 'policylint.config.json')), type: 2 }] });
    const second = await c.diagnostics(uri);
    expect(second.diagnostics.map((d) => [d.code, d.severity])).toEqual([['structure-front-matter', 2]]);
    // The config's locale wins over the client's zh-CN.
    expect(second.diagnostics[0].message).toMatch(/[a-z]{4,}/);
    expect(await c.stop()).toBe(0);
  });

  it('re-lints when a catalogue file named by the config changes', async () => {
    // A city catalogue a user adds (Wuxi's “5+X”), first without 脑机接口, then with it.
    const catalogue = (items: string[]) =>
      [
        'id: wuxi-5x', 'name: 无锡市“5+X”未来产业体系', 'issuer: 无锡市人民政府', 'level: city', 'scope: { province: 江苏省, region: 无锡市 }', 'label: 5+X', 'parent: jiangsu-10x',
        'document:', '  id: wuxi-5x', '  title: 无锡市加快培育发展未来产业的实施意见', '  titleAliases: []', '  issuer: 无锡市人民政府', '  issuerAliases: [无锡市政府]',
        '  province: 江苏省', '  level: city', '  date: "2024-04"', '  dateKind: reported', '  implements: []', '  verified: false', '  source: news reports of the document',
        'groups:', '  - id: main', '    label: "5"', '    name: 主赛道', '    keywords: [主赛道]', '    verified: false', '    items:',
        ...items.map((name) => `      - { name: ${name}, aliases: [], verified: false }`),
      ].join('\n') + '\n';
    const district = '---\ntitle: 梁溪区未来产业培育工作方案\nregion: 无锡市梁溪区\nprovince: 江苏省\nlevel: district\n---\n\n# 梁溪区未来产业培育工作方案\n\n重点发展通用人工智能、量子科技、深海装备、脑机接口等未来产业。\n';
    const five = ['通用人工智能', '量子科技', '第三代半导体', '氢能和储能', '深海装备'];
    const dir = tempTree({
      'policylint.config.json': JSON.stringify({ rules: { 'catalogue-unknown-item': 'error' }, catalogues: ['catalogues/wuxi.yaml'] }),
      'catalogues/wuxi.yaml': catalogue(five),
      'docs/liangxi.md': district,
    });
    dirs.push(dir);
    const c = client(dir);
    await c.initialize(dir);
    const uri = fileUri(path.join(dir, 'docs/liangxi.md'));
    const doc = TextDocument.create(uri, 'markdown', 1, district);
    await open(c, uri, district);
    const unknown = (p: { diagnostics: Diagnostic[] }) => p.diagnostics.filter((d) => d.code === 'catalogue-unknown-item').map((d) => doc.getText(d.range));
    expect(unknown(await c.diagnostics(uri))).toEqual(['脑机接口']);

    writeFileSync(path.join(dir, 'catalogues/wuxi.yaml'), catalogue([...five, '脑机接口']));
    await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(dir, 'catalogues/wuxi.yaml')), type: 2 }] });
    expect(unknown(await c.diagnostics(uri))).toEqual([]);
    expect(await c.stop()).toBe(0);
  });

  it('shows a broken config as one error at the top of the document, naming the file', async () => {
    const dir = tempTree({ 'policylint.config.json': '{ "rules": { "date-invalid": "loud" } }', 'a.md': BAD_LEVEL });
    dirs.push(dir);
    const c = client(dir);
    await c.initialize(dir);
    const uri = fileUri(path.join(dir, 'a.md'));
    await open(c, uri, BAD_LEVEL);
    const { diagnostics } = await c.diagnostics(uri);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 1, range: { start: { line: 0, character: 0 } } });
    expect(diagnostics[0].message).toContain('policylint.config.json');
    expect(await c.stop()).toBe(0);
  });

  it('lints untitled buffers with the workspace config, skips ignored files, and clears diagnostics on close', async () => {
    const dir = tempTree({ 'policylint.config.json': onlyFrontMatter('error', { ignores: ['archive/**'] }), 'archive/old.md': BAD_LEVEL });
    dirs.push(dir);
    const c = client(dir);
    await c.initialize(dir);
    await open(c, 'untitled:Untitled-1', BAD_LEVEL);
    expect((await c.diagnostics('untitled:Untitled-1')).diagnostics.map((d) => d.code)).toEqual(['structure-front-matter']);
    const ignored = fileUri(path.join(dir, 'archive/old.md'));
    await open(c, ignored, BAD_LEVEL);
    expect((await c.diagnostics(ignored)).diagnostics).toEqual([]);
    await c.notify('textDocument/didClose', { textDocument: { uri: 'untitled:Untitled-1' } });
    expect((await c.diagnostics('untitled:Untitled-1')).diagnostics).toEqual([]);
    expect(await c.stop()).toBe(0);
  });

  it('answers --version and --help without starting the protocol', () => {
    const version = spawnSync(process.execPath, [SERVER, '--version'], { encoding: 'utf8' });
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    const help = spawnSync(process.execPath, [SERVER, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--stdio');
  });
});
