import { defineRule } from '../src/engine/rule.js';
import { insideTitle } from '../src/model/references.js';

export default defineRule({
  meta: {
    id: 'date-zero-padded',
    category: 'date',
    severity: 'error',
    fixable: true,
    description: {
      'zh-CN': '年月日写法的日期中，月、日不编虚位（2024年3月5日，不写作2024年03月05日；GB/T 9704—2012）',
      en: 'In a 年月日 date, month and day take no leading zero (2024年3月5日, not 2024年03月05日; GB/T 9704-2012)',
    },
    messages: {
      padded: {
        'zh-CN': '日期“{{written}}”的月、日不编虚位：{{fixed}}',
        en: 'no leading zeros in the date “{{written}}”: {{fixed}}',
      },
    },
    docs: 'rules/date-zero-padded.md',
  },
  check({ model, report }) {
    for (const date of model.dates) {
      const zeros = date.paddedZeros;
      // ISO dates (2024-03-05) may be padded; they never carry paddedZeros. Titles are quoted as issued.
      // A mirror's page metadata (发布时间：2024年08月09日) is the website's, not the drafter's.
      if (!zeros?.length || date.pageLabel || insideTitle(model.references, date.valueRange)) continue;
      const start = zeros[0].start;
      const end = zeros[zeros.length - 1].end;
      const drop = new Set(zeros.map((z) => z.start));
      let fixedSpan = '';
      for (let i = start; i < end; i++) if (!drop.has(i)) fixedSpan += model.text[i];
      const { start: vs, end: ve } = date.valueRange;
      const written = model.text.slice(vs, ve);
      const fixed = model.text.slice(vs, start) + fixedSpan + model.text.slice(end, ve);
      report({ range: date.valueRange, messageId: 'padded', data: { written, fixed }, fix: { range: { start, end }, text: fixedSpan } });
    }
  },
});
