import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const rule = ruleById('number-range-sign');

new RuleTester().run('number-range-sign', rule, {
  valid: [
    // Phone numbers, standards, model numbers, dates and year spans.
    '电话0512-68612345，依据GB/T 15835-2011，型号HL-2M设备，2024-03-05，2024-2026年，3-5月，第5-2号。\n',
    ...textCases(),
  ],
  invalid: [
    {
      name: 'the hyphen of a numeric range becomes ～',
      code: '每户补贴10-20万元。\n',
      errors: [{ message: '数值范围「10-20」应使用浪纹线「～」，不用「-」', line: 1, column: 7, endLine: 1, endColumn: 8 }],
      output: '每户补贴10～20万元。\n',
    },
  ],
});

new RuleTester({ locale: 'en' }).run('number-range-sign in English', rule, {
  valid: [],
  invalid: [
    {
      name: '~ and counts of years',
      code: '年产25~30吨，用时3-5年，培训2－3次。\n',
      errors: [{ message: 'join the numeric range “25~30” with “～”, not “~”', line: 1, column: 5, endLine: 1, endColumn: 6 }, { line: 1, column: 13, endLine: 1, endColumn: 14 }, { line: 1, column: 20, endLine: 1, endColumn: 21 }],
      output: '年产25～30吨，用时3～5年，培训2～3次。\n',
    },
  ],
});
