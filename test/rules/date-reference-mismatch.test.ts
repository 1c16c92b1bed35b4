import { describe, expect, it } from 'vitest';
import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById, runRule } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';
import { REGISTRY } from '../fixtures/registry.js';

const ID = 'date-reference-mismatch';
const rule = ruleById(ID);
const JIANGSU = '---\nregion: 徐州市\nprovince: 江苏省\nlevel: city\n---\n\n';
const XUZHOU_TYPO = JIANGSU + '江苏省政府于2013年11月印发《关于加快培育发展未来产业的指导意见》，提出全省重点打造“10+X”未来产业体系。\n';
const cite = (date: string) => JIANGSU + `江苏省政府于${date}印发《关于加快培育发展未来产业的指导意见》。\n`;
const SIGNING = JIANGSU + '市政府办公室于2024年1月9日印发《徐州市加快培育发展未来产业三年行动方案(2024-2026年)》（徐政办发〔2024〕2号）。\n';
// The registry's date of this one is unverified: only its year is compared.
const unverified = (date: string) => JIANGSU + `市政府于${date}印发《徐州市加快培育发展未来产业的指导意见》。\n`;
const DOC_NUMBERS = JIANGSU + '贯彻落实《关于加快培育发展未来产业的指导意见》（苏政发〔2021〕104号）。落实《关于加快培育发展未来产业的指导意见》（苏政发〔2023〕14号）。\n';
const MIIT = '为贯彻落实工业和信息化部等七部门于2023年1月印发的《关于推动未来产业创新发展的实施意见》（工信部联科〔2024〕12号），制定本方案。\n';

new RuleTester({ catalogues: REGISTRY }).run(ID, rule, {
  valid: [
    // A month either side of a reported date is tolerated.
    cite('2023年10月'),
    cite('2023年12月'),
    cite('2023年11月12日'),
    SIGNING.replace('2024年1月9日', '2024年1月8日'),
    SIGNING.replace('2024年1月9日', '2024年1月'),
    unverified('2024年2月'),
    // Never compared: a date without a year, a document it cannot identify, another city’s document of the same title.
    JIANGSU + '9月1日，江苏省政府印发《关于加快培育发展未来产业的指导意见》。\n',
    JIANGSU + '江苏省政府于2013年11月印发《关于加快发展某某产业的意见》。\n',
    JIANGSU + '杭州市政府于2024年5月印发《关于加快培育发展未来产业的指导意见》（杭政发〔2024〕3号）。\n',
  ],
  invalid: [
    {
      name: 'the Xuzhou 2013 typo against 苏政发〔2023〕104号, with a suggestion at the written precision',
      code: XUZHOU_TYPO,
      errors: [
        {
          message: '据报道《关于加快培育发展未来产业的指导意见》（苏政发〔2023〕104号）印发于2023年11月，此处写作「2013年11月」',
          line: 7, column: 7, endLine: 7, endColumn: 15,
          suggestions: [{ desc: '改为「2023年11月」', output: XUZHOU_TYPO.replace('2013年11月', '2023年11月') }],
        },
      ],
    },
    {
      name: 'Chinese numerals stay Chinese in the suggestion',
      code: JIANGSU + '省政府于二〇一三年十一月印发《关于加快培育发展未来产业的指导意见》。\n',
      errors: [{ line: 7, column: 5, endLine: 7, endColumn: 13, suggestions: [{ output: JIANGSU + '省政府于二〇二三年十一月印发《关于加快培育发展未来产业的指导意见》。\n' }] }],
    },
    { name: 'two months off', code: cite('2023年9月'), errors: [{ line: 7, column: 7, endLine: 7, endColumn: 14 }] },
    {
      name: 'days compared against a signing date',
      code: SIGNING,
      errors: [{ line: 7, column: 8, endLine: 7, endColumn: 17, suggestions: [{ output: SIGNING.replace('2024年1月9日', '2024年1月8日') }] }],
    },
    { name: 'the year of an unverified registry date', code: unverified('2023年12月'), errors: [{ line: 7, column: 5, endLine: 7, endColumn: 13 }] },
    {
      name: 'a cited 文号 with the wrong year at the year, and a wrong serial at the whole number',
      code: DOC_NUMBERS,
      errors: [
        {
          message: '《关于加快培育发展未来产业的指导意见》登记的文号为苏政发〔2023〕104号，此处写作苏政发〔2021〕104号',
          line: 7, column: 29, endLine: 7, endColumn: 33,
          suggestions: [{ output: DOC_NUMBERS.replace('〔2021〕104号', '〔2023〕104号') }],
        },
        { line: 7, column: 62, endLine: 7, endColumn: 74, suggestions: [{ output: DOC_NUMBERS.replace('〔2023〕14号', '〔2023〕104号') }] },
      ],
    },
    { name: 'exactly the 2013 typo in the Xuzhou example', ...textCases(['examples/xuzhou-interpretation.md'])[0], errors: [{ line: 18, column: 96, endLine: 18, endColumn: 104 }] },
    {
      name: 'says 发布日期 when the registry holds a publication date',
      code: MIIT,
      errors: [
        {
          message: '《关于推动未来产业创新发展的实施意见》（工信部联科〔2024〕12号）登记的发布日期为2024年1月29日，此处写作「2023年1月」',
          line: 1, column: 18, endLine: 1, endColumn: 25,
          suggestions: [{ output: MIIT.replace('2023年1月', '2024年1月') }],
        },
      ],
    },
  ],
});

new RuleTester({ catalogues: REGISTRY, locale: 'en' }).run(`${ID} in English`, rule, {
  valid: [],
  invalid: [
    {
      code: cite('2013年11月'),
      errors: ['according to reports 《关于加快培育发展未来产业的指导意见》（苏政发〔2023〕104号） was issued in 2023年11月, but the text says “2013年11月”'],
    },
  ],
});

new RuleTester().run(`${ID} without a registry`, rule, { valid: [cite('2013年11月')], invalid: [] });

describe(ID, () => {
  it('is an error', () => {
    expect(runRule(ID, XUZHOU_TYPO, { catalogues: REGISTRY })[0].severity).toBe('error');
  });
});
