import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'reference-nested-title',
    category: 'reference',
    severity: 'error',
    fixable: true,
    description: {
      'zh-CN': '书名号内再用书名号时，里层改用单书名号〈〉（GB/T 15834—2011）',
      en: 'A title inside a title takes single title marks 〈〉 (GB/T 15834-2011)',
    },
    messages: {
      nested: {
        'zh-CN': '书名号内的《{{inner}}》应改用单书名号：〈{{inner}}〉',
        en: 'the title 《{{inner}}》 inside another title takes single marks: 〈{{inner}}〉',
      },
    },
    docs: 'rules/reference-nested-title.md',
  },
  check({ model, report }) {
    for (const ref of model.references) {
      for (const range of ref.nestedTitles ?? []) {
        const inner = model.text.slice(range.start + 1, range.end - 1);
        report({ range, messageId: 'nested', data: { inner }, fix: { range, text: `〈${inner}〉` } });
      }
    }
  },
});
