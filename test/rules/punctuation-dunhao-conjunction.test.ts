import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const rule = ruleById('punctuation-dunhao-conjunction');

new RuleTester().run('punctuation-dunhao-conjunction', rule, {
  valid: [
    // 一、二和三, words that begin with 和/及/与/或, and the section number 三、.
    '发展新材料、人工智能和生物医药，推进高校、科研机构及时转化、和谐共建、与会代表参与。覆盖喀什、和田地区和河西区、和平区。\n\n三、和美乡村建设\n',
    ...textCases(),
  ],
  invalid: [
    {
      name: 'the 、 before 和 is removed',
      code: '重点发展新材料、和生物医药。\n',
      errors: [{ message: '顿号「、」与连词「和」不连用，删去顿号', line: 1, column: 8, endLine: 1, endColumn: 9 }],
      output: '重点发展新材料和生物医药。\n',
    },
  ],
});

new RuleTester({ locale: 'en' }).run('punctuation-dunhao-conjunction in English', rule, {
  valid: [],
  invalid: [
    {
      name: '以及 and 或',
      code: '加强人才、以及资金保障，支持高校、或科研机构。\n',
      errors: ['drop the “、” before the conjunction “以及”', {}],
      output: '加强人才以及资金保障，支持高校或科研机构。\n',
    },
  ],
});
