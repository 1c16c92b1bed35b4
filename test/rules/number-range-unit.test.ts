import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const rule = ruleById('number-range-unit');

new RuleTester().run('number-range-unit', rule, {
  valid: [
    // Complete ranges, other units and year spans.
    '投资9亿～16亿元，增长15%～30%，年产25～30吨，2024—2026年，1.5万亿元。\n',
    ...textCases(),
  ],
  invalid: [
    {
      name: '9～16亿元: a suggestion of 9亿～16亿元, no fix',
      code: '投资规模达到9～16亿元。\n',
      errors: [
        {
          message: '「9～16亿」的前一个数也应带「亿」，否则可能误读',
          line: 1, column: 7, endLine: 1, endColumn: 12,
          suggestions: [{ desc: '改为「9亿～16亿」', output: '投资规模达到9亿～16亿元。\n' }],
        },
      ],
      output: null,
    },
  ],
});

new RuleTester({ locale: 'en' }).run('number-range-unit in English', rule, {
  valid: [],
  invalid: [
    {
      name: 'percentages and 万',
      code: '增长15～30%，补贴3-5万元。\n',
      errors: [{ message: 'the first number of “15～30%” needs its “%” too, or it may be misread', line: 1, column: 3, endLine: 1, endColumn: 9 }, { line: 1, column: 12, endLine: 1, endColumn: 16 }],
    },
  ],
});
