import { defineRule } from '../src/engine/rule.js';
import { insideTitle } from '../src/model/references.js';
import { withEscape } from '../src/parse/escapes.js';

// Hyphens and the en dash; the wave dash ～ is the mark for numeric ranges and is left to the number rules.
const HYPHEN = /^(?:[-－‐‑–]{1,2})$/;

export default defineRule({
  meta: {
    id: 'date-range-dash',
    category: 'date',
    severity: 'warn',
    fixable: true,
    description: {
      'zh-CN': '年份起止用一字线“—”连接（2024—2026年），不用连字符（GB/T 15834—2011 连接号）；书名号内按原题照录',
      en: 'A span of years is joined by the em dash — (2024—2026年), not a hyphen (GB/T 15834-2011); titles in 《》 are quoted as issued',
    },
    messages: {
      dash: {
        'zh-CN': '年份起止“{{written}}”应使用一字线“—”连接',
        en: 'join the years in “{{written}}” with an em dash —',
      },
    },
    docs: 'rules/date-range-dash.md',
  },
  check({ model, report }) {
    for (const date of model.dates) {
      const c = date.connector;
      if (date.kind !== 'range' || date.precision !== 'year' || !c || !HYPHEN.test(c.text)) continue;
      if (insideTitle(model.references, date.valueRange)) continue;
      report({ range: date.valueRange, messageId: 'dash', data: { written: model.text.slice(date.valueRange.start, date.valueRange.end) }, fix: { range: withEscape(model.text, c.range), text: '—' } });
    }
  },
});
