import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'number-zero-glyph',
    category: 'number',
    severity: 'error',
    fixable: true,
    description: {
      'zh-CN': '用汉字数字书写的年份中，零写作“〇”（二〇二四年）',
      en: 'In a year written in Chinese numerals, zero is “〇” (二〇二四年)',
    },
    messages: {
      zero: {
        'zh-CN': '年份「{{actual}}」中的零应写作「〇」：「{{expected}}」',
        en: 'the zero in the year “{{actual}}” is written “〇”: “{{expected}}”',
      },
    },
    docs: 'rules/number-zero-glyph.md',
  },
  check({ model, report }) {
    for (const m of model.marks) {
      if (m.kind !== 'zero-glyph') continue;
      report({ range: m.range, messageId: 'zero', data: { actual: m.text, expected: m.replacement! }, fix: { range: m.range, text: m.replacement! } });
    }
  },
});
