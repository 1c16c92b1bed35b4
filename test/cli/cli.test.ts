import { symlinkSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { BAD_LEVEL, CLEAN, ensureBuilt, removeTree, ROOT, runCli, tempTree } from './helpers.js';

beforeAll(() => ensureBuilt(), 180_000);

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) removeTree(dirs.pop()!);
});

/**
 * A root config that runs only structure-front-matter (at the given setting), so these tests
 * exercise the command line and not the other rules, which change as they are written.
 */
function isolated(setting: unknown = 'error', extra: Record<string, unknown> = {}): string {
  const rules: Record<string, unknown> = {};
  for (const r of builtinRules) rules[r.meta.id] = 'off';
  rules['structure-front-matter'] = setting;
  return JSON.stringify({ root: true, rules, ...extra }, null, 2);
}

function tree(files: Record<string, string | Uint8Array>): string {
  const dir = tempTree(files);
  dirs.push(dir);
  return dir;
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number; fatal?: boolean }[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

function json(stdout: string): JsonResult[] {
  return JSON.parse(stdout) as JsonResult[];
}

describe('usage', () => {
  it('prints bilingual help, Chinese first, and exits 0', () => {
    const r = runCli(['--help'], ROOT);
    expect(r.code).toBe(0);
    expect(r.stdout.indexOf('用法')).toBeGreaterThanOrEqual(0);
    expect(r.stdout.indexOf('用法')).toBeLessThan(r.stdout.indexOf('Usage'));
    expect(r.stdout).toContain('--max-warnings');
  });

  it('prints the package version', () => {
    const r = runCli(['--version'], ROOT);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('rejects an unknown option with one line naming it and pointing to --help (exit 2)', () => {
    const r = runCli(['--bogus', 'x.md'], ROOT);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--bogus');
    expect(r.stderr).toContain('--help');
    const en = runCli(['--locale', 'en', '--bogus'], ROOT);
    expect(en.stderr).toMatch(/unknown option "--bogus".*--help/);
  });

  it('rejects bad option values (exit 2)', () => {
    expect(runCli(['--format', 'xml', 'x.md'], ROOT)).toMatchObject({ code: 2, stderr: expect.stringContaining('xml') });
    expect(runCli(['--locale', 'fr', 'x.md'], ROOT)).toMatchObject({ code: 2, stderr: expect.stringContaining('fr') });
    expect(runCli(['--max-warnings', 'many', 'x.md'], ROOT)).toMatchObject({ code: 2, stderr: expect.stringContaining('--max-warnings') });
    expect(runCli(['--format'], ROOT)).toMatchObject({ code: 2, stderr: expect.stringContaining('--format') });
  });

  it('exits 2 when a pattern matches nothing, naming the pattern', () => {
    const dir = tree({ 'policylint.config.json': isolated(), 'a.md': CLEAN });
    const r = runCli(['--locale', 'en', 'a.md', 'drafts/*.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No files matching the pattern "drafts/*.md"');
    const zh = runCli(['missing.md'], dir);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('missing.md');
  });

  it('exits 2 when a directory holds no Markdown file', () => {
    const dir = tree({ 'policylint.config.json': isolated(), 'texts/a.txt': CLEAN });
    const r = runCli(['--locale', 'en', 'texts'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('policylint: No Markdown files (**/*.md) were found in the directory "texts".');
  });
});

describe('linting and exit codes', () => {
  it('exits 0 and prints nothing on a clean file', () => {
    const dir = tree({ 'policylint.config.json': isolated(), 'clean.md': CLEAN });
    const r = runCli(['clean.md'], dir);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('lints the current directory when given no arguments; stylish speaks Chinese by default', () => {
    const dir = tree({ 'policylint.config.json': isolated(), 'docs/bad.md': BAD_LEVEL, 'clean.md': CLEAN });
    const r = runCli([], dir);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines).toContain('docs/bad.md');
    const row = lines.find((l) => l.includes('structure-front-matter'))!;
    expect(row).toMatch(/^ {2}3:8 {2}error {2}文首元数据 level：值 "county" 无效.* {2}structure-front-matter$/);
    expect(r.stdout).toContain('✖ 共 1 个问题（1 个错误，0 个警告）');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('speaks English with --locale en and with locale: en in the config', () => {
    const dir = tree({ 'policylint.config.json': isolated(), 'bad.md': BAD_LEVEL });
    const r = runCli(['--locale', 'en', 'bad.md'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('front matter level: must be one of national, province, city, district (found "county")');
    expect(r.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');

    const en = tree({ 'policylint.config.json': isolated('error', { locale: 'en' }), 'bad.md': BAD_LEVEL });
    expect(runCli(['bad.md'], en).stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
    // --locale wins over the config.
    expect(runCli(['--locale', 'zh-CN', 'bad.md'], en).stdout).toContain('文首元数据 level');
  });

  it('writes ESLint-compatible JSON with absolute paths, sorted files and counts', () => {
    const dir = tree({ 'policylint.config.json': isolated(), 'b.md': BAD_LEVEL, 'a.md': CLEAN, 'sub/c.md': BAD_LEVEL });
    const r = runCli(['--format', 'json', '.'], dir);
    expect(r.code).toBe(1);
    const results = json(r.stdout);
    expect(results.map((x) => x.filePath)).toEqual([path.join(dir, 'a.md'), path.join(dir, 'b.md'), path.join(dir, 'sub/c.md')]);
    expect(results[0]).toMatchObject({ messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 });
    expect(results[1].errorCount).toBe(1);
    expect(results[1].messages).toEqual([
      {
        ruleId: 'structure-front-matter',
        severity: 2,
        message: '文首元数据 level：值 "county" 无效，应为以下之一：national, province, city, district',
        line: 3,
        column: 8,
        endLine: 3,
        endColumn: 14,
        messageId: 'invalid',
      },
    ]);
  });

  it('applies --max-warnings and --quiet to warnings', () => {
    const dir = tree({ 'policylint.config.json': isolated('warn'), 'a.md': BAD_LEVEL, 'b.md': BAD_LEVEL });
    const plain = runCli(['.'], dir);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('warning');
    expect(plain.stdout).toContain('✖ 共 2 个问题（0 个错误，2 个警告）');

    const over = runCli(['--max-warnings', '1', '--locale', 'en', '.'], dir);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('too many warnings (maximum: 1)');
    expect(runCli(['--max-warnings=2', '.'], dir).code).toBe(0);
    expect(runCli(['--max-warnings', '0', '.'], dir).code).toBe(1);

    const quiet = runCli(['--quiet', '--max-warnings', '0', '.'], dir);
    expect(quiet).toMatchObject({ code: 0, stdout: '' });
  });

  it('reports info findings only with --info: severity 1 in JSON, never counted as warnings', () => {
    const dir = tree({ 'policylint.config.json': isolated('info'), 'a.md': BAD_LEVEL });
    expect(runCli(['a.md'], dir)).toMatchObject({ code: 0, stdout: '' });

    const j = runCli(['--info', '--format', 'json', '--max-warnings', '0', 'a.md'], dir);
    expect(j.code).toBe(0);
    const [result] = json(j.stdout);
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({ ruleId: 'structure-front-matter', severity: 1, line: 3, column: 8 });
    expect(result.warningCount).toBe(0);
    expect(result.errorCount).toBe(0);

    const s = runCli(['--info', 'a.md'], dir);
    expect(s.code).toBe(0);
    expect(s.stdout).toMatch(/3:8 {2}info {2}文首元数据/);
    expect(s.stdout).toContain('共 1 个问题（0 个错误，0 个警告，1 条提示）');
  });

  it('colours only on request or a TTY, and never with NO_COLOR or --no-color', () => {
    const dir = tree({ 'policylint.config.json': isolated(), 'a.md': BAD_LEVEL });
    expect(runCli(['a.md'], dir).stdout).not.toContain('\u001b[');
    expect(runCli(['--color', 'a.md'], dir).stdout).toContain('\u001b[');
    expect(runCli(['a.md'], dir, { FORCE_COLOR: '1' }).stdout).toContain('\u001b[');
    expect(runCli(['a.md'], dir, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain('\u001b[');
    expect(runCli(['--no-color', 'a.md'], dir, { FORCE_COLOR: '1' }).stdout).not.toContain('\u001b[');
  });
});

describe('files', () => {
  it('takes a directory as its **/*.md, skips node_modules and .git, and lints explicit files whatever their extension', () => {
    const dir = tree({
      'policylint.config.json': isolated(),
      'docs/a.md': BAD_LEVEL,
      'docs/notes.txt': BAD_LEVEL,
      'docs/node_modules/pkg/readme.md': BAD_LEVEL,
      'docs/.git/x.md': BAD_LEVEL,
    });
    const r = runCli(['--format', 'json', 'docs'], dir);
    expect(json(r.stdout).map((x) => path.relative(dir, x.filePath))).toEqual(['docs/a.md']);
    const txt = runCli(['--format', 'json', 'docs/notes.txt'], dir);
    expect(txt.code).toBe(1);
    expect(json(txt.stdout)[0].messages[0]).toMatchObject({ line: 3, column: 8 });
    const glob = runCli(['--format', 'json', 'docs/*.txt', 'docs/a.md', 'docs/a.md'], dir);
    expect(json(glob.stdout).map((x) => path.relative(dir, x.filePath))).toEqual(['docs/a.md', 'docs/notes.txt']);
  });

  it('decodes a GBK file and reports correct line and column', () => {
    const text = '---\n标题: 关于加快培育发展未来产业的指导意见\n层级: county\n---\n\n# 关于加快培育发展未来产业的指导意见\n';
    const dir = tree({ 'policylint.config.json': isolated(), 'gbk.md': iconv.encode(text, 'gbk') });
    const r = runCli(['--format', 'json', 'gbk.md'], dir);
    expect(r.code).toBe(1);
    expect(json(r.stdout)[0].messages[0]).toMatchObject({ ruleId: 'structure-front-matter', line: 3, column: 5, endLine: 3, endColumn: 11 });
    const inspected = JSON.parse(runCli(['inspect', 'gbk.md'], dir).stdout) as { encoding: string; meta: { title: { value: string } } };
    expect(inspected.encoding).toBe('gb18030');
    expect(inspected.meta.title.value).toBe('关于加快培育发展未来产业的指导意见');
  });

  it('handles a UTF-8 BOM with CRLF line endings', () => {
    const text = '\uFEFF---\r\ntitle: 关于加快培育发展未来产业的指导意见\r\nlevel: county\r\n---\r\n\r\n# 标题\r\n';
    const dir = tree({ 'policylint.config.json': isolated(), 'bom.md': text });
    const r = runCli(['--format', 'json', 'bom.md'], dir);
    expect(json(r.stdout)[0].messages[0]).toMatchObject({ line: 3, column: 8, endLine: 3, endColumn: 14 });
  });

  it('turns an unreadable file into a fatal finding and lints the others', () => {
    const dir = tree({ 'policylint.config.json': isolated(), 'a.md': BAD_LEVEL, 'c.md': CLEAN });
    mkdirSync(path.join(dir, 'b.md'));
    const r = runCli(['--format', 'json', '.'], dir);
    expect(r.code).toBe(1);
    const results = json(r.stdout);
    expect(results.map((x) => path.basename(x.filePath))).toEqual(['a.md', 'b.md', 'c.md']);
    expect(results[0].errorCount).toBe(1);
    expect(results[1]).toMatchObject({ errorCount: 1, fatalErrorCount: 1 });
    expect(results[1].messages).toEqual([
      expect.objectContaining({ ruleId: null, severity: 2, fatal: true, line: 1, column: 1, message: expect.stringContaining('EISDIR') }),
    ]);
    const stylish = runCli(['--locale', 'en', '.'], dir);
    expect(stylish.stdout).toContain('cannot read file: it is a directory, not a file (EISDIR)');
    expect(stylish.stdout).toContain('✖ 2 problems (2 errors, 0 warnings)');
  });

  it('reports a file that cannot be opened (a dangling link) as fatal and lints the rest', () => {
    const dir = tree({ 'policylint.config.json': isolated(), 'a.md': CLEAN });
    symlinkSync(path.join(dir, 'missing-target.md'), path.join(dir, 'gone.md'));
    const r = runCli(['--format', 'json', '.'], dir);
    expect(r.code).toBe(1);
    const results = json(r.stdout);
    expect(results.map((x: { filePath: string }) => path.basename(x.filePath))).toEqual(['a.md', 'gone.md']);
    expect(results[0].messages).toEqual([]);
    expect(results[1].messages[0]).toMatchObject({ ruleId: null, fatal: true, message: expect.stringContaining('ENOENT') });
  });
});

describe('configuration', () => {
  it('exits 2 on an invalid severity, naming the file, the JSON path, what was found and what is allowed', () => {
    const dir = tree({
      'policylint.config.json': isolated(),
      'sub/policylint.config.json': JSON.stringify({ rules: { 'structure-front-matter': 'fatal' } }),
      'sub/a.md': CLEAN,
    });
    const r = runCli(['--locale', 'en', 'sub'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('sub/policylint.config.json: rules["structure-front-matter"]: severity must be one of off, info, warn, error (found "fatal")');
    const zh = runCli(['sub'], dir);
    expect(zh.stderr.trim()).toBe('sub/policylint.config.json: rules["structure-front-matter"]: 严重级别应为 off、info、warn、error 之一（实际为 "fatal"）');
  });

  it('reports other schema problems with their path', () => {
    const dir = tree({ 'policylint.config.json': JSON.stringify({ root: true, locale: 'fr', ignore: ['x'] }), 'a.md': CLEAN });
    const r = runCli(['--locale', 'en', 'a.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('policylint.config.json: locale: must be one of zh-CN, en (found "fr")');
    expect(r.stderr).toContain('policylint.config.json: ignore: unknown key "ignore"');
  });

  it('suggests the closest rule id for an unknown one', () => {
    const dir = tree({ '.policylintrc.yaml': 'root: true\nrules:\n  structure-frontmatter: error\n', 'a.md': CLEAN });
    const r = runCli(['--locale', 'en', 'a.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('.policylintrc.yaml: rules["structure-frontmatter"]: unknown rule "structure-frontmatter"; did you mean "structure-front-matter"?');
    expect(runCli(['a.md'], dir).stderr).toContain('是否是指 "structure-front-matter"');
  });

  it('reports YAML and JSON syntax errors with file:line:column', () => {
    const yaml = tree({ 'policylint.config.yml': 'root: true\nrules:\n  a: [error\n b: 1\n', 'a.md': CLEAN });
    const y = runCli(['--locale', 'en', 'a.md'], yaml);
    expect(y.code).toBe(2);
    expect(y.stderr).toMatch(/^policylint\.config\.yml:\d+:\d+: invalid YAML: /);
    const jsonDir = tree({ 'policylint.config.json': '{\n  "root": true,\n}\n', 'a.md': CLEAN });
    const j = runCli(['--locale', 'en', 'a.md'], jsonDir);
    expect(j.code).toBe(2);
    expect(j.stderr).toMatch(/^policylint\.config\.json:3:1: invalid JSON: /);
  });

  it('finds the config upward from each file; the nearest wins and inherits what it does not set', () => {
    const dir = tree({
      'policylint.config.yaml': `root: true\nlocale: en\nrules:\n${builtinRules.map((r) => `  ${r.meta.id}: off`).join('\n')}\n`,
      'a/b/deep.md': BAD_LEVEL,
      'c/.policylintrc.json': JSON.stringify({ rules: { 'structure-front-matter': 'warn' } }),
      'c/d/deep.md': BAD_LEVEL,
    });
    expect(runCli(['a'], dir)).toMatchObject({ code: 0, stdout: '' });
    const c = runCli(['c'], dir);
    expect(c.code).toBe(0);
    // Severity from the nearest file, locale from the farther one.
    expect(c.stdout).toContain('3:8  warning  front matter level');
    // Run from inside a subdirectory: lookup is from the file, not the working directory.
    expect(runCli(['deep.md'], path.join(dir, 'c/d')).stdout).toContain('warning');
  });

  it('stops looking at a config with root: true', () => {
    const offEverything = JSON.stringify({ rules: Object.fromEntries(builtinRules.map((r) => [r.meta.id, 'off'])) });
    const dir = tree({
      'policylint.config.json': offEverything,
      'inherit/a.md': BAD_LEVEL,
      'inherit/policylint.config.json': JSON.stringify({ locale: 'en' }),
      'rooted/a.md': BAD_LEVEL,
      'rooted/policylint.config.json': JSON.stringify({ root: true, locale: 'en' }),
    });
    // The outer file turns everything off: the inheriting directory finds nothing...
    expect(runCli(['inherit'], dir).code).toBe(0);
    // ...the rooted one does not see it, so the rule runs at its default severity (error).
    const rooted = runCli(['rooted'], dir);
    expect(rooted.code).toBe(1);
    expect(rooted.stdout).toContain('front matter level');
  });

  it('uses only the file named by --config', () => {
    const dir = tree({
      'policylint.config.json': isolated(),
      'sub/policylint.config.json': JSON.stringify({ rules: { 'structure-front-matter': 'fatal' } }),
      'sub/a.md': BAD_LEVEL,
      'custom.yaml': `rules:\n${builtinRules.map((r) => `  ${r.meta.id}: ${r.meta.id === 'structure-front-matter' ? 'warn' : 'off'}`).join('\n')}\n`,
    });
    const r = runCli(['--config', 'custom.yaml', 'sub'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('warning');
    expect(runCli(['--config', 'nope.json', 'sub'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('nope.json') });
  });

  it('skips files matched by ignores (relative to the config file)', () => {
    const dir = tree({
      'policylint.config.json': isolated('error', { ignores: ['drafts', 'old/*.md'] }),
      'drafts/x.md': BAD_LEVEL,
      'drafts/deeper/y.md': BAD_LEVEL,
      'old/z.md': BAD_LEVEL,
      'old/keep/z.md': CLEAN,
      'a.md': CLEAN,
    });
    const r = runCli(['--format', 'json', '.'], dir);
    expect(r.code).toBe(0);
    expect(json(r.stdout).map((x) => path.relative(dir, x.filePath))).toEqual(['a.md', 'old/keep/z.md']);
    // A directory whose every file is ignored is a usage error, as in ESLint.
    const all = runCli(['--locale', 'en', 'drafts'], dir);
    expect(all.code).toBe(2);
    expect(all.stderr).toContain('All files matched by "drafts" are ignored.');
    // An ignored file named explicitly is skipped without complaint (pre-commit hooks pass any file).
    expect(runCli(['drafts/x.md'], dir)).toMatchObject({ code: 0, stdout: '' });
  });

  it('exits 2 when a catalogue file named by the config is missing', () => {
    const dir = tree({ 'policylint.config.json': isolated('error', { catalogues: ['cat/missing.yaml'] }), 'a.md': CLEAN });
    const r = runCli(['--locale', 'en', 'a.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('policylint.config.json: catalogues[0]: catalogue file not found: cat/missing.yaml');
  });

  it('exits 2 with file:line when a user catalogue file is invalid', () => {
    const dir = tree({ 'policylint.config.json': isolated('error', { catalogues: ['cat/bad.yaml'] }), 'cat/bad.yaml': 'id: x\nname: [unclosed\n', 'a.md': CLEAN });
    const r = runCli(['--locale', 'en', 'a.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^cat\/bad\.yaml:\d+(:\d+)?: /);
  });
});
