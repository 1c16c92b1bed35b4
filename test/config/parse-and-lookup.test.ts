import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, ConfigResolver, parseConfig } from '../../src/config/index.js';
import { defineRule, type Rule } from '../../src/engine/rule.js';

/** Two small rules, one with options, so option handling is tested whatever the built-in rules become. */
const sample = [
  defineRule({
    meta: {
      id: 'list-count-mismatch',
      category: 'list',
      severity: 'error',
      fixable: false,
      description: { 'zh-CN': '示例', en: 'sample' },
      messages: {},
      schema: { type: 'object', properties: { minItems: { type: 'integer', minimum: 2, default: 3 } }, additionalProperties: false },
      docs: 'rules/list-count-mismatch.md',
    },
    check() {},
  }),
  defineRule({
    meta: {
      id: 'target-no-deadline',
      category: 'target',
      severity: 'info',
      fixable: false,
      description: { 'zh-CN': '示例', en: 'sample' },
      messages: {},
      docs: 'rules/target-no-deadline.md',
    },
    check() {},
  }),
] as unknown as Rule<never>[];

function problems(text: string, file = 'policylint.config.json'): string[] {
  try {
    parseConfig(text, `/x/${file}`, file, sample);
  } catch (error) {
    if (error instanceof ConfigError) return error.format('en').split('\n');
    throw error;
  }
  return [];
}

describe('parseConfig: reading and validating one file', () => {
  it('accepts every documented key in JSON and YAML', () => {
    expect(problems(JSON.stringify({ root: true, locale: 'en', rules: { 'list-count-mismatch': ['warn', { minItems: 4 }], 'target-no-deadline': 'off' }, catalogues: ['a.yaml'], ignores: ['drafts'] }))).toEqual([]);
    expect(problems('root: true\nrules:\n  list-count-mismatch: [error]\n', 'policylint.config.yaml')).toEqual([]);
    expect(problems('', '.policylintrc.yml')).toEqual([]);
  });

  it('says what a rule setting may be', () => {
    expect(problems('{"rules":{"list-count-mismatch":"fatal"}}')).toEqual([
      'policylint.config.json: rules["list-count-mismatch"]: severity must be one of off, info, warn, error (found "fatal")',
    ]);
    expect(problems('{"rules":{"list-count-mismatch":["fatal"]}}')).toEqual([
      'policylint.config.json: rules["list-count-mismatch"][0]: severity must be one of off, info, warn, error (found "fatal")',
    ]);
    expect(problems('{"rules":{"list-count-mismatch":["warn", 3]}}')).toEqual(['policylint.config.json: rules["list-count-mismatch"][1]: options must be an object (found 3)']);
    expect(problems('{"rules":{"list-count-mismatch":2}}')).toEqual([
      'policylint.config.json: rules["list-count-mismatch"]: must be a severity (off, info, warn, error) or [severity, options] (found 2)',
    ]);
  });

  it('validates rule options against the rule schema', () => {
    expect(problems('{"rules":{"list-count-mismatch":["warn",{"minItems":1}]}}')).toEqual([
      expect.stringMatching(/^policylint\.config\.json: rules\["list-count-mismatch"\]\[1\]\.minItems: /),
    ]);
    expect(problems('{"rules":{"list-count-mismatch":["warn",{"max":1}]}}')[0]).toContain('unknown key "max"');
  });

  it('names unknown rules with a suggestion, in both languages', () => {
    const text = '{"rules":{"list-count-mismach":"warn"}}';
    expect(problems(text)).toEqual(['policylint.config.json: rules["list-count-mismach"]: unknown rule "list-count-mismach"; did you mean "list-count-mismatch"?']);
    try {
      parseConfig(text, '/x/policylint.config.json', 'policylint.config.json', sample);
    } catch (error) {
      expect((error as ConfigError).format('zh-CN')).toContain('未知的规则 "list-count-mismach"；是否是指 "list-count-mismatch"？');
    }
  });

  it('reports schema problems at the top level', () => {
    expect(problems('{"locale":"fr","rules":[]}')).toEqual([
      'policylint.config.json: locale: must be one of zh-CN, en (found "fr")',
      'policylint.config.json: rules: must be object (found [])',
    ]);
    expect(problems('[1]')).toEqual(['policylint.config.json: (root): must be object (found [1])']);
  });

  it('remembers a valid locale of a broken file so the error speaks it', () => {
    try {
      parseConfig('{"locale":"en","rules":{"x":"fatal"}}', '/x/policylint.config.json', 'policylint.config.json', sample);
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).configLocale).toBe('en');
    }
  });
});

