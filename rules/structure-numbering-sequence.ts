import { defineRule } from '../src/engine/rule.js';
import type { NumberedLead } from '../src/model/types.js';

const CN = '〇一二三四五六七八九';

/** 1–99 in Chinese numerals as section numbers are written: 十, 十一, 二十三. */
function chineseNumeral(n: number): string {
  if (n < 10) return CN[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : CN[tens]) + '十' + (ones ? CN[ones] : '');
}

function numeral(lead: NumberedLead, n: number): string {
  return lead.style === 'chinese' || lead.style === 'paren-chinese' ? chineseNumeral(n) : String(n);
}

export default defineRule({
  meta: {
    id: 'structure-numbering-sequence',
    category: 'structure',
    severity: 'error',
    fixable: false,
    hasSuggestions: true,
    description: {
      'zh-CN': '同一层级的序号应连续，不跳号、不重号',
      en: 'Section numbers at one level run on without gaps or repeats',
    },
    messages: {
      gap: {
        'zh-CN': '序号不连续：「{{previous}}」之后应为「{{expected}}」，此处为「{{actual}}」',
        en: 'numbering skips: after “{{previous}}” comes “{{expected}}”, not “{{actual}}”',
      },
      duplicate: {
        'zh-CN': '序号「{{actual}}」与上一个重复，应为「{{expected}}」',
        en: 'the number “{{actual}}” repeats the previous one; expected “{{expected}}”',
      },
      previous: {
        'zh-CN': '上一个序号「{{previous}}」',
        en: 'the previous number “{{previous}}”',
      },
      renumber: {
        'zh-CN': '改为「{{expected}}」（其后的序号需随之顺延）',
        en: 'renumber as “{{expected}}” (the numbers after it move on too)',
      },
    },
    docs: 'rules/structure-numbering-sequence.md',
  },
  check({ model, report }) {
    const last = new Map<number, NumberedLead>();
    for (const lead of model.numbering) {
      const prev = last.get(lead.series);
      last.set(lead.series, lead);
      // A series that starts again at 1 is a new list; an excerpt may start anywhere.
      if (!prev || lead.value === 1 || lead.value === prev.value + 1) continue;
      const expectedNumber = numeral(lead, prev.value + 1);
      const expected = lead.text.replace(numeral(lead, lead.value), expectedNumber);
      const data = { previous: prev.text, expected, actual: lead.text };
      report({
        range: lead.range,
        messageId: lead.value === prev.value ? 'duplicate' : 'gap',
        data,
        // Renumbering is a suggestion: a gap may as well be a section deleted by mistake.
        suggestions: [{ messageId: 'renumber', data: { expected }, fix: { range: lead.valueRange, text: expectedNumber } }],
        related: [{ range: prev.range, messageId: 'previous', data: { previous: prev.text } }],
      });
    }
  },
});
