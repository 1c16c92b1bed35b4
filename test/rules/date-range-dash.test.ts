import { describe, expect, it } from 'vitest';
import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById, runRule } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const rule = ruleById('date-range-dash');

new RuleTester().run('date-range-dash', rule, {
  valid: [
    // Titles as issued, the em dash, 至, ～, and numbers that are not years.
    '《广东省发展新一代电子信息战略性支柱产业集群行动计划(2021-2025年)》',
    '2024—2026年、2024至2026年、2024～2026年、索引号2024-00039、2024-03-05',
    ...textCases(['test/fixtures/real/guangdong-electronic-info-interpretation-2024.txt', 'examples/xuzhou-interpretation.md', 'test/fixtures/real/xuzhou-interpretation-page.txt']),
  ],
  invalid: [
    {
      name: 'a hyphen between two years: only the connector is replaced',
      code: '本方案实施期为2024-2026年。',
      errors: [{ message: '年份起止“2024-2026年”应使用一字线“—”连接', line: 1, column: 8, endLine: 1, endColumn: 18 }],
      output: '本方案实施期为2024—2026年。',
    },
    { code: '2024－2026年', errors: 1, output: '2024—2026年' },
    { code: '2024–2026年', errors: 1, output: '2024—2026年' },
    { code: '2024--2026年', errors: 1, output: '2024—2026年' },
    { code: '2024年-2026年', errors: 1, output: '2024年—2026年' },
    { code: '2024\\-2026年', errors: 1, output: '2024—2026年' },
  ],
});

new RuleTester({ locale: 'en' }).run('date-range-dash in English', rule, {
  valid: [],
  invalid: [{ code: '本方案实施期为2024-2026年。', errors: ['join the years in “2024-2026年” with an em dash —'], output: '本方案实施期为2024—2026年。' }],
});

describe('date-range-dash severity', () => {
  it('is a warning', () => {
    expect(runRule('date-range-dash', '本方案实施期为2024-2026年。')[0].severity).toBe('warn');
  });
});
