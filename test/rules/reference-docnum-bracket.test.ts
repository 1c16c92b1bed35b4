import { describe, expect, it } from 'vitest';
import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById, runRule } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const ID = 'reference-docnum-bracket';
const rule = ruleById(ID);
const cite = (docNumber: string) => `根据《关于加快培育发展未来产业的指导意见》（${docNumber}），制定本方案。`;

new RuleTester().run(ID, rule, {
  valid: [
    '《关于加快培育发展未来产业的指导意见》（徐政发〔2024〕1号）',
    ...textCases(['examples/xuzhou-interpretation.md', 'examples/suzhou-news-report.md', 'test/fixtures/real/beijing-jzbf-2025-14.txt', 'test/fixtures/real/guangdong-electronic-info-interpretation-2024.txt']),
  ],
  invalid: [
    // [ ] （ ） ( ) 【 】 ［ ］ around the year become 〔〕; the finding covers the brackets and the year.
    { code: cite('国发[2021]29号'), errors: [{ line: 1, column: 25, endLine: 1, endColumn: 31 }], output: cite('国发〔2021〕29号') },
    { code: cite('京政办发（2025）14号'), errors: [{ line: 1, column: 27, endLine: 1, endColumn: 33 }], output: cite('京政办发〔2025〕14号') },
    { code: cite('粤发(2023)7号'), errors: [{ line: 1, column: 25, endLine: 1, endColumn: 31 }], output: cite('粤发〔2023〕7号') },
    { code: cite('苏政发【2023】104号'), errors: [{ line: 1, column: 26, endLine: 1, endColumn: 32 }], output: cite('苏政发〔2023〕104号') },
    { code: cite('苏政发［2023］104号'), errors: [{ line: 1, column: 26, endLine: 1, endColumn: 32 }], output: cite('苏政发〔2023〕104号') },
    { code: '国发[2021]29号', errors: ['文号国发[2021]29号的年份应使用六角括号：[2021] → 〔2021〕'], output: '国发〔2021〕29号' },
    { name: 'Markdown-escaped brackets go with their backslashes', code: '依据国发\\[2021\\]29号文件执行。', errors: 1, output: '依据国发〔2021〕29号文件执行。' },
    { name: 'full-width year digits stay as written (the number rules own them)', code: '国发[２０２１]29号', errors: 1, output: '国发〔２０２１〕29号' },
  ],
});

new RuleTester({ locale: 'en' }).run(`${ID} in English`, rule, {
  valid: [],
  invalid: [{ code: '国发[2021]29号', errors: ['the year in 国发[2021]29号 belongs in tortoise-shell brackets: [2021] → 〔2021〕'], output: '国发〔2021〕29号' }],
});

describe(ID, () => {
  it('is an error', () => {
    for (const docNumber of ['国发[2021]29号', '京政办发（2025）14号', '粤发(2023)7号', '苏政发【2023】104号', '苏政发［2023］104号']) {
      expect(runRule(ID, cite(docNumber))[0].severity, docNumber).toBe('error');
    }
  });
});
