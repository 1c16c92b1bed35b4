import { describe, expect, it } from 'vitest';
import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById, runRule } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const ID = 'structure-placeholder';
const rule = ruleById(ID);
const PLACEHOLDERS = '××市人民政府：联系人：XXX，联系电话待定。推进【项目名称】建设。\n';

new RuleTester().run(ID, rule, {
  valid: [
    // Latin words, a single ×, and bracketed labels without a prompt.
    'XXL 号码、3×4 矩阵、Xx 不算；【政策解读】推进重点项目建设。\n',
    ...textCases(),
  ],
  invalid: [
    {
      name: '××, XXX, 待定 and a fill-in prompt in 【】',
      code: PLACEHOLDERS,
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 3 }, { message: '「XXX」像是未填写的占位符，请填写实际内容', line: 1, column: 13, endLine: 1, endColumn: 16 }, { line: 1, column: 21, endLine: 1, endColumn: 23 }, { line: 1, column: 26, endLine: 1, endColumn: 32 }],
    },
  ],
});

new RuleTester({ locale: 'en' }).run(`${ID} in English`, rule, {
  valid: [],
  invalid: [{ code: '○○县\n', errors: ['“○○” looks like a placeholder left unfilled'] }],
});

describe(ID, () => {
  it('is a warning', () => {
    expect(runRule(ID, PLACEHOLDERS)[0].severity).toBe('warn');
  });
});
