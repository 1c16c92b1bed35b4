import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'punctuation-repeat',
    category: 'punctuation',
    severity: 'warn',
    fixable: true,
    description: {
      'zh-CN': '同一标点不连用（，， 。。 、、 ！！）',
      en: 'A punctuation mark is not doubled (，， 。。 、、 ！！)',
    },
    messages: {
      repeat: {
        'zh-CN': '标点「{{mark}}」重复：「{{actual}}」',
        en: 'the mark “{{mark}}” is repeated: “{{actual}}”',
      },
    },
    docs: 'rules/punctuation-repeat.md',
  },
  check({ model, report }) {
    for (const m of model.marks) {
      if (m.kind !== 'repeat') continue;
      report({ range: m.range, messageId: 'repeat', data: { mark: m.replacement!, actual: m.text }, fix: { range: m.range, text: m.replacement! } });
    }
  },
});
