import { defineRule } from '../src/engine/rule.js';
import { dateProblem, formatDate, weekdayOf } from '../src/model/dates.js';

const NAMES = ['日', '一', '二', '三', '四', '五', '六'];
const EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export default defineRule({
  meta: {
    id: 'date-weekday',
    category: 'date',
    severity: 'error',
    fixable: true,
    hasSuggestions: true,
    description: {
      'zh-CN': '日期后所注星期须与日期相符',
      en: 'A weekday written after a date must be that date’s weekday',
    },
    messages: {
      mismatch: {
        'zh-CN': '{{date}}是{{correct}}，不是{{written}}',
        en: '{{date}} is a {{correct}}, not {{written}}',
      },
      replace: {
        'zh-CN': '改为{{correct}}',
        en: 'change it to {{correct}}',
      },
    },
    docs: 'rules/date-weekday.md',
  },
  check({ model, locale, report }) {
    for (const date of model.dates) {
      const w = date.weekday;
      const { month, day } = date.value;
      const year = date.value.year ?? date.contextYear;
      if (!w || year === undefined || month === undefined || day === undefined) continue;
      if (dateProblem({ year, month, day })) continue;
      const actual = weekdayOf(year, month, day);
      if (actual === w.value) continue;
      // A year taken from earlier in the paragraph may be the wrong one (12月28日…1月2日 crosses a new
      // year): if the next year fits the weekday, say nothing; otherwise offer the change, never apply it.
      const inferred = date.value.year === undefined;
      if (inferred && !dateProblem({ year: year + 1, month, day }) && weekdayOf(year + 1, month, day) === w.value) continue;
      const writtenDay = model.text.slice(w.dayRange.start, w.dayRange.end);
      // Sunday keeps the writer's 日 or 天.
      const correct = actual === 0 && (writtenDay === '天' || writtenDay === '日') ? writtenDay : NAMES[actual];
      const prefix = w.text.replace(/\s/g, '').slice(0, -1).replace(/^（/, '');
      const edit = { range: w.dayRange, text: correct };
      const data = { date: formatDate({ year, month, day }, 'day'), correct: locale === 'en' ? EN[actual] : prefix + correct, written: w.text.replace(/^[（(]\s*/, '') };
      report(inferred ? { range: w.range, messageId: 'mismatch', data, suggestions: [{ messageId: 'replace', data: { correct: data.correct }, fix: edit }] } : { range: w.range, messageId: 'mismatch', data, fix: edit });
    }
  },
});
