import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'punctuation-dunhao-conjunction',
    category: 'punctuation',
    severity: 'warn',
    fixable: true,
    description: {
      'zh-CN': '顿号不紧接连词“和、及、与、以及、或”',
      en: 'The enumeration comma 、 is not followed directly by a conjunction (和, 及, 与, 以及, 或)',
    },
    messages: {
      dunhao: {
        'zh-CN': '顿号「、」与连词「{{conjunction}}」不连用，删去顿号',
        en: 'drop the “、” before the conjunction “{{conjunction}}”',
      },
    },
    docs: 'rules/punctuation-dunhao-conjunction.md',
  },
  check({ model, report }) {
    for (const m of model.marks) {
      if (m.kind !== 'dunhao-conjunction') continue;
      const after = model.text.slice(m.range.end, m.range.end + 2);
      const conjunction = /^(?:以及|或者)/.test(after) ? after : after[0];
      report({ range: m.range, messageId: 'dunhao', data: { conjunction }, fix: { range: m.range, text: '' } });
    }
  },
});
