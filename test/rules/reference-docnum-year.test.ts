import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById } from '../helpers/lint.js';

const rule = ruleById('reference-docnum-year');
const SIGNED = (body: string, date = '2024年1月8日') => `# 关于开展调研的通知\n\n${body}\n\n徐州市人民政府\n\n${date}\n`;
const CITE_22 = '依据《关于推进制造业智能化改造和数字化转型的实施意见》（苏政办发〔22〕5号），制定本方案。';

new RuleTester().run('reference-docnum-year', rule, {
  valid: [SIGNED('依据《意见》（苏政办发〔2022〕5号）执行。')],
  invalid: [
    {
      name: 'a two-digit year: a suggestion of the century the document year allows, never a fix',
      code: SIGNED(CITE_22),
      errors: [
        {
          message: '文号苏政办发〔22〕5号的年份“22”不全，应标全四位',
          line: 3, column: 34, endLine: 3, endColumn: 36,
          suggestions: [{ desc: '改为2022', output: SIGNED(CITE_22.replace('〔22〕', '〔2022〕')) }],
        },
      ],
      output: null,
    },
    { name: 'no suggestion when the document has no year of its own', code: CITE_22, errors: [{ suggestions: null }] },
  ],
});

new RuleTester({ locale: 'en' }).run('reference-docnum-year in English', rule, {
  valid: [],
  invalid: [
    {
      name: 'a year later than the document goes in the previous century',
      code: SIGNED('依据国务院《关于深化改革的通知》（国发〔98〕5号）执行。'),
      errors: [{ suggestions: [{ desc: 'change it to 1998', output: SIGNED('依据国务院《关于深化改革的通知》（国发〔1998〕5号）执行。') }] }],
    },
    {
      name: 'a three-digit year, without guessing the missing digit',
      code: SIGNED('依据《意见》（苏政办发〔202〕5号）执行。'),
      errors: [{ message: 'the year in 苏政办发〔202〕5号 (“202”) is not written in full; write all four digits', suggestions: null }],
    },
  ],
});
