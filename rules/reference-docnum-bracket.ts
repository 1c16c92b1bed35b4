import { defineRule } from '../src/engine/rule.js';
import { withEscape } from '../src/parse/escapes.js';

export default defineRule({
  meta: {
    id: 'reference-docnum-bracket',
    category: 'reference',
    severity: 'error',
    fixable: true,
    description: {
      'zh-CN': '发文字号的年份须用六角括号〔〕括入（GB/T 9704—2012 第7.2.5条）',
      en: 'The year in a document number goes in tortoise-shell brackets 〔〕 (GB/T 9704-2012 §7.2.5)',
    },
    messages: {
      bracket: {
        'zh-CN': '文号{{docNumber}}的年份应使用六角括号：{{written}} → {{fixed}}',
        en: 'the year in {{docNumber}} belongs in tortoise-shell brackets: {{written}} → {{fixed}}',
      },
    },
    docs: 'rules/reference-docnum-bracket.md',
  },
  check({ model, report }) {
    for (const dn of model.docNumbers) {
      const b = dn.brackets;
      if (!b || (b.open === '〔' && b.close === '〕')) continue;
      const fixed = `〔${dn.yearText}〕`;
      // 国发\[2021\]29号 in Markdown: the escapes go with the brackets.
      const range = withEscape(model.text, b.range);
      report({ range, messageId: 'bracket', data: { docNumber: dn.text, written: model.text.slice(range.start, range.end), fixed }, fix: { range, text: fixed } });
    }
  },
});
