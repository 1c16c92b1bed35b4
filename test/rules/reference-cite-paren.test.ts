import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const rule = ruleById('reference-cite-paren');
const [GUANGDONG] = textCases(['test/fixtures/real/guangdong-electronic-info-interpretation-2024.txt']);

new RuleTester().run('reference-cite-paren', rule, {
  valid: [
    // The real Guangdong web copy has half-width marks throughout: left alone by default.
    GUANGDONG,
    // Full-width parentheses, and parentheses without a 文号.
    '依据《关于高质量建设制造强省的意见》（粤发〔2023〕7号）执行。',
    '《北京市建立未来产业投入增长机制 促进未来产业发展的若干措施》(以下简称《若干措施》)已经市政府同意。',
    ...textCases(['examples/xuzhou-interpretation.md']),
  ],
  invalid: [
    {
      name: 'the Guangdong web copy with { halfWidthDocuments: true }',
      ...GUANGDONG,
      options: { halfWidthDocuments: true },
      errors: [{ message: '所引文号粤发〔2023〕7号应使用全角圆括号（）括入', line: 5, column: 71, endLine: 5, endColumn: 83 }],
      output: GUANGDONG.code.replace('》(粤发〔2023〕7号)', '》（粤发〔2023〕7号）'),
    },
    {
      name: 'Markdown-escaped parentheses are replaced with their backslashes',
      code: '依据《意见》\\(国发〔2021〕29号\\)执行。',
      errors: 1,
      output: '依据《意见》（国发〔2021〕29号）执行。',
    },
  ],
});

new RuleTester({ locale: 'en' }).run('reference-cite-paren in English', rule, {
  valid: [],
  invalid: [
    {
      name: 'one half-width mark of a pair',
      code: '依据《关于高质量建设制造强省的意见》（粤发〔2023〕7号)执行。',
      errors: ['put the cited number 粤发〔2023〕7号 in full-width parentheses （）'],
      output: '依据《关于高质量建设制造强省的意见》（粤发〔2023〕7号）执行。',
    },
  ],
});
