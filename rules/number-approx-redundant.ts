import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'number-approx-redundant',
    category: 'number',
    severity: 'warn',
    fixable: false,
    hasSuggestions: true,
    description: {
      'zh-CN': '“约”与“左右”“上下”不同时修饰一个数',
      en: 'A number is not marked approximate twice (约 … 左右)',
    },
    messages: {
      redundant: {
        'zh-CN': '「{{actual}}」中「{{about}}」与「{{around}}」重复表示约数，保留其一',
        en: '“{{actual}}” marks the number as approximate twice (“{{about}}” and “{{around}}”): keep one',
      },
      dropAround: {
        'zh-CN': '删去「{{word}}」',
        en: 'remove “{{word}}”',
      },
    },
    docs: 'rules/number-approx-redundant.md',
  },
  check({ model, report }) {
    for (const m of model.marks) {
      if (m.kind !== 'approx-redundant') continue;
      const [about, around] = m.parts!;
      const word = (r: { start: number; end: number }) => model.text.slice(r.start, r.end);
      report({
        range: m.range,
        messageId: 'redundant',
        data: { actual: m.text, about: word(about), around: word(around) },
        // Which word goes is the drafter's choice; dropping 左右 is offered first, as editors usually do.
        suggestions: [
          { messageId: 'dropAround', data: { word: word(around) }, fix: { range: around, text: '' } },
          { messageId: 'dropAround', data: { word: word(about) }, fix: { range: about, text: '' } },
        ],
      });
    }
  },
});
