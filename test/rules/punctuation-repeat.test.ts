import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const rule = ruleById('punctuation-repeat');

new RuleTester().run('punctuation-repeat', rule, {
  valid: [
    // ？！ is allowed; 。。。 is the ellipsis rule's.
    '难道不应该这样做吗？！推进。。。\n',
    ...textCases(),
  ],
  invalid: [
    {
      name: 'a doubled mark keeps one full-width mark',
      code: '推动“链长制”落地。。加强协同,，形成合力、、共同推进！！\n',
      errors: [{ line: 1, column: 10, endLine: 1, endColumn: 12 }, { message: '标点「，」重复：「,，」', line: 1, column: 16, endLine: 1, endColumn: 18 }, { line: 1, column: 22, endLine: 1, endColumn: 24 }, { line: 1, column: 28, endLine: 1, endColumn: 30 }],
      output: '推动“链长制”落地。加强协同，形成合力、共同推进！\n',
    },
  ],
});

new RuleTester({ locale: 'en' }).run('punctuation-repeat in English', rule, {
  valid: [],
  invalid: [{ code: '落地。。\n', errors: ['the mark “。” is repeated: “。。”'], output: '落地。\n' }],
});
