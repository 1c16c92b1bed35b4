import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const rule = ruleById('reference-cite-consistency');

new RuleTester().run('reference-cite-consistency', rule, {
  valid: [
    // A short form, the notice issuing the document, and same-named documents of two issuers.
    '《江苏省人民政府关于加快培育发展未来产业的指导意见》（苏政发〔2023〕104号）提出目标。《指导意见》（苏政发〔2023〕104号）另有规定。',
    '《关于印发〈若干措施〉的通知》（京政办发〔2025〕14号）和《若干措施》（京政办发〔2025〕14号）',
    '《关于加快培育发展未来产业的指导意见》（苏政发〔2023〕104号）与《关于加快培育发展未来产业的指导意见》（徐政发〔2024〕1号）',
    ...textCases(['examples/xuzhou-interpretation.md', 'examples/suzhou-news-report.md', 'test/fixtures/real/guangdong-electronic-info-interpretation-2024.txt']),
  ],
  invalid: [
    {
      name: 'one 文号 cited with two titles, pointing at the first citation',
      code: '《江苏省人民政府关于加快培育发展未来产业的指导意见》（苏政发〔2023〕104号）提出目标。《关于加快培育未来产业的工作意见》（苏政发〔2023〕104号）另有规定。',
      errors: [
        {
          message: '文号苏政发〔2023〕104号此处所引标题为《关于加快培育未来产业的工作意见》，与前文《江苏省人民政府关于加快培育发展未来产业的指导意见》不同',
          line: 1, column: 48, endLine: 1, endColumn: 63,
          related: [{ message: '首次引用于此', line: 1, column: 2 }],
        },
      ],
    },
  ],
});

new RuleTester({ locale: 'en' }).run('reference-cite-consistency in English', rule, {
  valid: [],
  invalid: [
    {
      name: 'one title from one issuer cited with two 文号',
      code: '《关于加快培育发展未来产业的指导意见》（苏政发〔2023〕104号）提出目标。《关于加快培育发展未来产业的指导意见》（苏政发〔2023〕140号）另有规定。',
      errors: [{ message: '《关于加快培育发展未来产业的指导意见》 carries 苏政发〔2023〕140号 here but 苏政发〔2023〕104号 earlier', line: 1, column: 60, endLine: 1, endColumn: 73 }],
    },
  ],
});
