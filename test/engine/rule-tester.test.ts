import { afterEach, describe, expect, it } from 'vitest';
import { applyFixes, RuleTester, type ExpectedRelated, type InvalidTestCase, type RuleTesterConfig, type ValidTestCase } from '../../src/engine/rule-tester.js';
import { defineRule, type Rule } from '../../src/engine/rule.js';
import { ruleById } from '../helpers/lint.js';
import { loadShippedCatalogues } from '../../src/files/catalogues.js';

/** A tiny rule: flags 抓手, fixes it to 着力点, suggests 重点 too; option `words` adds more. */
const jargon = defineRule<{ words: string[] }>({
  meta: {
    id: 'term-jargon',
    category: 'term',
    severity: 'warn',
    fixable: true,
    hasSuggestions: true,
    description: { 'zh-CN': '套话', en: 'jargon' },
    messages: {
      jargon: { 'zh-CN': '避免使用「{{word}}」', en: 'avoid "{{word}}"' },
      useFocus: { 'zh-CN': '改为「重点」', en: 'use 重点' },
    },
    schema: { type: 'object', properties: { words: { type: 'array', items: { type: 'string' }, default: [] } }, additionalProperties: false },
    docs: 'rules/term-jargon.md',
  },
  check({ model, options, report }) {
    for (const b of model.blocks) {
      for (const word of ['抓手', ...options.words]) {
        for (let i = b.text.indexOf(word); i >= 0; i = b.text.indexOf(word, i + 1)) {
          const range = { start: b.offsets[i], end: b.offsets[i + word.length] };
          report({
            range,
            messageId: 'jargon',
            data: { word },
            fix: word === '抓手' ? { range, text: '着力点' } : undefined,
            suggestions: [{ messageId: 'useFocus', fix: { range, text: '重点' } }],
          });
        }
      }
    }
  },
}) as unknown as Rule<never>;

/** Run the tester with a runner that records each case's outcome instead of a framework's it(). */
function outcomes(rule: Rule<never>, tests: { valid: (string | ValidTestCase)[]; invalid: InvalidTestCase[] }, locale: 'zh-CN' | 'en' = 'zh-CN', config: RuleTesterConfig = {}): string[] {
  const out: string[] = [];
  RuleTester.describe = (_name, fn) => fn();
  RuleTester.it = (name, fn) => {
    try {
      fn();
      out.push(`ok ${name}`);
    } catch (error) {
      out.push(`FAIL ${name}: ${(error as Error).message.split('\n')[0]}`);
    }
  };
  new RuleTester({ ...config, locale }).run('t', rule, tests);
  return out;
}

afterEach(() => {
  RuleTester.describe = undefined;
  RuleTester.it = undefined;
});

