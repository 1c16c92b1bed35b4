import { describe, expect, it } from 'vitest';
import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById, runRule } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const rule = ruleById('date-two-digit-year');
const SIGNED = (body: string) => `# 关于开展调研的通知\n\n${body}\n\n徐州市人民政府\n\n2024年1月8日\n`;

new RuleTester().run('date-two-digit-year', rule, {
  valid: [
    // Durations, full years and 3个月.
    SIGNED('用30年时间，历时10年3个月，到2025年7月，近10年底'),
    SIGNED('《24年3月工作要点》'),
    ...textCases(['test/fixtures/real/beijing-jzbf-2025-14.txt', 'test/fixtures/real/guangdong-electronic-info-interpretation-2024.txt', 'examples/xuzhou-interpretation.md']),
  ],
  invalid: [
    {
      name: '24年3月 and 25年底: suggests the century the document’s year gives, never fixes',
      code: SIGNED('各地区于24年3月底前报送方案，25年底前完成。'),
      errors: [
        {
          message: '“24年”的年份只写了两位，应写全四位',
          line: 3, column: 5, endLine: 3, endColumn: 8,
          suggestions: [{ desc: '改为2024年', output: SIGNED('各地区于2024年3月底前报送方案，25年底前完成。') }],
        },
        { line: 3, column: 17, endLine: 3, endColumn: 20, suggestions: [{ desc: '改为2025年', output: SIGNED('各地区于24年3月底前报送方案，2025年底前完成。') }] },
      ],
      output: null,
    },
  ],
});

new RuleTester({ locale: 'en' }).run('date-two-digit-year in English', rule, {
  valid: [],
  invalid: [
    {
      name: 'only reports when the century is unknown',
      code: '各地区于24年3月底前报送。',
      errors: [{ message: 'the year in “24年” has only two digits; write all four', suggestions: null }],
    },
  ],
});

describe('date-two-digit-year severity', () => {
  it('is a warning', () => {
    expect(runRule('date-two-digit-year', SIGNED('各地区于24年3月底前报送方案。'))[0].severity).toBe('warn');
  });
});
