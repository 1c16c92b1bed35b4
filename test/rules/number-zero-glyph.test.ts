import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const rule = ruleById('number-zero-glyph');

new RuleTester().run('number-zero-glyph', rule, {
  valid: ['二〇二四年三月，2024年，20O4 不是年份。\n', ...textCases()],
  invalid: [
    {
      name: '0 in a Chinese-numeral year becomes 〇',
      code: '本方案自二0二四年一月一日起施行。\n',
      errors: [{ message: '年份「二0二四」中的零应写作「〇」：「二〇二四」', line: 1, column: 5, endLine: 1, endColumn: 9 }],
      output: '本方案自二〇二四年一月一日起施行。\n',
    },
  ],
});

new RuleTester({ locale: 'en' }).run('number-zero-glyph in English', rule, {
  valid: [],
  invalid: [
    {
      name: '○, O and 零',
      code: '二○二三年、二O二五年、二零二六年\n',
      errors: [{ message: 'the zero in the year “二○二三” is written “〇”: “二〇二三”' }, {}, {}],
      output: '二〇二三年、二〇二五年、二〇二六年\n',
    },
  ],
});