describe('RuleTester', () => {
  it('passes correct cases: message, position, data, fix output, suggestions', () => {
    expect(
      outcomes(jargon, {
        valid: ['以重大项目为着力点。', { code: '以顶层设计为引领。', options: {} }],
        invalid: [
          {
            code: '以重大项目为抓手。',
            errors: [{ messageId: 'jargon', data: { word: '抓手' }, message: '避免使用「抓手」', line: 1, column: 7, endLine: 1, endColumn: 9, suggestions: [{ messageId: 'useFocus', output: '以重大项目为重点。' }] }],
            output: '以重大项目为着力点。',
          },
          { code: '坚持顶层设计。', options: { words: ['顶层设计'] }, errors: ['避免使用「顶层设计」'], output: null },
          { code: '抓手，抓手。', errors: 2, output: '着力点，着力点。' },
        ],
      }),
    ).toEqual(['ok 以重大项目为着力点。', 'ok 以顶层设计为引领。', 'ok 以重大项目为抓手。', 'ok 坚持顶层设计。', 'ok 抓手，抓手。']);
  });

  it('fails a valid case that reports, and an invalid case that reports nothing', () => {
    expect(outcomes(jargon, { valid: ['以重大项目为抓手。'], invalid: [{ code: '以重大项目为着力点。', errors: 1 }] })).toEqual([
      'FAIL 以重大项目为抓手。: expected no findings for a valid case, got 1:',
      'FAIL 以重大项目为着力点。: expected findings for an invalid case, but the rule reported nothing',
    ]);
  });

  it('fails on a wrong count, message, messageId, data, position, output or suggestion', () => {
    const code = '以重大项目为抓手。';
    const cases: InvalidTestCase[] = [
      { code, errors: 2, output: '以重大项目为着力点。', name: 'count' },
      { code, errors: ['避免使用「套话」'], output: '以重大项目为着力点。', name: 'message' },
      { code, errors: [{ messageId: 'useFocus' }], output: '以重大项目为着力点。', name: 'messageId' },
      { code, errors: [{ messageId: 'nope' }], output: '以重大项目为着力点。', name: 'unknown messageId' },
      { code, errors: [{ messageId: 'jargon', data: { word: '套话' } }], output: '以重大项目为着力点。', name: 'data' },
      { code, errors: [{ column: 6 }], output: '以重大项目为着力点。', name: 'column' },
      { code, errors: [{ endLine: 2 }], output: '以重大项目为着力点。', name: 'endLine' },
      { code, errors: 1, output: '以重大项目为抓手。', name: 'output' },
      { code, errors: 1, name: 'output missing' },
      { code, errors: 1, output: null, name: 'output null' },
      { code, errors: [{ suggestions: [] }], output: '以重大项目为着力点。', name: 'suggestion count' },
      { code, errors: [{ suggestions: [{ desc: '改为「重点」', output: '以重大项目为要点。' }] }], output: '以重大项目为着力点。', name: 'suggestion output' },
      { code, errors: [], name: 'no errors expected' },
      { code, options: { words: 3 } as never, errors: 1, name: 'bad options' },
    ];
    expect(outcomes(jargon, { valid: [], invalid: cases })).toEqual([
      'FAIL count: expected 2 finding(s), got 1:',
      'FAIL message: error 1 (1:7): message should be "避免使用「套话」", got "避免使用「抓手」"',
      'FAIL messageId: error 1 (1:7): messageId should be "useFocus", got "jargon"',
      'FAIL unknown messageId: error 1 (1:7): the rule has no messageId "nope"',
      'FAIL data: error 1 (1:7): message (from messageId and data) should be "避免使用「套话」", got "避免使用「抓手」"',
      'FAIL column: error 1 (1:7): column should be 6, got 7',
      'FAIL endLine: error 1 (1:7): endLine should be 2, got 1',
      'FAIL output: output differs after fixes:',
      'FAIL output missing: the rule fixed this case: give the expected "output" (or null)',
      'FAIL output null: expected no fix, but the rule reported one',
      'FAIL suggestion count: error 1 (1:7): number of suggestions should be 0, got 1',
      'FAIL suggestion output: error 1 (1:7): suggestion 1 output should be "以重大项目为要点。", got "以重大项目为重点。"',
      'FAIL no errors expected: an invalid case must expect at least one error',
      'FAIL bad options: invalid options for term-jargon: rules["term-jargon"] options words must be array (found 3)',
    ]);
  });

  it('checks messages in the locale asked for', () => {
    expect(outcomes(jargon, { valid: [], invalid: [{ code: '抓手。', errors: ['avoid "抓手"'], output: '着力点。' }] }, 'en')).toEqual(['ok 抓手。']);
  });

  it('runs at once and throws when no test framework is there', () => {
    const g = globalThis as { describe?: unknown; it?: unknown };
    expect(g.describe).toBeUndefined(); // vitest runs without globals here
    expect(() => new RuleTester().run('t', jargon, { valid: ['抓手。'], invalid: [] })).toThrow(/expected no findings/);
    expect(() => new RuleTester().run('t', jargon, { valid: ['着力点。'], invalid: [{ code: '抓手。', errors: 1, output: '着力点。' }] })).not.toThrow();
  });

  it('reports a rule that crashes instead of passing its case', () => {
    const crashing = { meta: { ...jargon.meta, id: 'term-crash' }, check() { throw new Error('boom'); } } as unknown as Rule<never>;
    expect(outcomes(crashing, { valid: ['正文。'], invalid: [] })).toEqual(['FAIL 正文。: term-crash crashed: 规则运行出错：boom']);
  });

  it('checks related locations: their count, message and position', () => {
    const code = '《甲方案》（苏政发〔2023〕104号）提出目标。《乙方案》（苏政发〔2023〕104号）另有规定。';
    const cite = (related: ExpectedRelated[], name: string): InvalidTestCase => ({ code, name, errors: [{ related }] });
    expect(
      outcomes(ruleById('reference-cite-consistency'), {
        valid: [],
        invalid: [
          cite([{ message: '首次引用于此', line: 1, column: 2, endLine: 1, endColumn: 5 }], 'right'),
          cite([{ message: /首次/ }], 'pattern'),
          cite([], 'none'),
          cite([{ message: '再次引用于此' }], 'message'),
          cite([{ column: 3 }], 'column'),
        ],
      }),
    ).toEqual([
      'ok right',
      'ok pattern',
      'FAIL none: error 1 (1:27): number of related locations should be 0, got 1',
      'FAIL message: error 1 (1:27): related 1 message should be "再次引用于此", got "首次引用于此"',
      'FAIL column: error 1 (1:27): related 1 column should be 3, got 2',
    ]);
  });

  it('refuses a suite with no cases, and registers no empty group for a framework to fail on', () => {
    expect(() => new RuleTester().run('empty', jargon, { valid: [], invalid: [] })).toThrow('empty: no test cases; give at least one valid or invalid case');
    const groups: string[] = [];
    RuleTester.describe = (name, fn) => {
      groups.push(name);
      fn();
    };
    RuleTester.it = () => {};
    new RuleTester().run('valid only', jargon, { valid: ['着力点。'], invalid: [] });
    new RuleTester().run('invalid only', jargon, { valid: [], invalid: [{ code: '抓手。', errors: 1, output: '着力点。' }] });
    expect(groups).toEqual(['valid only', 'valid', 'invalid only', 'invalid']);
  });

  it('works on a built-in rule with real text', () => {
    expect(
      outcomes(ruleById('date-invalid'), {
        valid: ['会议定于2022年9月30日召开。'],
        invalid: [{ code: '会议定于2022年9月31日召开。', errors: [{ line: 1, column: 5 }] }],
      }),
    ).toEqual(['ok 会议定于2022年9月30日召开。', 'ok 会议定于2022年9月31日召开。']);
  });

  it('gives catalogue rules the alignment, as lintText does', () => {
    // catalogue-misquote reads only context.alignment: a finding here means the tester handed it over.
    const quote = (x: string) =>
      '---\nregion: 徐州市\nprovince: 江苏省\nlevel: city\n---\n\n江苏省“10+X”未来产业体系提出，布局' + x + '等一批前瞻性未来产业。\n';
    const good = quote('量子科技、深海深地空天、类人机器人、先进核能');
    const bad = quote('量子科技、深海深地空天、先进计算、先进核能');
    expect(
      outcomes(ruleById('catalogue-misquote'), { valid: [good], invalid: [{ code: bad, errors: [{ messageId: 'notInGroup', line: 7, suggestions: [{ output: bad.replace('先进计算', '类人机器人') }] }] }] }, 'zh-CN', {
        catalogues: loadShippedCatalogues(),
      }),
    ).toEqual([`ok ${good}`, `ok ${bad}`]);
  });
});

