import { describe, expect, it } from 'vitest';
import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById, runRule } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const ID = 'date-zero-padded';
const rule = ruleById(ID);

new RuleTester().run(ID, rule, {
  valid: [
    // ISO dates, 10月/20日, titles.
    '发布日期：2024-03-05；2024年10月20日；2024年3月5日。',
    '《2024年03月工作要点》',
    // The page metadata that mirrors copy (real lines from government websites).
    '来源:南通市人民政府 发布时间:2024年08月09日 14:09:22 发布部门:市政府办公室',
    '发布日期:2018年03月27日\n\n生效日期:2018年03月27日',
    ...textCases(['test/fixtures/real/xuzhou-interpretation-page.txt', 'test/fixtures/real/beijing-jzbf-2025-14.txt', 'examples/suzhou-news-report.md']),
  ],
  invalid: [
    {
      name: 'zero-padded months and days: only the zeros go',
      code: '全市推进会定于2024年03月05日召开，材料于03月01日前报送。',
      errors: [{ message: '日期“2024年03月05日”的月、日不编虚位：2024年3月5日', line: 1, column: 8, endLine: 1, endColumn: 19 }, { line: 1, column: 25, endLine: 1, endColumn: 31 }],
      output: '全市推进会定于2024年3月5日召开，材料于3月1日前报送。',
    },
    { code: '会议于2024年03月05日召开。', errors: 1, output: '会议于2024年3月5日召开。' },
    // Full-width digits and a padded range.
    { code: '２０２４年０３月', errors: 1, output: '２０２４年３月' },
    { code: '申报时间为2024年03月01日至2024年04月30日。', errors: 1, output: '申报时间为2024年3月1日至2024年4月30日。' },
  ],
});

new RuleTester({ locale: 'en' }).run(`${ID} in English`, rule, {
  valid: [],
  invalid: [{ code: '2024年3月05日', errors: ['no leading zeros in the date “2024年3月05日”: 2024年3月5日'], output: '2024年3月5日' }],
});

describe(`${ID} fix`, () => {
  it('replaces only the padded month and the zero of the day', () => {
    const text = '全市推进会定于2024年03月05日召开，材料于03月01日前报送。';
    expect(runRule(ID, text)[0].fix).toEqual({ range: [text.indexOf('03月05'), text.indexOf('05日') + 1], text: '3月' });
  });
});
