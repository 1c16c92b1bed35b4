import { defineRule } from '../src/engine/rule.js';
import { formatDate } from '../src/model/dates.js';

// GB/T 9704-2012 took effect on 1 July 2012; earlier documents were dated in Chinese numerals by rule.
const STANDARD_YEAR = 2012;

export default defineRule({
  meta: {
    id: 'date-signing-numerals',
    category: 'date',
    severity: 'error',
    fixable: true,
    description: {
      'zh-CN': '成文日期用阿拉伯数字将年、月、日标全（GB/T 9704—2012 第7.3.5.4条）',
      en: 'The date of a document (成文日期) is written in Arabic numerals, year, month and day in full (GB/T 9704-2012 §7.3.5.4)',
    },
    messages: {
      numerals: {
        'zh-CN': '成文日期“{{written}}”应使用阿拉伯数字：{{fixed}}',
        en: 'write the date of the document “{{written}}” in Arabic numerals: {{fixed}}',
      },
    },
    docs: 'rules/date-signing-numerals.md',
  },
  check({ model, report }) {
    const signed = model.meta.date;
    if (signed?.source !== 'inferred' || !signed.range) return;
    const fact = model.dates.find((d) => d.valueRange.start === signed.range!.start && d.kind === 'point');
    if (!fact || !fact.chineseNumerals || fact.value.year === undefined || fact.value.year < STANDARD_YEAR) return;
    const fixed = formatDate(fact.value, fact.precision);
    const written = model.text.slice(fact.valueRange.start, fact.valueRange.end);
    report({ range: fact.valueRange, messageId: 'numerals', data: { written, fixed }, fix: { range: fact.valueRange, text: fixed } });
  },
});
