import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'target-past-deadline',
    category: 'target',
    severity: 'error',
    fixable: false,
    description: {
      'zh-CN': '目标年份不应早于文件的成文年份（2023年的方案写“到2020年”）',
      en: 'A target year must not be earlier than the year the document was signed (到2020年 in a 2023 plan)',
    },
    messages: {
      past: {
        'zh-CN': '目标年份{{year}}年早于成文年份{{docYear}}年：“{{target}}”',
        en: 'target year {{year}} is before the document year {{docYear}}: “{{target}}”',
      },
      docDate: {
        'zh-CN': '成文日期在{{docYear}}年',
        en: 'the document is dated {{docYear}}',
      },
    },
    docs: 'rules/target-past-deadline.md',
  },
  check({ model, report }) {
    const date = model.meta.date;
    const docYear = date?.value.year;
    if (docYear === undefined) return;
    const seen = new Set<number>();
    for (const t of model.targets) {
      // Only a year the text states; a target quoted from another document is that document's.
      if (t.year === undefined || t.year >= docYear || !t.deadline || t.yearSource === 'period' || t.citing) continue;
      if (seen.has(t.deadline.range.start)) continue;
      seen.add(t.deadline.range.start);
      report({
        range: t.deadline.range,
        messageId: 'past',
        data: { year: t.year, docYear, target: t.text.trim() },
        related: date?.range ? [{ range: date.range, messageId: 'docDate', data: { docYear } }] : undefined,
      });
    }
  },
});
