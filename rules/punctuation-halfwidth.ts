import { defineRule } from '../src/engine/rule.js';

interface Options {
  /** Also report documents written with half-width marks throughout (web copies). */
  halfWidthDocuments: boolean;
}

export default defineRule<Options>({
  meta: {
    id: 'punctuation-halfwidth',
    category: 'punctuation',
    // A half-width mark among full-width ones is a slip of the input method: certain, and worth a warning.
    severity: 'warn',
    fixable: true,
    description: {
      'zh-CN': '中文语境中的逗号、冒号、分号、问号、叹号和括号应使用全角',
      en: 'Commas, colons, semicolons, question and exclamation marks and parentheses in Chinese text are full-width',
    },
    messages: {
      halfwidth: {
        'zh-CN': '中文语境中应使用全角「{{expected}}」，不用半角「{{actual}}」',
        en: 'use the full-width “{{expected}}” in Chinese text, not the half-width “{{actual}}”',
      },
    },
    schema: {
      type: 'object',
      properties: {
        // Web copies of official texts use half-width marks throughout (hundreds per page): left alone unless asked.
        halfWidthDocuments: { type: 'boolean', default: false },
      },
      additionalProperties: false,
    },
    docs: 'rules/punctuation-halfwidth.md',
  },
  check({ model, options, report }) {
    const { half, full } = model.punctuationWidth;
    if (half > full && !options.halfWidthDocuments) return;
    // The parentheses around a cited 文号 are reference-cite-paren's, which names the citation.
    const cited = new Set<number>();
    for (const ref of model.references) {
      const p = ref.docNumberParens;
      if (p && ref.docNumber) cited.add(p.range.start).add(p.range.end - 1);
    }
    for (const m of model.marks) {
      if (m.kind !== 'halfwidth' || (m.range.end - m.range.start === 1 && cited.has(m.range.start))) continue;
      report({ range: m.range, messageId: 'halfwidth', data: { actual: m.text.trim(), expected: m.replacement! }, fix: { range: m.range, text: m.replacement! } });
    }
  },
});
