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
    for (const m of model.marks) {
      if (m.kind !== 'halfwidth') continue;
      report({ range: m.range, messageId: 'halfwidth', data: { actual: m.text.trim(), expected: m.replacement! }, fix: { range: m.range, text: m.replacement! } });
    }
  },
});
