import { defineRule } from '../src/engine/rule.js';

interface Options {
  /** 'any': 1. and 1、 are both accepted; 'period': 1、 is reported and fixed to 1. (GB/T 9704). */
  arabic: 'any' | 'period';
}

export default defineRule<Options>({
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
      arabic: {
        'zh-CN': '序数「{{ordinal}}」后应用下脚点「.」，不用「{{mark}}」',
        en: 'the section number “{{ordinal}}” takes “.”, not “{{mark}}”',
      },
    },
    schema: {
      type: 'object',
      properties: { arabic: { enum: ['any', 'period'], default: 'any' } },
      additionalProperties: false,
    },
    docs: 'rules/punctuation-ordinal.md',
  },
  check({ model, options, report }) {
    for (const m of model.marks) {
      if (m.kind !== 'ordinal' || (m.detail === 'arabic' && options.arabic !== 'period')) continue;
      const before = model.text.slice(model.blocks[m.block].offsets[0], m.range.start).trim();
      report({ range: m.range, messageId: m.detail ?? 'chinese', data: { ordinal: before, mark: m.text }, fix: { range: m.range, text: m.replacement! } });
    }
  },
});
