import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'punctuation-ordinal',
    category: 'punctuation',
    severity: 'error',
    fixable: true,
    description: {
      'zh-CN': '层次序数后的标点：“一、”用顿号，“（一）”“（1）”后不加标点',
      en: 'Marks after section numbers: 一、 takes the enumeration comma, （一） and （1） take none',
    },
    messages: {
      chinese: {
        'zh-CN': '序数「{{ordinal}}」后应用顿号「、」，不用「{{mark}}」',
        en: 'the section number “{{ordinal}}” takes “、”, not “{{mark}}”',
      },
      paren: {
        'zh-CN': '带括号的序数「{{ordinal}}」后不加「{{mark}}」',
        en: 'no “{{mark}}” after the bracketed section number “{{ordinal}}”',
      },
    },
    docs: 'rules/punctuation-ordinal.md',
  },
  check({ model, report }) {
    for (const m of model.marks) {
      if (m.kind !== 'ordinal') continue;
      const before = model.text.slice(model.blocks[m.block].offsets[0], m.range.start).trim();
      report({ range: m.range, messageId: m.detail === 'paren' ? 'paren' : 'chinese', data: { ordinal: before, mark: m.text }, fix: { range: m.range, text: m.replacement! } });
    }
  },
});
