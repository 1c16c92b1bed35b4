import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'number-range-unit',
    category: 'number',
    severity: 'warn',
    fixable: false,
    hasSuggestions: true,
    description: {
      'zh-CN': '数值范围中“万”“亿”“%”不能省略（9亿～16亿，不写9～16亿）',
      en: 'In a numeric range, 万, 亿 and % are written on both numbers (9亿～16亿, not 9～16亿)',
    },
    messages: {
      unit: {
        'zh-CN': '「{{actual}}」的前一个数也应带「{{unit}}」，否则可能误读',
        en: 'the first number of “{{actual}}” needs its “{{unit}}” too, or it may be misread',
      },
      addUnit: {
        'zh-CN': '改为「{{expected}}」',
        en: 'write “{{expected}}”',
      },
    },
    docs: 'rules/number-range-unit.md',
  },
  check({ model, report }) {
    for (const m of model.marks) {
      if (m.kind !== 'range-unit') continue;
      const first = m.parts![0];
      const unit = m.detail!;
      const expected = model.text.slice(m.range.start, first.end) + unit + model.text.slice(first.end, m.range.end);
      report({
        range: m.range,
        messageId: 'unit',
        data: { actual: m.text, unit },
        // A suggestion, not a fix: 3～5万 may be a typo for 3万～5万 or for 30000～50000 written oddly.
        suggestions: [{ messageId: 'addUnit', data: { expected }, fix: { range: { start: first.end, end: first.end }, text: unit } }],
      });
    }
  },
});
