import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'target-no-deadline',
    category: 'target',
    severity: 'warn',
    fixable: false,
    description: {
      'zh-CN': '量化目标应有完成年份（句中、段中、所在章节或文件规划期）',
      en: 'A measurable target should have a year: in its sentence or paragraph, its section, or the planning period of the document',
    },
    messages: {
      noYear: {
        'zh-CN': '量化目标“{{target}}”没有完成年份',
        en: 'measurable target “{{target}}” has no year to be reached by',
      },
    },
    docs: 'rules/target-no-deadline.md',
  },
  check({ model, report }) {
    for (const t of model.targets) {
      if (!t.measurable || t.year !== undefined) continue;
      report({ range: t.range, messageId: 'noYear', data: { target: t.text.trim() } });
    }
  },
});
