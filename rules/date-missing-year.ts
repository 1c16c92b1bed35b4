import { defineRule } from '../src/engine/rule.js';
import { formatLike } from '../src/model/dates.js';

export default defineRule({
  meta: {
    id: 'date-missing-year',
    category: 'date',
    severity: 'info',
    fixable: false,
    description: {
      'zh-CN': '只写月日、上下文又没有年份的日期，应写明年份',
      en: 'A month-and-day date with no year written nearby should state its year',
    },
    messages: {
      missingYear: {
        'zh-CN': '日期「{{date}}」未写年份，同段前文也没有年份可参照，建议写明年份',
        en: 'the date “{{date}}” has no year and no earlier date in the paragraph gives one; state the year',
      },
    },
    docs: 'rules/date-missing-year.md',
  },
  check({ model, report }) {
    for (const fact of model.dates) {
      // 每年9月1日 and 次年3月 say which year (or every year) in words; a year earlier in the paragraph also settles it.
      if (!fact.missingYear || fact.contextYear !== undefined || fact.relativeYear) continue;
      report({ range: fact.valueRange, messageId: 'missingYear', data: { date: fact.kind === 'range' ? fact.text : formatLike(fact, fact.value) } });
    }
  },
});
