import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { parseConfig } from '../../src/config/index.js';
import { loadRuleDoc } from '../../src/files/rule-docs.js';
import { main } from '../../src/cli/main.js';
import { ensureBuilt, removeTree, ROOT, runCli as spawnCli, tempTree } from './helpers.js';

/**
 * Most cases run the real command line in-process (main with captured output): the same code
 * path as the bin without a Node start-up per case; --init and a few others also run the built bin.
 */
async function runCli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd, env: { NO_COLOR: '1' } });
  return { code, stdout, stderr };
}

const PLUGIN_DIR = path.join(ROOT, 'examples/plugin');
const BAD_DATE = '# 关于召开会议的通知\n\n会议定于2022年9月31日召开。\n';

const made: string[] = [];
function tree(files: Record<string, string>): string {
  const dir = tempTree(files);
  made.push(dir);
  return dir;
}

beforeAll(() => ensureBuilt(), 180_000);
afterAll(() => made.forEach(removeTree));

describe('--list-rules', () => {
  it('lists every rule with category, default severity, fixable and the doc summary in the locale', async () => {
    const dir = tree({});
    const zh = await runCli(['--list-rules'], dir);
    expect(zh.code).toBe(0);
    const lines = zh.stdout.trim().split('\n');
    expect(lines[0].split(/\s{2,}/)).toEqual(['规则', '类别', '默认级别', '可修复', '摘要']);
    expect(lines.length).toBe(builtinRules.length + 1);
    for (const rule of builtinRules) {
      const line = lines.find((l) => l.startsWith(`${rule.meta.id} `))!;
      expect(line).toContain(loadRuleDoc(rule.meta)!.summary['zh-CN']);
      expect(line.split(/\s+/).slice(1, 3)).toEqual([rule.meta.category, rule.meta.severity]);
    }
    const en = await runCli(['--list-rules', '--locale', 'en', '--format', 'json'], dir);
    const rows = JSON.parse(en.stdout) as { id: string; summary: string; fixable: boolean }[];
    expect(rows.find((r) => r.id === 'date-invalid')!.summary).toBe(loadRuleDoc(builtinRules.find((r) => r.meta.id === 'date-invalid')!.meta)!.summary.en);
  });

  it('includes the rules of plugins the working directory config loads, with their doc summary', async () => {
    const dir = tree({ 'policylint.config.json': JSON.stringify({ plugins: { house: path.join(PLUGIN_DIR, 'index.mjs') } }) });
    const run = await runCli(['--list-rules', '--locale', 'en'], dir);
    expect(run.stdout).toMatch(/^house\/cited-doc-number\s+reference\s+error\s+yes\s+Documents on the house list must be cited with their document number$/m);
  });
});

