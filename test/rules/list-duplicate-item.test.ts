import { describe, expect, it } from 'vitest';
import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById, runRule } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const ID = 'list-duplicate-item';
const rule = ruleById(ID);
const SUZHOU = '重点发展前沿新材料、光子芯片与光器件、元宇宙、氢能、数字金融、氢能、空天开发、量子技术等未来产业。\n';

new RuleTester().run(ID, rule, {
  valid: ['推动关退矿山、深地空间大规模储气、储热、储油、储废等关键技术研发及产业化。\n', ...textCases(['examples/suzhou-news-report.md', 'examples/xuzhou-interpretation.md'])],
  invalid: [
    {
      name: 'the second 氢能 in the Suzhou list, removed with its 、 by the suggestion',
      code: SUZHOU,
      errors: [
        {
          message: '列举中“氢能”重复出现',
          line: 1, column: 32, endLine: 1, endColumn: 34,
          suggestions: [{ output: '重点发展前沿新材料、光子芯片与光器件、元宇宙、氢能、数字金融、空天开发、量子技术等未来产业。\n' }],
          related: [{ message: '“氢能”首次列出处', line: 1, column: 24, endLine: 1, endColumn: 26 }],
        },
      ],
    },
  ],
});

new RuleTester({ locale: 'en' }).run(`${ID} in English`, rule, {
  valid: [],
  invalid: [
    {
      name: 'items are compared without their quotes',
      code: '全市实施“五大行动”,包括优势产业“强基行动”、关键技术“攻坚行动”、优势产业强基行动、发展空间“优化行动”和生态伙伴“共建行动”。\n',
      errors: [{ message: '“优势产业强基行动” is listed twice', line: 1, column: 36, endLine: 1, endColumn: 44 }],
    },
  ],
});

describe(ID, () => {
  it('is a warning', () => {
    expect(runRule(ID, SUZHOU)[0].severity).toBe('warn');
  });
});
