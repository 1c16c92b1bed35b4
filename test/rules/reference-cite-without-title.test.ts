import { describe, expect, it } from 'vitest';
import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById, runRule } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const ID = 'reference-cite-without-title';
const rule = ruleById(ID);
const BARE = '按照苏政发〔2023〕104号文件要求，结合我市实际，制定本方案。';

new RuleTester().run(ID, rule, {
  valid: [
    // The document’s own 文号 line, a labelled 文号, a 文号 inside a title, a 文号 after a title, one already cited with its title.
    '# 关于开展调研的通知\n\n徐政办发〔2024〕2号\n\n各单位：请按时报送。\n',
    '发文字号：徐政办发〔2024〕2号',
    '《关于贯彻落实国发〔2024〕5号文件的通知》已印发。',
    '北京市人民政府办公厅关于印发若干措施的通知（京政办发〔2025〕14号）',
    '《指导意见》（苏政发〔2023〕104号）提出目标。按照苏政发〔2023〕104号文件要求推进。',
    ...textCases(['examples/xuzhou-interpretation.md', 'test/fixtures/real/beijing-jzbf-2025-14.txt', 'test/fixtures/real/guangdong-electronic-info-interpretation-2024.txt', 'test/fixtures/real/xuzhou-interpretation-page.txt']),
  ],
  invalid: [
    {
      name: 'a bare 文号 in running text',
      code: BARE,
      errors: [{ message: '引用了文号苏政发〔2023〕104号而未写文件标题；应写作“《文件标题》（苏政发〔2023〕104号）”', line: 1, column: 3, endLine: 1, endColumn: 16 }],
    },
  ],
});

new RuleTester({ locale: 'en' }).run(`${ID} in English`, rule, {
  valid: [],
  invalid: [{ code: BARE, errors: ['the number 苏政发〔2023〕104号 is cited without the document’s title; write “《title》（苏政发〔2023〕104号）”'] }],
});

describe(ID, () => {
  it('is a warning', () => {
    expect(runRule(ID, BARE)[0].severity).toBe('warn');
  });
});
