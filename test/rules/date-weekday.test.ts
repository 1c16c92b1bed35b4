import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById } from '../helpers/lint.js';

const rule = ruleById('date-weekday');

new RuleTester().run('date-weekday', rule, {
  valid: [
    '2024年3月5日（星期二）；2023年12月31日（周日）；2024年2月29日（星期四）',
    '2024年3月10日星期天上午',
    // No year, or a date that does not exist: nothing to compare.
    '3月5日（星期三）',
    '2023年2月30日（星期三）',
    // 2024-01-02 was a Tuesday (2023-01-02 a Monday): the date may fall in the next year.
    '2023年12月28日召开预备会，1月2日（星期二）正式开会。',
  ],
  invalid: [
    {
      name: 'a weekday that does not match the date: the one character is fixed',
      code: '全市推进会定于2024年3月5日（星期三）召开。',
      errors: [{ message: '2024年3月5日是星期二，不是星期三', line: 1, column: 18, endLine: 1, endColumn: 21 }],
      output: '全市推进会定于2024年3月5日（星期二）召开。',
    },
    // 周X, half-width brackets, no brackets, Sunday as 日 or 天.
    { code: '2024年3月5日(周三)', errors: 1, output: '2024年3月5日(周二)' },
    { code: '2024年3月11日星期天上午', errors: 1, output: '2024年3月11日星期一上午' },
    { code: '2024年3月9日（星期日）', errors: 1, output: '2024年3月9日（星期六）' },
    {
      // 2024-03-05 was a Tuesday, 2025-03-05 a Wednesday: 星期四 fits neither. The year comes
      // from earlier in the paragraph, so the weekday is offered, never applied.
      name: 'a year from earlier in the paragraph: a suggestion, not a fix',
      code: '2024年3月1日启动，3月5日（星期四）截止。',
      errors: [{ message: '2024年3月5日是星期二，不是星期四', suggestions: [{ desc: '改为星期二', output: '2024年3月1日启动，3月5日（星期二）截止。' }] }],
      output: null,
    },
  ],
});

new RuleTester({ locale: 'en' }).run('date-weekday in English', rule, {
  valid: [],
  invalid: [{ code: '全市推进会定于2024年3月5日（星期三）召开。', errors: ['2024年3月5日 is a Tuesday, not 星期三'], output: '全市推进会定于2024年3月5日（星期二）召开。' }],
});
