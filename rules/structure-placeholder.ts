import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'structure-placeholder',
    category: 'structure',
    severity: 'warn',
    fixable: false,
    description: {
      'zh-CN': '定稿中不应留有占位符（××、XXX、待定、【单位名称】）',
      en: 'A final draft holds no placeholders (××, XXX, 待定, 【单位名称】)',
    },
    messages: {
      placeholder: {
        'zh-CN': '「{{actual}}」像是未填写的占位符，请填写实际内容',
        en: '“{{actual}}” looks like a placeholder left unfilled',
      },
    },
    docs: 'rules/structure-placeholder.md',
  },
  check({ model, report }) {
    for (const m of model.marks) {
      if (m.kind !== 'placeholder') continue;
      report({ range: m.range, messageId: 'placeholder', data: { actual: m.text } });
    }
  },
});
