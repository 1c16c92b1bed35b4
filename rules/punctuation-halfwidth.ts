import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'punctuation-halfwidth',
    category: 'punctuation',
    // Web copies of official texts use half-width marks throughout (hundreds per page): useful to a
    // drafter who asks (--info, --fix), noise in a default run.
    severity: 'info',
    fixable: true,
    description: {
      'zh-CN': '中文语境中的逗号、冒号、分号、问号、叹号和括号应使用全角',
      en: 'Commas, colons, semicolons, question and exclamation marks and parentheses in Chinese text are full-width',
    },
    messages: {
      halfwidth: {
        'zh-CN': '中文语境中应使用全角「{{expected}}」，不用半角「{{actual}}」',
        en: 'use the full-width “{{expected}}” in Chinese text, not the half-width “{{actual}}”',
      },
    },
    docs: 'rules/punctuation-halfwidth.md',
  },
  check({ model, report }) {
    for (const m of model.marks) {
      if (m.kind !== 'halfwidth') continue;
      report({ range: m.range, messageId: 'halfwidth', data: { actual: m.text.trim(), expected: m.replacement! }, fix: { range: m.range, text: m.replacement! } });
    }
  },
});
