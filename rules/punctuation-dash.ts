import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'punctuation-dash',
    category: 'punctuation',
    severity: 'warn',
    fixable: true,
    description: {
      'zh-CN': '破折号写作“——”，不用连字符代替',
      en: 'The Chinese dash is “——”, not hyphens',
    },
    messages: {
      dash: {
        'zh-CN': '破折号应写作「——」，不写「{{actual}}」',
        en: 'write the dash as “——”, not “{{actual}}”',
      },
    },
    docs: 'rules/punctuation-dash.md',
  },
  check({ model, report }) {
    for (const m of model.marks) {
      if (m.kind !== 'dash') continue;
      report({ range: m.range, messageId: 'dash', data: { actual: m.text }, fix: { range: m.range, text: m.replacement! } });
    }
  },
});
