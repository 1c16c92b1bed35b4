import { defineRule } from '../src/engine/rule.js';

const PARTNER: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '（': '）', '〈': '〉', '「': '」', '『': '』', '【': '】', '(': ')' };
for (const [open, close] of Object.entries(PARTNER)) PARTNER[close] = open;

export default defineRule({
  meta: {
    id: 'punctuation-unpaired',
    category: 'punctuation',
    severity: 'warn',
    fixable: false,
    description: {
      'zh-CN': '引号、书名号、括号应在同一段内成对出现',
      en: 'Quotation marks, title marks and parentheses come in pairs within a paragraph',
    },
    messages: {
      unclosed: {
        'zh-CN': '「{{mark}}」在本段中没有对应的「{{partner}}」',
        en: '“{{mark}}” is not closed by a “{{partner}}” in this paragraph',
      },
      unopened: {
        'zh-CN': '「{{mark}}」前面没有对应的「{{partner}}」',
        en: '“{{mark}}” has no “{{partner}}” before it in this paragraph',
      },
    },
    docs: 'rules/punctuation-unpaired.md',
  },
  check({ model, report }) {
    for (const m of model.marks) {
      if (m.kind !== 'unpaired') continue;
      // Half-width parentheses are named as their full-width form: that is what the pair is checked as.
      const mark = m.text === '(' ? '（' : m.text === ')' ? '）' : m.text;
      report({ range: m.range, messageId: m.detail === 'unopened' ? 'unopened' : 'unclosed', data: { mark, partner: PARTNER[mark] ?? '' } });
    }
  },
});