describe('ConfigResolver: finding config files and merging them upward', () => {
  const dirs: string[] = [];
  afterEach(() => {
    while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
  });

  function tree(files: Record<string, string>): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'policylint-config-'));
    dirs.push(dir);
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    }
    return dir;
  }

  const severities = (c: ReturnType<ConfigResolver['forFile']>) => Object.fromEntries(c.rules.map((r) => [r.rule.meta.id, r.severity]));

  it('resolves once per configuration, not per file', () => {
    const dir = tree({ 'policylint.config.json': '{"root":true}', 'a/b/x.md': '', 'a/y.md': '', 'c/z.md': '' });
    const resolver = new ConfigResolver({ cwd: dir, rules: sample });
    const x = resolver.forFile(path.join(dir, 'a/b/x.md'));
    expect(resolver.forFile(path.join(dir, 'a/y.md'))).toBe(x);
    expect(resolver.forFile(path.join(dir, 'c/z.md'))).toBe(x);
    expect(x.files).toEqual([path.join(dir, 'policylint.config.json')]);
  });

  it('drops info rules unless asked for them', () => {
    const dir = tree({ 'policylint.config.json': '{"root":true}' });
    expect(severities(new ConfigResolver({ cwd: dir, rules: sample }).forDirectory(dir))).toEqual({ 'list-count-mismatch': 'error' });
    expect(severities(new ConfigResolver({ cwd: dir, rules: sample, includeInfo: true }).forDirectory(dir))).toEqual({
      'list-count-mismatch': 'error',
      'target-no-deadline': 'info',
    });
  });

  it('merges upward: nearer files win, a bare severity keeps farther options, root stops the search', () => {
    const dir = tree({
      'policylint.config.yaml': 'locale: en\nrules:\n  list-count-mismatch: [warn, { minItems: 5 }]\n',
      'p/.policylintrc.json': '{"rules":{"list-count-mismatch":"error"}}',
      'q/policylint.config.json': '{"root":true}',
    });
    const resolver = new ConfigResolver({ cwd: dir, rules: sample });
    const p = resolver.forDirectory(path.join(dir, 'p'));
    expect(p.locale).toBe('en');
    expect(p.rules[0]).toMatchObject({ severity: 'error', options: { minItems: 5 } });
    expect(p.files.map((f) => path.relative(dir, f))).toEqual(['p/.policylintrc.json', 'policylint.config.yaml']);
    const q = resolver.forDirectory(path.join(dir, 'q'));
    expect(q.locale).toBeUndefined();
    expect(q.rules[0]).toMatchObject({ severity: 'error', options: { minItems: 3 } });
  });

  it('prefers policylint.config.json over the other names in one directory', () => {
    const dir = tree({ '.policylintrc.yaml': 'root: true\nlocale: zh-CN\n', 'policylint.config.json': '{"root":true,"locale":"en"}' });
    expect(new ConfigResolver({ cwd: dir, rules: sample }).forDirectory(dir).locale).toBe('en');
  });

  it('matches ignores relative to the config file, directories included, with ! re-including', () => {
    const dir = tree({
      'sub/policylint.config.json': '{"root":true,"ignores":["drafts/","*.bak.md","!drafts/keep.md"]}',
      'sub/drafts/a.md': '',
      'sub/drafts/keep.md': '',
      'sub/x.bak.md': '',
      'sub/deeper/x.bak.md': '',
      'sub/x.md': '',
    });
    const c = new ConfigResolver({ cwd: dir, rules: sample }).forDirectory(path.join(dir, 'sub'));
    const ignored = (rel: string) => c.isIgnored(path.join(dir, rel));
    expect(ignored('sub/drafts/a.md')).toBe(true);
    expect(ignored('sub/drafts/keep.md')).toBe(false);
    expect(ignored('sub/x.bak.md')).toBe(true);
    expect(ignored('sub/deeper/x.bak.md')).toBe(false);
    expect(ignored('sub/x.md')).toBe(false);
  });

  it('uses only an explicit --config file', () => {
    const dir = tree({ 'policylint.config.json': '{"locale":"en"}', 'custom.yml': 'locale: zh-CN\n' });
    const c = new ConfigResolver({ cwd: dir, configFile: 'custom.yml', rules: sample }).forDirectory(dir);
    expect(c.locale).toBe('zh-CN');
    expect(c.files).toEqual([path.join(dir, 'custom.yml')]);
    expect(() => new ConfigResolver({ cwd: dir, configFile: 'nope.yml' })).toThrow(ConfigError);
  });
});
