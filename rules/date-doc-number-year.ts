import { defineRule } from '../src/engine/rule.js';
import type { CalendarDate, SourceRange } from '../src/model/types.js';
import { findKnownDocument, issueDateMismatch } from '../src/catalogue/documents.js';
import { parseDocNumber } from '../src/model/doc-numbers.js';

/**
 * Whether a 文号 year fits a 成文日期. In 38,323 real 文号 the year in 〔〕 equals the date's year
 * 94.4% of the time; one year less 5.5%, nearly all in January (numbered in the old year's
 * sequence); one year more only for a few documents signed in the last days of December. A part of
 * the date that is not written cannot rule either exception out.
 */
function docYearFits(docYear: number, date: CalendarDate): boolean {
  const y = date.year!;
  if (docYear === y) return true;
  if (docYear === y - 1) return date.month === undefined || date.month === 1;
  if (docYear === y + 1) return (date.month === undefined || date.month === 12) && (date.day === undefined || date.day >= 20);
  return false;
}

export default defineRule({
  meta: {
    id: 'date-doc-number-year',
    category: 'date',
    severity: 'error',
    fixable: false,
    hasSuggestions: true,
    description: {
      'zh-CN': '文号〔〕中的年份须与成文日期的年份一致（1月成文可用上一年文号，12月下旬成文可用下一年文号）',
      en: 'The year in a document number must match the year of its date (January may carry the previous year; late December the next)',
    },
    messages: {
      own: {
        'zh-CN': '文号{{docNumber}}的年份{{docYear}}与成文日期{{date}}的年份{{dateYear}}不符',
        en: 'the document number {{docNumber}} carries the year {{docYear}}, but the document is dated {{date}} ({{dateYear}})',
      },
      cited: {
        'zh-CN': '所引文件文号{{docNumber}}的年份{{docYear}}与此处所写印发日期{{date}}的年份{{dateYear}}不符',
        en: 'the cited number {{docNumber}} carries the year {{docYear}}, but the text dates the document {{date}} ({{dateYear}})',
      },
      replaceYear: {
        'zh-CN': '将文号年份改为{{year}}',
        en: 'change the year in the number to {{year}}',
      },
      datedHere: {
        'zh-CN': '成文日期',
        en: 'date of the document',
      },
    },
    docs: 'rules/date-doc-number-year.md',
  },
  check({ model, catalogues, report }) {
    const fmt = (d: CalendarDate) => [d.year + '年', d.month !== undefined ? d.month + '月' : '', d.day !== undefined ? d.day + '日' : ''].join('');

    // The document itself: its 文号 against its 成文日期 (front matter or the 落款).
    const { docNumber, date } = model.meta;
    if (docNumber && date && date.value.year !== undefined && !docYearFits(docNumber.value.year, date.value)) {
      const dn = docNumber.value;
      // A 文号 found in the text has an exact year span to fix; one from front matter is reported whole.
      const inText = docNumber.source === 'inferred';
      report({
        range: dn.yearRange,
        messageId: 'own',
        data: { docNumber: dn.text, docYear: dn.year, date: fmt(date.value), dateYear: date.value.year },
        suggestions: inText ? [{ messageId: 'replaceYear', data: { year: date.value.year }, fix: { range: dn.yearRange, text: String(date.value.year) } }] : [],
        related: date.range ? [{ range: date.range as SourceRange, messageId: 'datedHere' }] : [],
      });
    }

    // A cited document whose 文号 and issue date are both written: 于2023年11月印发《…》（苏政发〔2023〕104号）.
    for (const ref of model.references) {
      const dn = ref.docNumber;
      const issued = ref.issueDate;
      if (!dn || !issued || issued.kind !== 'point' || issued.missingYear || issued.value.year === undefined) continue;
      if (docYearFits(dn.year, issued.value)) continue;
      // When the registry knows the document, date-reference-mismatch already says which is wrong;
      // when it confirms the 文号, the date is the part to look at.
      const known = findKnownDocument(ref, model.meta, catalogues);
      if (known && issueDateMismatch(issued, known)) continue;
      const numberConfirmed = !!known?.docNumber && parseDocNumber(known.docNumber)?.key === dn.key;
      report({
        range: numberConfirmed ? issued.valueRange : dn.yearRange,
        messageId: 'cited',
        data: { docNumber: dn.text, docYear: dn.year, date: fmt(issued.value), dateYear: issued.value.year },
      });
    }
  },
});
