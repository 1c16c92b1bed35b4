import { describe, expect, it } from 'vitest';
import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById, runRule } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const ID = 'structure-numbering-sequence';
const rule = ruleById(ID);
const GAP = '一、总体要求\n\n二、主要任务\n\n四、保障措施\n';

new RuleTester().run(ID, rule, {
  valid: [
    // Series are kept apart by parent and restart at 1; the 附件说明 and attachments are not counted.
    ['一、总体要求', '（一）目标。', '（二）任务。', '二、保障措施', '（一）领导。', '（二）支持。', '附件：1.重点项目清单', '2.责任分工表', '附件1', '一、项目', '二、分工', ''].join('\n\n'),
    ...textCases(),
  ],
  invalid: [
    {
      name: 'a gap, at the number after it, with the expected number suggested',
      code: GAP,
      errors: [
        {
          message: '序号不连续：「二、」之后应为「三、」，此处为「四、」',
          line: 5, column: 1, endLine: 5, endColumn: 3,
          suggestions: [{ output: '一、总体要求\n\n二、主要任务\n\n三、保障措施\n' }],
          related: [{ line: 3 }],
        },
      ],
      output: null,
    },
    {
      name: 'Markdown list markers as written',
      code: '一、任务\n\n1. 加强领导。\n2. 加大支持。\n4. 营造氛围。\n',
      errors: [{ line: 5, column: 1, endLine: 5, endColumn: 3, suggestions: [{ output: '一、任务\n\n1. 加强领导。\n2. 加大支持。\n3. 营造氛围。\n' }] }],
    },
  ],
});

new RuleTester({ locale: 'en' }).run(`${ID} in English`, rule, {
  valid: [],
  invalid: [
    {
      name: 'a repeat among numbered paragraphs',
      code: '（一）发展目标。全市新增企业。\n\n（二）主要任务。加快建设。\n\n（二）保障措施。加强领导。\n',
      errors: [
        {
          message: 'the number “（二）” repeats the previous one; expected “（三）”',
          suggestions: [{ output: '（一）发展目标。全市新增企业。\n\n（二）主要任务。加快建设。\n\n（三）保障措施。加强领导。\n' }],
          related: [{ message: 'the previous number “（二）”', line: 3, column: 1, endLine: 3, endColumn: 4 }],
        },
      ],
    },
  ],
});

describe(ID, () => {
  it('is an error', () => {
    expect(runRule(ID, GAP)[0].severity).toBe('error');
  });
});
