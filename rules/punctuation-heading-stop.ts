import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'punctuation-heading-stop',
    category: 'punctuation',
    severity: 'warn',
    fixable: true,
    description: {
      'zh-CN': '单独成行的标题末尾不加句号',
      en: 'A heading on a line of its own does not end with a full stop',
    },
    messages: {
      stop: {
        'zh-CN': '标题「{{heading}}」末尾不加「{{mark}}」',
        en: 'the heading “{{heading}}” does not end with “{{mark}}”',
      },
    },
    docs: 'rules/punctuation-heading-stop.md',
  },
  check({ model, report }) {
    for (const m of model.marks) {
      if (m.kind !== 'heading-stop') continue;
      const block = model.blocks[m.block];
      report({ range: m.range, messageId: 'stop', data: { heading: block.text.trim(), mark: m.text }, fix: { range: m.range, text: '' } });
    }
  },
});
