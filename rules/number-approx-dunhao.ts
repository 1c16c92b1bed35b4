import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'number-approx-dunhao',
    category: 'number',
    severity: 'warn',
    fixable: true,
    description: {
      'zh-CN': '相邻两个数字连用表示概数时，中间不加顿号（三四个，不写三、四个）',
      en: 'Two adjacent numerals forming an approximate number take no 、 between them (三四个, not 三、四个)',
    },
    messages: {
      approx: {
        'zh-CN': '概数「{{actual}}」中间不加顿号，应为「{{expected}}」',
        en: 'the approximate number “{{actual}}” takes no “、”: write “{{expected}}”',
      },
    },
    docs: 'rules/number-approx-dunhao.md',
  },
  check({ model, report }) {
    for (const m of model.marks) {
      if (m.kind !== 'approx-dunhao') continue;
      const actual = model.text.slice(m.range.start - 1, m.range.end + 1);
      report({ range: m.range, messageId: 'approx', data: { actual, expected: actual.replace('、', '') }, fix: { range: m.range, text: '' } });
    }
  },
});
