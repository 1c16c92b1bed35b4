import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const rule = ruleById('date-signing-numerals');
const SIGNED = (date: string) => `# 关于开展调研的通知\n\n请各单位于二〇二四年三月一日前报送材料。\n\n徐州市人民政府办公室\n\n${date}\n`;

new RuleTester().run('date-signing-numerals', rule, {
  valid: [
    SIGNED('2024年1月8日'),
    // Before GB/T 9704-2012 the date of a document was written in Chinese numerals.
    SIGNED('二〇一一年一月八日'),
    ...textCases(['test/fixtures/real/beijing-jzbf-2025-14.txt', 'examples/xuzhou-interpretation.md']),
  ],
  invalid: [
    {
      name: 'a 成文日期 in Chinese numerals, written in Arabic numerals; the date in the body stays',
      code: SIGNED('二〇二四年一月八日'),
      errors: [{ message: '成文日期“二〇二四年一月八日”应使用阿拉伯数字：2024年1月8日', line: 7, column: 1, endLine: 7, endColumn: 10 }],
      output: SIGNED('2024年1月8日'),
    },
    { name: '二0二四 and 十二月三十一日', code: SIGNED('二0二四年十二月三十一日'), errors: 1, output: SIGNED('2024年12月31日') },
  ],
});

new RuleTester({ locale: 'en' }).run('date-signing-numerals in English', rule, {
  valid: [],
  invalid: [
    {
      code: SIGNED('二〇二四年一月八日'),
      errors: ['write the date of the document “二〇二四年一月八日” in Arabic numerals: 2024年1月8日'],
      output: SIGNED('2024年1月8日'),
    },
  ],
});