describe('applyFixes', () => {
  it('applies non-overlapping fixes in order and skips overlapping ones', () => {
    expect(applyFixes('abcdef', [{ range: [4, 5], text: 'E' }, { range: [0, 2], text: 'AB' }, { range: [1, 3], text: 'X' }])).toEqual({ text: 'ABcdEf', applied: 2 });
  });
});

describe('report({ node })', () => {
  it('locates a finding by a model fact and passes settings to the rule', () => {
    const dated = defineRule({
      meta: { ...jargon.meta, id: 'date-after-setting', fixable: false, hasSuggestions: false, schema: undefined, messages: { late: { 'zh-CN': '晚于{{year}}年', en: 'after {{year}}' } } },
      check({ model, settings, report }) {
        const limit = Number(settings.lastYear ?? 9999);
        for (const date of model.dates) if ((date.value.year ?? 0) > limit) report({ node: date, messageId: 'late', data: { year: limit } });
      },
    }) as unknown as Rule<never>;
    expect(
      outcomes(dated, {
        valid: ['2024年1月召开会议。', { code: '2030年1月召开会议。', settings: { lastYear: 2030 } }],
        invalid: [{ code: '会议于2030年1月召开。', settings: { lastYear: 2025 }, errors: [{ message: '晚于2025年', line: 1, column: 4, endColumn: 11 }] }],
      }),
    ).toEqual(['ok 2024年1月召开会议。', 'ok 2030年1月召开会议。', 'ok 会议于2030年1月召开。']);
  });
});
