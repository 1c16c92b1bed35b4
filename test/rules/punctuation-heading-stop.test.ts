import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const rule = ruleById('punctuation-heading-stop');

new RuleTester().run('punctuation-heading-stop', rule, {
  valid: [
    // Sentences are not titles.
    '各区人民政府：\n\n现将有关事项通知如下。\n\n现就关于加快发展的通知。\n\n请认真贯彻落实关于推进工作的意见。\n',
    // Run-in headings, headings ending in …… or a version number, and sentences.
    '（一）构建人才高地。以项目制为牵引。\n\n一、总体要求\n\n## 推进……\n\n## 版本 1.\n\n坚持创新驱动。\n',
    ...textCases(),
  ],
  invalid: [
    {
      name: 'the full stop closing a Markdown heading is removed',
      code: '# 关于推进制造业高质量发展的通知。\n',
      errors: [{ message: '标题「关于推进制造业高质量发展的通知。」末尾不加「。」', line: 1, column: 18, endLine: 1, endColumn: 19 }],
      output: '# 关于推进制造业高质量发展的通知\n',
    },
    {
      name: 'a plain-text title line at the top of the document',
      code: '关于印发北京市若干措施的通知。\n\n各区人民政府：\n',
      errors: [{ line: 1, column: 15, endLine: 1, endColumn: 16 }],
      output: '关于印发北京市若干措施的通知\n\n各区人民政府：\n',
    },
  ],
});

new RuleTester({ locale: 'en' }).run('punctuation-heading-stop in English', rule, {
  valid: [],
  invalid: [{ name: 'a standalone 一、 heading line', code: '一、总体要求。\n', errors: ['the heading “一、总体要求。” does not end with “。”'], output: '一、总体要求\n' }],
});
