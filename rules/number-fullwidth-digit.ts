import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'number-fullwidth-digit',
    category: 'number',
    severity: 'error',
    fixable: true,
    description: {
      'zh-CN': '阿拉伯数字使用半角形式（2024，不写２０２４）',
      en: 'Arabic digits are half-width (2024, not ２０２４)',
    },
    messages: {
      fullwidth: {
        'zh-CN': '全角数字「{{actual}}」应写作半角「{{expected}}」',
        en: 'write the full-width digits “{{actual}}” as “{{expected}}”',
      },
    },
    docs: 'rules/number-fullwidth-digit.md',
  },
  check({ model, report }) {
    for (const m of model.marks) {
      if (m.kind !== 'fullwidth-digit') continue;
      report({ range: m.range, messageId: 'fullwidth', data: { actual: m.text, expected: m.replacement! }, fix: { range: m.range, text: m.replacement! } });
    }
  },
});
