import { defineRule } from '../src/engine/rule.js';

export default defineRule({
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
    docs: 'rules/reference-cite-paren.md',
  },
  check({ model, report }) {
    for (const ref of model.references) {
      const p = ref.docNumberParens;
      if (!p || !ref.docNumber || (p.open === '（' && p.close === '）')) continue;
      // Only the two marks change; whatever stands between them is kept as written.
      const inner = model.text.slice(p.range.start + 1, p.range.end - 1);
      report({ range: p.range, messageId: 'paren', data: { docNumber: ref.docNumber.text }, fix: { range: p.range, text: `（${inner}）` } });
    }
  },
});
