import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const rule = ruleById('number-approx-redundant');

new RuleTester().run('number-approx-redundant', rule, {
  valid: [
    // One marker, 制约/节约, and 上下游.
    '约3000家，增长10%左右，节约30%左右的成本，制约10个左右，带动约100家上下游企业，培育10家以上平台，超过半数。\n',
    ...textCases(),
  ],
  invalid: [
    {
      name: '约…左右: suggests dropping either word, never fixes',
      code: '全市共有规上企业约3000家左右。\n',
      errors: [
        {
          message: '「约3000家左右」中「约」与「左右」重复表示约数，保留其一',
          line: 1, column: 9, endLine: 1, endColumn: 17,
          suggestions: [
            { desc: '删去「左右」', output: '全市共有规上企业约3000家。\n' },
            { desc: '删去「约」', output: '全市共有规上企业3000家左右。\n' },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'a lower bound stated twice',
      code: '培育超过100家以上创新平台，不少于3个以上。\n',
      errors: [
        {
          message: '「超过100家以上」中「超过」与「以上」重复表示下限，保留其一',
          line: 1, column: 3, endLine: 1, endColumn: 11,
          suggestions: [{ output: '培育超过100家创新平台，不少于3个以上。\n' }, { output: '培育100家以上创新平台，不少于3个以上。\n' }],
        },
        { line: 1, column: 16, endLine: 1, endColumn: 23 },
      ],
    },
  ],
});

new RuleTester({ locale: 'en' }).run('number-approx-redundant in English', rule, {
  valid: [],
  invalid: [
    {
      name: '大约 and Chinese numerals',
      code: '投资大约1.5万亿元上下，用时约两个月左右。\n',
      errors: [{ message: '“大约1.5万亿元上下” marks the number as approximate twice (“大约” and “上下”): keep one', line: 1, column: 3, endLine: 1, endColumn: 13 }, { line: 1, column: 16, endLine: 1, endColumn: 22 }],
    },
  ],
});