describe('--explain', () => {
  it('prints the doc page in the locale: summary, explanation, examples, options', async () => {
    const dir = tree({});
    const rule = builtinRules.find((r) => r.meta.id === 'list-count-mismatch')!;
    const doc = loadRuleDoc(rule.meta)!;
    const zh = await runCli(['--explain', 'list-count-mismatch'], dir);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain(doc.summary['zh-CN']);
    expect(zh.stdout).toContain('## 说明');
    expect(zh.stdout).toContain(doc.examples.invalid[0]);
    const en = await runCli(['--explain', 'list-count-mismatch', '--locale', 'en'], dir);
    expect(en.stdout).toContain(doc.explanation.en.split('\n')[0]);
    expect(en.stdout).toContain('## Options');
  });

  it('explains a plugin rule from its own doc page and shows its options schema', async () => {
    const dir = tree({ 'policylint.config.yaml': `plugins:\n  house: ${JSON.stringify(path.join(PLUGIN_DIR, 'index.mjs'))}\n` });
    const run = await runCli(['--explain', 'house/cited-doc-number', '--locale', 'en'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('House style: a document listed in the `documents` option');
    expect(run.stdout).toContain('"docNumber"');
  });

  it('an unknown rule is a usage error with a suggestion (exit 2)', async () => {
    const run = await runCli(['--explain', 'date-invaild', '--locale', 'en'], tree({}));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('policylint: unknown rule "date-invaild"; did you mean "date-invalid"? (see --list-rules)\n');
  });
});

describe('--print-config', () => {
  it('prints rules with severity and options, plugins, catalogues, settings, locale for that file', async () => {
    const dir = tree({
      'policylint.config.yaml': [
        'locale: en',
        'settings: { office: 市政府 }',
        `plugins: { house: ${JSON.stringify(path.join(PLUGIN_DIR, 'index.mjs'))} }`,
        'rules:',
        '  house/cited-doc-number: [warn, { documents: [{ title: 某文件 }] }]',
        'overrides:',
        '  - files: ["news/**"]',
        '    rules: { catalogue-unknown-item: "off" }',
        '',
      ].join('\n'),
      'news/a.md': '',
    });
    const run = await runCli(['--print-config', 'news/a.md'], dir);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed.locale).toBe('en');
    expect(printed.settings).toEqual({ office: '市政府' });
    expect(printed.plugins).toEqual({ house: path.join(PLUGIN_DIR, 'index.mjs') });
    expect(printed.rules['catalogue-unknown-item']).toEqual(['off']);
    expect(printed.rules['house/cited-doc-number']).toEqual(['warn', { documents: [{ title: '某文件' }] }]);
    expect(printed.rules['date-missing-year']).toEqual(['off']);
    expect(printed.ignored).toBe(false);
    expect(printed.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse((await runCli(['--print-config', 'b.md'], dir)).stdout).rules['catalogue-unknown-item']).toEqual(['warn']);
  });
});

describe('--init', () => {
  it('writes a valid starter config without asking, and refuses to overwrite', async () => {
    const dir = tree({});
    const run = spawnCli(['--init', '--locale', 'en'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Wrote policylint.config.yaml.\n');
    const text = readFileSync(path.join(dir, 'policylint.config.yaml'), 'utf8');
    expect(parseConfig(text, path.join(dir, 'policylint.config.yaml')).config).toMatchObject({ root: true, extends: 'policylint:recommended' });
    writeFileSync(path.join(dir, 'policylint.config.yaml'), 'root: true\n');
    const again = await runCli(['--init', '--locale', 'en'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('policylint: policylint.config.yaml already exists; nothing was changed (--init never overwrites a configuration)\n');
    expect(readFileSync(path.join(dir, 'policylint.config.yaml'), 'utf8')).toBe('root: true\n');
    const other = tree({ '.policylintrc.json': '{}' });
    expect((await runCli(['--init'], other)).code).toBe(2);
    expect(existsSync(path.join(other, 'policylint.config.yaml'))).toBe(false);
  });

  it('on a terminal asks for language and preset, re-asking after a wrong answer', async () => {
    const dir = tree({});
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    let stdout = '';
    const done = main(['--init', '--locale', 'en'], { stdout: { write: (t: string) => (stdout += t), isTTY: true }, stderr: { write: () => true }, stdin, cwd: dir, env: {} });
    stdin.end('en\nstrictest\nstrict\n');
    expect(await done).toBe(0);
    expect(stdout).toContain('Please answer one of recommended, strict, all.');
    const config = parseConfig(readFileSync(path.join(dir, 'policylint.config.yaml'), 'utf8'), path.join(dir, 'policylint.config.yaml')).config;
    expect([config.locale, config.extends]).toEqual(['en', 'policylint:strict']);
  });

  it('the starter config lints the examples as the defaults do', async () => {
    const dir = tree({ 'a.md': BAD_DATE });
    await runCli(['--init'], dir);
    const run = await runCli(['a.md', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['date-invalid']);
  });
});

describe('ignore options', () => {
  it('.policylintignore, --ignore-path and --ignore-pattern', async () => {
    const dir = tree({ '.policylintignore': 'drafts/\n', 'drafts/a.md': BAD_DATE, 'news/b.md': BAD_DATE, 'c.md': BAD_DATE, 'alt.ignore': 'c.md\n' });
    const linted = async (args: string[]) => (JSON.parse((await runCli([...args, '--format', 'json'], dir)).stdout) as { filePath: string }[]).map((r) => path.relative(dir, r.filePath)).sort();
    expect(await linted(['.'])).toEqual(['c.md', 'news/b.md']);
    expect(await linted(['.', '--ignore-pattern', 'news/**'])).toEqual(['c.md']);
    expect(await linted(['.', '--ignore-path', 'alt.ignore'])).toEqual(['drafts/a.md', 'news/b.md']);
    const missing = await runCli(['.', '--ignore-path', 'nope', '--locale', 'en'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^nope: cannot read the ignore file \(ENOENT\)/);
  });
});

describe('directives from the command line', () => {
  it('silences findings, and reports unused directives when asked', async () => {
    const dir = tree({
      'a.md': `# 关于召开会议的通知\n\n<!-- policylint-disable-next-line date-invalid -- 原文照录 -->\n会议定于2022年9月31日召开。\n\n<!-- policylint-disable-next-line list-duplicate-item -->\n请按时参加。\n`,
    });
    const plain = await runCli(['a.md', '--format', 'json'], dir);
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.stdout)[0].messages).toEqual([]);
    const unused = await runCli(['a.md', '--format', 'json', '--report-unused-disable-directives', '--locale', 'en'], dir);
    const messages = JSON.parse(unused.stdout)[0].messages;
    expect(messages.map((m: { ruleId: null; line: number; severity: number; message: string }) => [m.ruleId, m.line, m.severity, m.message])).toEqual([
      [null, 6, 1, 'unused policylint-disable-next-line directive (no problems were reported from "list-duplicate-item")'],
    ]);
    const strict = await runCli(['a.md', '--report-unused-disable-directives-severity', 'error'], dir);
    expect(strict.code).toBe(1);
  });

  it('takes reportUnusedDisableDirectives from the config and knows plugin rule ids', async () => {
    const dir = tree({
      'policylint.config.yaml': `reportUnusedDisableDirectives: error\nplugins: { house: ${JSON.stringify(path.join(PLUGIN_DIR, 'index.mjs'))} }\n`,
      'a.md': '# 通知\n\n<!-- policylint-disable house/cited-doc-number, house/nope -->\n请按时参加。\n',
    });
    const run = await runCli(['a.md', '--format', 'json', '--locale', 'en'], dir);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)[0].messages.map((m: { message: string }) => m.message)).toEqual([
      'unused policylint-disable directive (no problems were reported from "house/cited-doc-number")',
      'policylint-disable directive names an unknown rule "house/nope"',
    ]);
  });
});

describe('bad configs exit 2 with the file, path, value and allowed values', () => {
  it('a plugin that fails to load', async () => {
    const dir = tree({ 'policylint.config.yaml': 'plugins:\n  house: ./house.mjs\n', 'house.mjs': 'throw new Error("broken plugin");\n', 'a.md': BAD_DATE });
    const run = spawnCli(['a.md', '--locale', 'en'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('policylint.config.yaml: plugins["house"]: cannot load plugin "./house.mjs": broken plugin\n');
  });

  it('a wrong reportUnusedDisableDirectives value', async () => {
    const dir = tree({ 'policylint.config.json': '{"reportUnusedDisableDirectives": "yes"}', 'a.md': BAD_DATE });
    const run = await runCli(['a.md', '--locale', 'en'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('policylint.config.json: reportUnusedDisableDirectives: must be one of off, warn, error (found "yes")\n');
  });

  it('a wrong --report-unused-disable-directives-severity value', async () => {
    const run = await runCli(['.', '--report-unused-disable-directives-severity', 'loud', '--locale', 'en'], tree({ 'a.md': BAD_DATE }));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^policylint: --report-unused-disable-directives-severity must be one of off, warn, error \(found "loud"\)/);
  });
});

describe('settings shared by rules', () => {
  it('settings.catalogue gives documents without front matter their parent catalogue, per override', async () => {
    const text = '# 关于发展未来产业的意见\n\n我市将重点发展前沿新材料、数字金融、量子技术等未来产业。\n';
    const dir = tree({
      'policylint.config.yaml': 'settings: { catalogue: jiangsu-10x }\noverrides:\n  - files: ["zj/**"]\n    settings: { catalogue: national-14th-fyp }\n',
      'js/a.md': text,
      'zj/a.md': text,
    });
    const run = await runCli(['.', '--format', 'json'], dir);
    const byFile = Object.fromEntries((JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; message: string }[] }[]).map((r) => [path.relative(dir, r.filePath), r.messages]));
    expect(byFile['js/a.md'].map((m) => m.ruleId)).toEqual(['catalogue-unknown-item']);
    expect(byFile['js/a.md'][0].message).toContain('数字金融');
    expect(byFile['zj/a.md'].every((m) => !m.message.includes('江苏省'))).toBe(true);
    const none = tree({ 'a.md': text });
    expect(JSON.parse((await runCli(['.', '--format', 'json'], none)).stdout)[0].messages).toEqual([]);
  });
});

describe('code loads only from modules a config names', () => {
  it('a document naming a plugin in its front matter or a comment loads nothing', async () => {
    const marker = 'loaded.txt';
    const dir = tree({
      'evil.mjs': `import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./${marker}', import.meta.url), 'x');\nexport default { rules: {} };\n`,
      'a.md': '---\ntitle: 通知\nplugins:\n  evil: ./evil.mjs\nextends: ./evil.mjs\n---\n\n# 通知\n\n<!-- policylint-disable evil/x -->\n<!-- plugins: { evil: ./evil.mjs } -->\n请按时报送。\n',
    });
    await runCli(['a.md', '--format', 'json'], dir);
    expect(existsSync(path.join(dir, marker))).toBe(false);
    // The same module named by a config does load: the check above could fail.
    writeFileSync(path.join(dir, 'policylint.config.yaml'), 'plugins: { evil: ./evil.mjs }\n');
    await runCli(['a.md', '--format', 'json'], dir);
    expect(existsSync(path.join(dir, marker))).toBe(true);
  });
});
