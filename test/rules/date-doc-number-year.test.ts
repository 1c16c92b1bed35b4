import { describe, expect, it } from 'vitest';
import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById, runRule } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';
import { REGISTRY, KNOWN, doc } from '../fixtures/registry.js';

const ID = 'date-doc-number-year';
const rule = ruleById(ID);
const front = (docNumber: string, date: string) => `---\ndocNumber: ${docNumber}\ndate: ${date}\n---\n\n正文。\n`;
const signed = (docNumber: string, date: string) => `${docNumber}\n\n各区人民政府：\n\n现印发给你们。\n\n北京市人民政府办公厅\n\n${date}\n`;
const CITED = '市政府于2022年11月20日印发《某某实施意见》（徐政发〔2023〕9号）。\n';
// The registry's date contradicts the text: that is date-reference-mismatch's finding.
const CONTRADICTED = '---\nprovince: 江苏省\n---\n\n江苏省政府于2013年11月20日印发《关于加快培育发展未来产业的指导意见》（苏政发〔2023〕104号）。\n';

new RuleTester({ catalogues: REGISTRY }).run(ID, rule, {
  valid: [
    // The previous year in January and the next year in late December are allowed.
    front('苏政发〔2023〕120号', '2024-01-05'),
    front('苏政发〔2024〕1号', '2023-12-25'),
    '市政府于2023年1月5日印发《某某实施意见》（徐政发〔2022〕9号）。\n',
    CONTRADICTED,
    { name: 'the Beijing notice (京政办发〔2025〕14号, 2025年7月24日)', ...textCases(['test/fixtures/real/beijing-jzbf-2025-14.txt'])[0] },
  ],
  invalid: [
    {
      name: 'the document’s own 文号 year against its 落款 date, at the year, with a suggestion',
      code: signed('京政办发〔2024〕14号', '2025年7月24日'),
      errors: [
        {
          message: '文号京政办发〔2024〕14号的年份2024与成文日期2025年7月24日的年份2025不符',
          line: 1, column: 6, endLine: 1, endColumn: 10,
          suggestions: [{ desc: '将文号年份改为2025', output: signed('京政办发〔2025〕14号', '2025年7月24日') }],
          related: [{ message: '成文日期', line: 9, column: 1, endLine: 9, endColumn: 11 }],
        },
      ],
    },
    { code: front('苏政发〔2024〕1号', '2023-12-10'), errors: 1 },
    { code: front('苏政发〔2023〕120号', '2024-02-01'), errors: 1 },
    { code: front('苏政发〔2022〕1号', '2024-01-05'), errors: 1 },
    {
      name: 'a cited document whose 文号 and written issue date disagree, at the 文号 year',
      code: CITED,
      errors: [{ message: '所引文件文号徐政发〔2023〕9号的年份2023与此处所写印发日期2022年11月20日的年份2022不符', line: 1, column: 31, endLine: 1, endColumn: 35 }],
    },
  ],
});

new RuleTester({ catalogues: REGISTRY, locale: 'en' }).run(`${ID} in English`, rule, {
  valid: [],
  invalid: [
    {
      name: 'front-matter values, at the 文号',
      code: front('徐政办发〔2023〕2号', '2024-03-08'),
      errors: [{ message: 'the document number 徐政办发〔2023〕2号 carries the year 2023, but the document is dated 2024年3月8日 (2024)', line: 2, column: 12, endLine: 2, endColumn: 24 }],
    },
  ],
});

const CONFIRMED = { catalogues: [], documents: [...KNOWN, doc({ id: 'y', title: '某某实施意见', issuer: '徐州市人民政府', level: 'city', docNumber: '徐政发〔2023〕9号' })] };

new RuleTester({ catalogues: CONFIRMED }).run(`${ID} when the registry confirms the 文号`, rule, {
  valid: [],
  invalid: [{ name: 'points at the date', code: CITED, errors: [{ line: 1, column: 5, endLine: 1, endColumn: 16 }] }],
});

describe(ID, () => {
  it('is an error', () => {
    expect(runRule(ID, signed('京政办发〔2024〕14号', '2025年7月24日'), { catalogues: REGISTRY })[0].severity).toBe('error');
  });

  it('leaves a date the registry contradicts to date-reference-mismatch', () => {
    expect(runRule('date-reference-mismatch', CONTRADICTED, { catalogues: REGISTRY })).toHaveLength(1);
  });
});
