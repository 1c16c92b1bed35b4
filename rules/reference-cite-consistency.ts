import { defineRule } from '../src/engine/rule.js';
import { unwrapTitleKey } from '../src/model/references.js';
import { foldText } from '../src/parse/normalize.js';
import type { Reference } from '../src/model/types.js';

/** Two titles name one document: equal, one the notice carrying the other, or one a short form inside the other. */
function sameDocument(a: string, b: string): boolean {
  if (a === b || unwrapTitleKey(a) === b || unwrapTitleKey(b) === a) return true;
  return a.includes(b) || b.includes(a);
}

export default defineRule({
  meta: {
    id: 'reference-cite-consistency',
    category: 'reference',
    severity: 'error',
    fixable: false,
    description: {
      'zh-CN': '同一文件中，同一文号须对应同一标题，同一发文机关的同一标题须对应同一文号',
      en: 'Within a document, one number names one title, and one title from one issuer carries one number',
    },
    messages: {
      titles: {
        'zh-CN': '文号{{docNumber}}此处所引标题为《{{title}}》，与前文《{{firstTitle}}》不同',
        en: 'the number {{docNumber}} is cited here as 《{{title}}》 but earlier as 《{{firstTitle}}》',
      },
      numbers: {
        'zh-CN': '《{{title}}》此处的文号为{{docNumber}}，与前文所引{{firstNumber}}不同',
        en: '《{{title}}》 carries {{docNumber}} here but {{firstNumber}} earlier',
      },
      firstCited: {
        'zh-CN': '首次引用于此',
        en: 'first cited here',
      },
    },
    docs: 'rules/reference-cite-consistency.md',
  },
  check({ model, report }) {
    const byNumber = new Map<string, Reference>();
    const byTitle = new Map<string, Reference>();
    for (const ref of model.references) {
      const dn = ref.docNumber;
      if (!dn) continue;
      const first = byNumber.get(dn.key);
      if (!first) byNumber.set(dn.key, ref);
      else if (!sameDocument(first.titleKey, ref.titleKey)) {
        report({ range: ref.titleRange, messageId: 'titles', data: { docNumber: dn.text, title: ref.title, firstTitle: first.title }, related: [{ range: first.titleRange, messageId: 'firstCited' }] });
      }
      // The reverse: the full title as written (issuer included), so two governments' 《关于…的意见》 stay apart.
      const fullTitle = foldText(ref.title).replace(/\s+/g, '');
      const earlier = byTitle.get(fullTitle);
      if (!earlier) byTitle.set(fullTitle, ref);
      else if (earlier.docNumber!.key !== dn.key && earlier.docNumber!.code === dn.code) {
        report({ range: dn.range, messageId: 'numbers', data: { title: ref.title, docNumber: dn.text, firstNumber: earlier.docNumber!.text }, related: [{ range: earlier.docNumber!.range, messageId: 'firstCited' }] });
      }
    }
  },
});
