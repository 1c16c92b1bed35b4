import { defineRule } from '../src/engine/rule.js';
import { indexInBlock } from '../src/parse/text-blocks.js';
import { insideTitle } from '../src/model/references.js';

// A label before a 文号 (发文字号：, 文号:) makes it a field value, not a citation in prose.
const LABEL = /(?:字号|文号|编号|索引号)\s*[：]\s*$/;

export default defineRule({
  meta: {
    id: 'reference-cite-without-title',
    category: 'reference',
    severity: 'warn',
    fixable: false,
    description: {
      'zh-CN': '引用公文应当先引标题，后引发文字号；不得只写文号（如“国发〔2024〕5号文件”）',
      en: 'Cite a document by its title first, then its number in parentheses; a bare number (国发〔2024〕5号文件) is not a citation',
    },
    messages: {
      bare: {
        'zh-CN': '引用了文号{{docNumber}}而未写文件标题；应写作“《文件标题》（{{docNumber}}）”',
        en: 'the number {{docNumber}} is cited without the document’s title; write “《title》（{{docNumber}}）”',
      },
    },
    docs: 'rules/reference-cite-without-title.md',
  },
  check({ model, report }) {
    const own = model.meta.docNumber?.source === 'inferred' ? model.meta.docNumber.value.range : undefined;
    const titled = model.references.filter((r) => r.docNumber);
    for (const dn of model.docNumbers) {
      if ((own && own.start === dn.range.start) || insideTitle(model.references, dn.range)) continue;
      if (titled.some((r) => r.docNumber === dn || (r.docNumber!.key === dn.key && r.titleRange.start < dn.range.start))) continue;
      const block = model.blocks.find((b) => b.range.start <= dn.range.start && dn.range.start < b.range.end);
      if (!block || block.kind !== 'paragraph') continue;
      const before = block.norm.slice(0, indexInBlock(block, dn.range.start));
      // In parentheses it follows a title (with or without 《》); at the start of its line it is a 文号 line.
      if (/（\s*$/.test(before) || before.trim() === '' || LABEL.test(before)) continue;
      report({ range: dn.range, messageId: 'bare', data: { docNumber: dn.text } });
    }
  },
});
