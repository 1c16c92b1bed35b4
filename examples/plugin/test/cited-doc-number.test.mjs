// The plugin's own tests: RuleTester as a plugin author uses it, from the published package name.
import { describe, it } from 'vitest';
import { RuleTester } from 'policylint';
import plugin from '../index.mjs';

// vitest runs without globals here, so hand it its describe/it (mocha or jest globals need nothing).
RuleTester.describe = describe;
RuleTester.it = it;

const documents = [
  { title: '关于加快培育发展未来产业的指导意见', docNumber: '苏政发〔2023〕104号' },
  { title: '徐州市加快培育发展未来产业三年行动方案（2024—2026年）', docNumber: '徐政办发〔2024〕2号' },
  { title: '关于做好未来产业调研工作的通知' },
];

new RuleTester().run('house/cited-doc-number', plugin.rules['cited-doc-number'], {
  valid: [
    { code: '根据《关于加快培育发展未来产业的指导意见》（苏政发〔2023〕104号），制定本方案。\n', options: { documents } },
    // Not on the house list: not checked.
    { code: '根据《江苏省未来产业发展行动方案》，制定本方案。\n', options: { documents } },
    // Without a list the rule has nothing to check.
    '根据《关于加快培育发展未来产业的指导意见》，制定本方案。\n',
    // Inside a code block the title is an example, not a citation.
    { code: '```\n《关于加快培育发展未来产业的指导意见》\n```\n', options: { documents } },
  ],
  invalid: [
    {
      code: '根据《关于加快培育发展未来产业的指导意见》，制定本方案。\n',
      options: { documents },
      errors: [{ messageId: 'missing', data: { title: '关于加快培育发展未来产业的指导意见', expected: '（苏政发〔2023〕104号）' }, line: 1, column: 4, endLine: 1, endColumn: 21 }],
      output: '根据《关于加快培育发展未来产业的指导意见》（苏政发〔2023〕104号），制定本方案。\n',
    },
    {
      // Full-width digits and a CRLF file: positions still count characters, not bytes.
      code: '现将《徐州市加快培育发展未来产业三年行动方案（２０２４—２０２６年）》印发给你们。\r\n',
      options: { documents: [{ title: '徐州市加快培育发展未来产业三年行动方案（２０２４—２０２６年）', docNumber: '徐政办发〔2024〕2号' }] },
      errors: [{ messageId: 'missing', line: 1, column: 4 }],
      output: '现将《徐州市加快培育发展未来产业三年行动方案（２０２４—２０２６年）》（徐政办发〔2024〕2号）印发给你们。\r\n',
    },
    {
      code: '根据《关于加快培育发展未来产业的指导意见》（苏政发〔2013〕104号），制定本方案。\n',
      options: { documents },
      errors: [{ messageId: 'wrong', message: '《关于加快培育发展未来产业的指导意见》的文号应为苏政发〔2023〕104号，此处写作苏政发〔2013〕104号' }],
      output: '根据《关于加快培育发展未来产业的指导意见》（苏政发〔2023〕104号），制定本方案。\n',
    },
    {
      // Listed without a number: reported, nothing to insert.
      code: '按照《关于做好未来产业调研工作的通知》要求，报送材料。\n',
      options: { documents },
      errors: ['引用《关于做好未来产业调研工作的通知》须注明文号'],
      output: null,
    },
  ],
});
