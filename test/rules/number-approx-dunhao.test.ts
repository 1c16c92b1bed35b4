import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const rule = ruleById('number-approx-dunhao');

new RuleTester().run('number-approx-dunhao', rule, {
  valid: [
    // Abbreviations, non-adjacent numerals, section numbers and 十三、十四.
    '一、二年级学生和一、二级医院参加，三、五个不是概数，十三、十四个。\n\n三、四个坚持\n',
    '每年三、四月份，一、二层商铺，一、二次分配，一、二、三个梯队。\n',
    ...textCases(),
  ],
  invalid: [
    {
      name: 'the 、 of an approximate number is removed',
      code: '全市新增企业三、四个。\n',
      errors: [{ message: '概数「三、四」中间不加顿号，应为「三四」', line: 1, column: 8, endLine: 1, endColumn: 9 }],
      output: '全市新增企业三四个。\n',
    },
  ],
});

new RuleTester({ locale: 'en' }).run('number-approx-dunhao in English', rule, {
  valid: [],
  invalid: [{ code: '用时五、六天。\n', errors: ['the approximate number “五、六” takes no “、”: write “五六”'], output: '用时五六天。\n' }],
});
