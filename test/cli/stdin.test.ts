import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { BAD_LEVEL, BIN, CLEAN, ensureBuilt, removeTree, ROOT, tempTree } from './helpers.js';

beforeAll(() => ensureBuilt(), 180_000);

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) removeTree(dirs.pop()!);
});

const XUZHOU = readFileSync(path.join(ROOT, 'examples/xuzhou-interpretation.md'));

/** Run the built bin with real bytes piped to its standard input. */
function pipe(input: Uint8Array | string, args: string[], cwd = ROOT) {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; column: number; message: string }[];
}

/** A root config running only structure-front-matter, with extra keys. */
function isolated(extra: Record<string, unknown> = {}): string {
  const rules: Record<string, unknown> = {};
  for (const r of builtinRules) rules[r.meta.id] = 'off';
  rules['structure-front-matter'] = 'error';
  return JSON.stringify({ root: true, rules, ...extra });
}

describe('policylint --stdin', () => {
  it('lints piped text as the named file: the Xuzhou findings at the file positions, exit 1', () => {
    const r = pipe(XUZHOU, ['--stdin', '--stdin-filename', 'examples/xuzhou-interpretation.md', '--format', 'json']);
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.stdout) as JsonResult[];
    expect(result.filePath).toBe(path.join(ROOT, 'examples/xuzhou-interpretation.md'));
    const mismatch = result.messages.find((m) => m.ruleId === 'date-reference-mismatch');
    expect(mismatch).toMatchObject({ line: 18, column: 96 });
    // Same findings as linting the file itself.
    const fromFile = spawnSync(process.execPath, [BIN, 'examples/xuzhou-interpretation.md', '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
    const fileMessages = (JSON.parse(fromFile.stdout) as JsonResult[])[0].messages;
    expect(result.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`)).toEqual(fileMessages.map((m) => `${m.ruleId}@${m.line}:${m.column}`));
  });

  it('names the result <stdin> in stylish output when no filename is given', () => {
    const r = pipe(XUZHOU, ['--stdin', '--no-color']);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[1]).toBe('<stdin>');
    expect(r.stdout).toContain('date-reference-mismatch');
  });

  it('decodes GB18030 and UTF-16LE (with BOM) input like files, keeping positions', () => {
    const text = XUZHOU.toString('utf8');
    const gbk = pipe(iconv.encode(text, 'gb18030'), ['--stdin', '--stdin-filename', 'examples/x.md', '--format', 'json']);
    const utf16 = pipe(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]), ['--stdin', '--stdin-filename', 'examples/x.md', '--format', 'json']);
    for (const r of [gbk, utf16]) {
      expect(r.code).toBe(1);
      const messages = (JSON.parse(r.stdout) as JsonResult[])[0].messages;
      expect(messages.find((m) => m.ruleId === 'date-reference-mismatch')).toMatchObject({ line: 18, column: 96 });
    }
  });

  it('resolves the configuration for the stdin path: a nearer config turns the rule off', () => {
    const dir = tempTree({
      'policylint.config.json': isolated(),
      'quiet/policylint.config.json': JSON.stringify({ rules: { 'structure-front-matter': 'off' } }),
    });
    dirs.push(dir);
    const strict = pipe(BAD_LEVEL, ['--stdin', '--stdin-filename', 'draft.md', '--format', 'json'], dir);
    const quiet = pipe(BAD_LEVEL, ['--stdin', '--stdin-filename', 'quiet/draft.md', '--format', 'json'], dir);
    expect(strict.code).toBe(1);
    expect((JSON.parse(strict.stdout) as JsonResult[])[0].messages.map((m) => m.ruleId)).toEqual(['structure-front-matter']);
    expect(quiet.code).toBe(0);
    expect((JSON.parse(quiet.stdout) as JsonResult[])[0].messages).toEqual([]);
  });

  it('does not lint an ignored path: no findings, exit 0, a note on stderr in the chosen language', () => {
    // The file exists on disk, as it does when an editor pipes a saved buffer.
    const dir = tempTree({ 'policylint.config.json': isolated({ ignores: ['archive/**'] }), 'archive/old.md': BAD_LEVEL });
    dirs.push(dir);
    const zh = pipe(BAD_LEVEL, ['--stdin', '--stdin-filename', 'archive/old.md', '--format', 'json'], dir);
    expect(zh.code).toBe(0);
    expect((JSON.parse(zh.stdout) as JsonResult[])[0].messages).toEqual([]);
    expect(zh.stderr).toContain('archive/old.md 被配置的 ignores 忽略');
    const en = pipe(BAD_LEVEL, ['--stdin', '--stdin-filename', 'archive/old.md', '--locale', 'en'], dir);
    expect(en.code).toBe(0);
    expect(en.stderr).toContain('archive/old.md is ignored');
  });

  it('exits 0 on clean input and 2 on misuse, with one line saying why', () => {
    const dir = tempTree({ 'policylint.config.json': isolated() });
    dirs.push(dir);
    expect(pipe(CLEAN, ['--stdin', '--stdin-filename', 'ok.md'], dir)).toMatchObject({ code: 0, stdout: '' });
    const withFiles = pipe(CLEAN, ['--stdin', 'ok.md'], dir);
    expect(withFiles.code).toBe(2);
    expect(withFiles.stderr).toContain('--stdin-filename');
    const orphan = pipe(CLEAN, ['--stdin-filename', 'ok.md', '--locale', 'en'], dir);
    expect(orphan.code).toBe(2);
    expect(orphan.stderr).toContain('--stdin-filename can only be used with --stdin');
  });

  it('reports a broken configuration for the stdin path with exit 2', () => {
    const dir = tempTree({ 'policylint.config.json': '{ "rules": { "date-invalid": "loud" } }' });
    dirs.push(dir);
    const r = pipe(CLEAN, ['--stdin', '--stdin-filename', 'a.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('policylint.config.json');
  });
});

describe('policylint --stdin --fix-dry-run', () => {
  const DRAFT = '关于印发《某某方案》的通知\r\n\r\n根据国发[2024]5号文件精神，2024年03月05日召开会议。\r\n';

  it('prints the fixed text on stdout, CRLF kept, and what remains on stderr', () => {
    const r = pipe(DRAFT, ['--stdin', '--stdin-filename', 'draft.md', '--fix-dry-run', '--locale', 'en']);
    expect(r.stdout).toBe('关于印发《某某方案》的通知\r\n\r\n根据国发〔2024〕5号文件精神，2024年3月5日召开会议。\r\n');
    expect(r.stderr).toContain('reference-cite-without-title');
    expect(r.code).toBe(0);
  });

  it('prints the text unchanged when nothing can be fixed', () => {
    const r = pipe(XUZHOU, ['--stdin', '--fix-dry-run']);
    expect(r.stdout).toBe(XUZHOU.toString('utf8'));
    expect(r.code).toBe(1);
  });

  it('with --format json carries the fixed text as output instead', () => {
    const r = pipe(DRAFT, ['--stdin', '--fix-dry-run', '--format', 'json']);
    const [result] = JSON.parse(r.stdout) as (JsonResult & { output?: string })[];
    expect(result.output).toContain('国发〔2024〕5号');
  });

  it('refuses --fix: there is no file to write', () => {
    const r = pipe(DRAFT, ['--stdin', '--fix', '--locale', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--fix-dry-run');
  });
});
