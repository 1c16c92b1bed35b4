import { defineRule } from '../src/engine/rule.js';
import { documentYear } from '../src/model/dates.js';

/** The first year 公文 文号 of today's form could carry. */
const FIRST_YEAR = 1949;

export default defineRule({
  meta: {
    id: 'reference-docnum-year',
    category: 'reference',
    severity: 'error',
    fixable: false,
    hasSuggestions: true,
    description: {
      'zh-CN': '发文字号的年份须标全四位（GB/T 9704—2012 第7.2.5条）',
      en: 'The year in a document number is written in full, four digits (GB/T 9704-2012 §7.2.5)',
    },
    messages: {
      short: {
        'zh-CN': '文号{{docNumber}}的年份“{{yearText}}”不全，应标全四位',
        en: 'the year in {{docNumber}} (“{{yearText}}”) is not written in full; write all four digits',
      },
      replace: {
        'zh-CN': '改为{{year}}',
        en: 'change it to {{year}}',
      },
    },
    docs: 'rules/reference-docnum-year.md',
  },
  check({ model, report }) {
    const docYear = documentYear(model);
    for (const dn of model.docNumbers) {
      const digits = dn.yearText.replace(/\s/g, '').length;
      if (!dn.brackets || digits === 4) continue;
      const yy = dn.year % 100;
      // A 文号 cannot be later than the document citing it, nor earlier than 1949: with the
      // document's year known (and before 2049) exactly one century fits.
      // A three-digit year is a typo whose missing digit cannot be told.
      const fits = docYear === undefined || digits !== 2 ? [] : [1900, 2000, 2100].map((c) => c + yy).filter((y) => y >= FIRST_YEAR && y <= docYear);
      report({
        range: dn.yearRange,
        messageId: 'short',
        data: { docNumber: dn.text, yearText: dn.yearText },
        suggestions: fits.length === 1 ? [{ messageId: 'replace', data: { year: fits[0] }, fix: { range: dn.yearRange, text: String(fits[0]) } }] : [],
      });
    }
  },
});
