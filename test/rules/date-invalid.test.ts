import { describe, expect, it } from 'vitest';
import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById, runRule } from '../helpers/lint.js';

const rule = ruleById('date-invalid');

new RuleTester().run('date-invalid', rule, {
  valid: [
    // Real dates, leap days, and month-days that may fall in a leap year.
    '2024年2月29日，2000年2月29日，2月29日，2023年12月31日，二〇二四年一月八日，2024-01-10。京政办发〔2025〕14号，2025年7月24日。',
  ],
  invalid: [
    {
      name: 'a day past the end of the month',
      code: '本办法自2022年9月31日起施行。',
      errors: [{ message: '日期「2022年9月31日」无效：9月只有30天', line: 1, column: 5, endLine: 1, endColumn: 15 }],
    },
    {
      name: '29 February in a common year names the year',
      code: '请于2023年2月29日前报送材料。',
      errors: [{ message: '日期「2023年2月29日」无效：2023年2月只有28天', line: 1, column: 3, endLine: 1, endColumn: 13 }],
    },
    {
      name: 'month 13 and month 0, day 0, Chinese numerals and ISO dates',
      code: '2024年13月；2024年0月；2024年3月0日；二〇二三年二月三十日；2023-02-29。',
      errors: [
        { messageId: 'month', message: '日期「2024年13月」无效：不存在13月', line: 1, column: 1, endLine: 1, endColumn: 9 },
        { messageId: 'month', line: 1, column: 10, endLine: 1, endColumn: 17 },
        { messageId: 'dayZero', line: 1, column: 18, endLine: 1, endColumn: 27 },
        { messageId: 'dayOfYear', message: '日期「二〇二三年二月三十日」无效：2023年2月只有28天', line: 1, column: 28, endLine: 1, endColumn: 38 },
        { messageId: 'dayOfYear', line: 1, column: 39, endLine: 1, endColumn: 49 },
      ],
    },
    {
      name: 'the end of a range and a month-day without a year',
      code: '申报时间为2024年4月1日至4月31日；评审于6月31日完成。',
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 21 }, { message: '日期「6月31日」无效：6月只有30天', line: 1, column: 25, endLine: 1, endColumn: 30 }],
    },
  ],
});

new RuleTester({ locale: 'en' }).run('date-invalid in English', rule, {
  valid: [],
  invalid: [{ code: '本办法自2022年9月31日起施行。', errors: ['invalid date “2022年9月31日”: month 9 has only 30 days'] }],
});

describe('date-invalid severity', () => {
  it('is an error', () => {
    expect(runRule('date-invalid', '本办法自2022年9月31日起施行。')[0].severity).toBe('error');
  });
});
