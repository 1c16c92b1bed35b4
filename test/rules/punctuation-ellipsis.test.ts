import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const rule = ruleById('punctuation-ellipsis');

new RuleTester().run('punctuation-ellipsis', rule, {
  valid: [
    // The correct form, Latin text and code.
    '发展人工智能……等领域。Wait... what… 代码 `a...b` 照录。\n',
    ...textCases(),
  ],
  invalid: [
    {
      name: '..., 。。。 and a single … become ……',
      code: '发展人工智能...推进量子科技。。。建设未来网络…等领域。\n',
      errors: [{ message: '省略号应写作「……」，不写「...」', line: 1, column: 7, endLine: 1, endColumn: 10 }, { line: 1, column: 16, endLine: 1, endColumn: 19 }, { line: 1, column: 25, endLine: 1, endColumn: 26 }],
      output: '发展人工智能……推进量子科技……建设未来网络……等领域。\n',
    },
  ],
});

new RuleTester({ locale: 'en' }).run('punctuation-ellipsis in English', rule, {
  valid: [],
  invalid: [{ code: '推进...\n', errors: ['write the ellipsis as “……”, not “...”'], output: '推进……\n' }],
});
