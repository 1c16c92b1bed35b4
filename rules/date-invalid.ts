import { defineRule } from '../src/engine/rule.js';
import { dateProblem, formatLike } from '../src/model/dates.js';
import type { CalendarDate } from '../src/model/types.js';

export default defineRule({
  meta: {
    id: 'date-invalid',
    category: 'date',
    severity: 'error',
    fixable: false,
    description: {
      'zh-CN': '日期须真实存在（不得出现2月30日、9月31日、13月、0日等）',
      en: 'Dates must exist on the calendar (no 30 February, 31 September, month 13 or day 0)',
    },
    messages: {
      month: {
        'zh-CN': '日期「{{date}}」无效：不存在{{month}}月',
        en: 'invalid date “{{date}}”: there is no month {{month}}',
      },
      day: {
        'zh-CN': '日期「{{date}}」无效：{{month}}月只有{{days}}天',
        en: 'invalid date “{{date}}”: month {{month}} has only {{days}} days',
      },
      dayOfYear: {
        'zh-CN': '日期「{{date}}」无效：{{year}}年{{month}}月只有{{days}}天',
        en: 'invalid date “{{date}}”: {{month}}/{{year}} has only {{days}} days',
      },
      dayZero: {
        'zh-CN': '日期「{{date}}」无效：日不能为0',
        en: 'invalid date “{{date}}”: the day cannot be 0',
      },
    },
    docs: 'rules/date-invalid.md',
  },
  check({ model, report }) {
    for (const fact of model.dates) {
      // A range is checked at both ends; the end inherits the start's year (2024年2月1日至29日).
      const ends: CalendarDate[] = [fact.value];
      if (fact.end) ends.push({ ...fact.end, year: fact.end.year ?? fact.value.year });
      for (const date of ends) {
        const problem = dateProblem(date, fact.contextYear);
        if (!problem) continue;
        // A range is shown whole; a point or deadline without its 到/前 words.
        const data = { date: fact.kind === 'range' ? fact.text : formatLike(fact, fact.value) };
        if (problem.kind === 'month') report({ range: fact.valueRange, messageId: 'month', data: { ...data, month: problem.month } });
        else if (problem.day === 0) report({ range: fact.valueRange, messageId: 'dayZero', data });
        else if (problem.year !== undefined && problem.month === 2) report({ range: fact.valueRange, messageId: 'dayOfYear', data: { ...data, year: problem.year, month: problem.month, days: problem.days } });
        else report({ range: fact.valueRange, messageId: 'day', data: { ...data, month: problem.month, days: problem.days } });
        break;
      }
    }
  },
});

