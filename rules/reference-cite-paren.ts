import { defineRule } from '../src/engine/rule.js';
import { innerSource, withEscape } from '../src/parse/escapes.js';

export default defineRule<{ halfWidthDocuments: boolean }>({
  meta: {
    id: 'reference-cite-paren',
    category: 'reference',
    severity: 'error',
    fixable: true,
    description: {
      'zh-CN': '引用公文时，标题后的发文字号用全角圆括号括入：《标题》（文号）',
      en: 'A document number cited after its title goes in full-width parentheses: 《title》（number）',
    },
    messages: {
      paren: {
        'zh-CN': '所引文号{{docNumber}}应使用全角圆括号（）括入',
        en: 'put the cited number {{docNumber}} in full-width parentheses （）',
      },
    },
    schema: {
      type: 'object',
      properties: {
        halfWidthDocuments: {
          type: 'boolean',
          default: false,
          description: 'Also report in documents written with half-width punctuation throughout (web copies), as punctuation-halfwidth does',
        },
      },
      additionalProperties: false,
    },
    docs: 'rules/reference-cite-paren.md',
  },
  check({ model, options, report }) {
    // A web copy that turned every mark half-width: one 》( among hundreds of ,( is the copy's, not the drafter's.
    const { half, full } = model.punctuationWidth;
    if (half > full && !options.halfWidthDocuments) return;
    for (const ref of model.references) {
      const p = ref.docNumberParens;
      if (!p || !ref.docNumber || (p.open === '（' && p.close === '）')) continue;
      // Only the two marks change (with their Markdown escapes, \( \)); what stands between is kept as written.
      const range = withEscape(model.text, p.range);
      const inner = innerSource(model.text, p.range.start + 1, p.range.end - 1);
      report({ range, messageId: 'paren', data: { docNumber: ref.docNumber.text }, fix: { range, text: `（${inner}）` } });
    }
  },
});
