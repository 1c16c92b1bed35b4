import { defineRule } from '../src/engine/rule.js';
import { displayTitle, findKnownDocument, issueDateMismatch } from '../src/catalogue/documents.js';
import { formatDate, formatLike } from '../src/model/dates.js';
import { parseDocNumber } from '../src/model/doc-numbers.js';

export default defineRule({
  meta: {
    id: 'date-reference-mismatch',
    category: 'date',
    severity: 'error',
    fixable: false,
    hasSuggestions: true,
    description: {
      'zh-CN': '引用文件的印发日期、文号须与已知文件登记一致',
      en: 'The issue date and document number given for a cited document must match the registry',
    },
    messages: {
      date: {
        'zh-CN': '{{cite}}登记的印发日期为{{registryDate}}，此处写作「{{written}}」',
        en: 'the registry dates {{cite}} {{registryDate}}, but the text says “{{written}}”',
      },
      datePublished: {
        'zh-CN': '{{cite}}登记的发布日期为{{registryDate}}，此处写作「{{written}}」',
        en: 'the registry has {{cite}} published on {{registryDate}}, but the text says “{{written}}”',
      },
      dateReported: {
        'zh-CN': '据报道{{cite}}印发于{{registryDate}}，此处写作「{{written}}」',
        en: 'according to reports {{cite}} was issued in {{registryDate}}, but the text says “{{written}}”',
      },
      docNumber: {
        'zh-CN': '《{{title}}》登记的文号为{{expected}}，此处写作{{written}}',
        en: 'the registry gives 《{{title}}》 the number {{expected}}, but the text says {{written}}',
      },
      replace: {
        'zh-CN': '改为「{{text}}」',
        en: 'replace with “{{text}}”',
      },
    },
    docs: 'rules/date-reference-mismatch.md',
  },
  check({ model, catalogues, report }) {
    for (const ref of model.references) {
      const doc = findKnownDocument(ref, model.meta, catalogues);
      if (!doc) continue;
      const registryNumber = doc.docNumber ? parseDocNumber(doc.docNumber) : undefined;

      if (ref.issueDate) {
        const mismatch = issueDateMismatch(ref.issueDate, doc);
        if (mismatch) {
          const fact = ref.issueDate;
          const number = registryNumber?.key ?? doc.docNumber;
          const data = {
            cite: `《${displayTitle(doc)}》${number ? `（${number}）` : ''}`,
            registryDate: formatDate(mismatch.registry, mismatch.registry.precision),
            written: formatLike(fact, fact.value),
          };
          const suggestion = mismatch.corrected ? formatLike(fact, mismatch.corrected) : undefined;
          report({
            range: fact.valueRange,
            // Say which date the registry holds: a publication or a press report may trail the signing.
            messageId: doc.dateKind === 'published' ? 'datePublished' : doc.dateKind === 'reported' ? 'dateReported' : 'date',
            data,
            suggestions: suggestion ? [{ messageId: 'replace', data: { text: suggestion }, fix: { range: fact.valueRange, text: suggestion } }] : [],
          });
        }
      }

      // The same document cited with another year or serial under its own issuer code.
      const written = ref.docNumber;
      if (written && registryNumber && written.code === registryNumber.code && written.key !== registryNumber.key) {
        const data = { title: displayTitle(doc), expected: registryNumber.key, written: written.text };
        if (written.serial === registryNumber.serial) {
          const text = String(registryNumber.year);
          report({ range: written.yearRange, messageId: 'docNumber', data, suggestions: [{ messageId: 'replace', data: { text }, fix: { range: written.yearRange, text } }] });
        } else {
          report({ range: written.range, messageId: 'docNumber', data, suggestions: [{ messageId: 'replace', data: { text: registryNumber.key }, fix: { range: written.range, text: registryNumber.key } }] });
        }
      }
    }
  },
});
