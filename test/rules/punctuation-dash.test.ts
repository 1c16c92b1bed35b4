import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const rule = ruleById('punctuation-dash');

new RuleTester().run('punctuation-dash', rule, {
  valid: [
    // ——, the connecting dash —, and hyphens in Latin text or numbers.
    '实现“科学发现——技术发明”，推进量子—电子协同，2024—2026年，a--b 与 0512-68612345。\n',
    ...textCases(),
  ],
  invalid: [
    {
      name: '-- between Chinese words becomes ——',
      code: '其他事项另行通知--请各单位做好准备。\n',
      errors: [{ message: '破折号应写作「——」，不写「--」', line: 1, column: 9, endLine: 1, endColumn: 11 }],
      output: '其他事项另行通知——请各单位做好准备。\n',
    },
  ],
});

new RuleTester({ locale: 'en' }).run('punctuation-dash in English', rule, {
  valid: [],
  invalid: [{ code: '通知－－请\n', errors: ['write the dash as “——”, not “－－”'], output: '通知——请\n' }],
});
