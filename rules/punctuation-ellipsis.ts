import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'punctuation-ellipsis',
    category: 'punctuation',
    severity: 'warn',
    fixable: true,
    description: {
      'zh-CN': '省略号写作两个“…”（……），不用英文句点或句号代替',
      en: 'The ellipsis is two “…” (……), not periods or full stops',
    },
    messages: {
      ellipsis: {
        'zh-CN': '省略号应写作「……」，不写「{{actual}}」',
        en: 'write the ellipsis as “……”, not “{{actual}}”',
      },
    },
    docs: 'rules/punctuation-ellipsis.md',
  },
  check({ model, report }) {
    for (const m of model.marks) {
      if (m.kind !== 'ellipsis') continue;
      report({ range: m.range, messageId: 'ellipsis', data: { actual: m.text }, fix: { range: m.range, text: m.replacement! } });
    }
  },
});
