import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'number-approx-redundant',
    category: 'number',
    severity: 'warn',
    fixable: false,
    hasSuggestions: true,
    description: {
      'zh-CN': '一个数不重复表示约数或下限（约…左右、超过…以上）',
      en: 'A number is not marked approximate or bounded twice (约 … 左右, 超过 … 以上)',
    },
    messages: {
      redundant: {
        'zh-CN': '「{{actual}}」中「{{about}}」与「{{around}}」重复表示约数，保留其一',
        en: '“{{actual}}” marks the number as approximate twice (“{{about}}” and “{{around}}”): keep one',
      },
      bound: {
        'zh-CN': '「{{actual}}」中「{{about}}」与「{{around}}」重复表示下限，保留其一',
        en: '“{{actual}}” states the lower bound twice (“{{about}}” and “{{around}}”): keep one',
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
        messageId: m.detail === 'bound' ? 'bound' : 'redundant',
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
