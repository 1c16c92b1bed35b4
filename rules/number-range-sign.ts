import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'number-range-sign',
    category: 'number',
    severity: 'warn',
    fixable: true,
    description: {
      'zh-CN': '数值范围用浪纹线“～”连接，不用连字符“-”或“~”',
      en: 'A numeric range is joined with the wave dash “～”, not “-” or “~”',
    },
    messages: {
      sign: {
        'zh-CN': '数值范围「{{actual}}」应使用浪纹线「～」，不用「{{sign}}」',
        en: 'join the numeric range “{{actual}}” with “～”, not “{{sign}}”',
      },
    },
    docs: 'rules/number-range-sign.md',
  },
  check({ model, report }) {
    for (const m of model.marks) {
      if (m.kind !== 'range-sign') continue;
      const around = model.text.slice(Math.max(0, m.range.start - 8), m.range.end + 8);
      const local = m.range.start - Math.max(0, m.range.start - 8);
      const actual = /[\d.]*$/.exec(around.slice(0, local))![0] + m.text + /^[\d.]*/.exec(around.slice(local + 1))![0];
      report({ range: m.range, messageId: 'sign', data: { actual, sign: m.text }, fix: { range: m.range, text: m.replacement! } });
    }
  },
});
