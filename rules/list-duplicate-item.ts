import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'list-duplicate-item',
    category: 'list',
    severity: 'warn',
    fixable: false,
    hasSuggestions: true,
    description: {
      'zh-CN': '同一列举中不应重复列出同一项',
      en: 'The same item must not appear twice in one list',
    },
    messages: {
      duplicate: {
        'zh-CN': '列举中“{{item}}”重复出现',
        en: '“{{item}}” is listed twice',
      },
      first: {
        'zh-CN': '“{{item}}”首次列出处',
        en: '“{{item}}” first listed here',
      },
      remove: {
        'zh-CN': '删除重复的“{{item}}”',
        en: 'remove the repeated “{{item}}”',
      },
    },
    docs: 'rules/list-duplicate-item.md',
  },
  check({ model, report }) {
    for (const e of model.enumerations) {
      // Keys drop quotes and bracketed notes, so 氢能 and “氢能” are the same item.
      const seen = new Map<string, number>();
      e.items.forEach((item, i) => {
        if (!item.key) return;
        const first = seen.get(item.key);
        if (first === undefined) {
          seen.set(item.key, i);
          return;
        }
        const data = { item: item.text };
        report({
          range: item.range,
          messageId: 'duplicate',
          data,
          // Remove the separator before the repeat together with it: 、氢能 or 和氢能.
          suggestions: [{ messageId: 'remove', data, fix: { range: { start: e.items[i - 1].range.end, end: item.range.end }, text: '' } }],
          related: [{ range: e.items[first].range, messageId: 'first', data: { item: e.items[first].text } }],
        });
      });
    }
  },
});
