import { defineRule } from '../src/engine/rule.js';
import type { Enumeration } from '../src/model/types.js';

const CN_DIGITS = '零一二三四五六七八九';

/** 7 → 七, 10 → 十, 12 → 十二, 20 → 二十, 2 → 两 (两个, 两大, 两项 is how counts are written). */
function chineseNumeral(n: number): string {
  if (n === 2) return '两';
  if (n < 10) return CN_DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? CN_DIGITS[n % 10] : '');
  if (n < 100) return CN_DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? CN_DIGITS[n % 10] : '');
  return String(n);
}

/** The count words with the number replaced, in the style they were written: 8个 → 7个, 八大 → 七大, ８项 → ７项. */
export function restyleCount(countText: string, n: number): string {
  const m = /^([0-9]+|[０-９]+|[〇零一二两三四五六七八九十百]+)(.*)$/s.exec(countText);
  if (!m) return countText;
  const [, numeral, rest] = m;
  if (/^[0-9]+$/.test(numeral)) return String(n) + rest;
  if (/^[０-９]+$/.test(numeral)) return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) + rest;
  return chineseNumeral(n) + rest;
}

/**
 * Whether the items disagree with the count. More items than declared is always wrong. Fewer is
 * wrong for a closed list, except that 「A、B等10个部门」 is the everyday way to name a few of ten:
 * with 等 before the count, only a list one item short (and of ≥ 3 items) reads as a dropped item.
 * An open list (等一批, or a count before the items and 等 after them) may list fewer.
 */
function mismatch(e: Enumeration): boolean {
  if (e.declaredCount === undefined || !e.countRange) return false;
  const n = e.items.length;
  const declared = e.declaredCount;
  if (n === declared) return false;
  if (n > declared) return true;
  if (!e.closed) return false;
  if (e.endsWithDeng) return n === declared - 1 && n >= 3;
  return true;
}

export default defineRule({
  meta: {
    id: 'list-count-mismatch',
    category: 'list',
    severity: 'error',
    fixable: false,
    hasSuggestions: true,
    description: {
      'zh-CN': '列举声明的项数（等10个、八大、8个方面）须与实际列举的项数一致',
      en: 'A declared count (等10个, 八大, 8个方面) must match the number of items listed',
    },
    messages: {
      mismatch: {
        'zh-CN': '声明{{declared}}项，实际列举{{actual}}项：{{items}}',
        en: 'declares {{declared}} items but lists {{actual}}: {{items}}',
      },
      fixCount: {
        'zh-CN': '将“{{from}}”改为“{{to}}”',
        en: 'change “{{from}}” to “{{to}}”',
      },
      items: {
        'zh-CN': '列举的{{actual}}项',
        en: 'the {{actual}} items listed',
      },
    },
    docs: 'rules/list-count-mismatch.md',
  },
  check({ model, report }) {
    for (const e of model.enumerations) {
      if (!mismatch(e)) continue;
      const range = e.countRange!;
      const countText = model.text.slice(range.start, range.end);
      const actual = e.items.length;
      const data = { declared: e.declaredCount!, actual, items: e.items.map((i) => i.text).join('、') };
      const to = restyleCount(countText, actual);
      report({
        range,
        messageId: 'mismatch',
        data,
        suggestions: to !== countText ? [{ messageId: 'fixCount', data: { from: countText, to }, fix: { range, text: to } }] : [],
        related: [{ range: e.range, messageId: 'items', data: { actual } }],
      });
    }
  },
});
