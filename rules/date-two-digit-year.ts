import { defineRule } from '../src/engine/rule.js';
import { documentYear } from '../src/model/dates.js';
import { insideTitle } from '../src/model/references.js';

export default defineRule({
  meta: {
    id: 'date-two-digit-year',
    category: 'date',
    severity: 'warn',
    fixable: false,
    hasSuggestions: true,
    description: {
      'zh-CN': '年份不得简写为两位（24年3月 → 2024年3月；GB/T 15835）',
      en: 'Years are written in full, not as two digits (24年3月 → 2024年3月; GB/T 15835)',
    },
    messages: {
      short: {
        'zh-CN': '“{{written}}”的年份只写了两位，应写全四位',
        en: 'the year in “{{written}}” has only two digits; write all four',
      },
      replace: {
        'zh-CN': '改为{{year}}年',
        en: 'change it to {{year}}年',
      },
    },
    docs: 'rules/date-two-digit-year.md',
  },
  check({ model, report }) {
    const docYear = documentYear(model);
    for (const d of model.shortYearDates) {
      // Titles are quoted as issued.
      if (insideTitle(model.references, d.range)) continue;
      const yy = Number(d.yearText.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
      // The century is only offered when the document's own year puts one candidate within 50 years of it.
      const near = docYear === undefined ? [] : [1900, 2000, 2100].map((c) => c + yy).filter((y) => Math.abs(y - docYear) < 50);
      report({
        range: d.range,
        messageId: 'short',
        data: { written: d.text },
        suggestions: near.length === 1 ? [{ messageId: 'replace', data: { year: near[0] }, fix: { range: d.yearRange, text: String(near[0]) } }] : [],
      });
    }
  },
});
