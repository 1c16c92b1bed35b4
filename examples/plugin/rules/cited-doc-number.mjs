// No runtime import of policylint: a plugin's rule is a plain { meta, check } object, so the plugin
// loads wherever its config names it, even where policylint is not installed next to it.

/**
 * @typedef {{ title: string, docNumber?: string }} HouseDocument
 * @typedef {{ documents: HouseDocument[] }} Options
 */

/** Titles compare without spaces and with 〈〉 read as 《》 inside a title. */
const key = (/** @type {string} */ title) => title.replace(/\s+/g, '').replace(/[〈<]/g, '《').replace(/[〉>]/g, '》');

/** @type {import('policylint').Rule<Options>} */
export default {
  meta: {
    id: 'cited-doc-number',
    category: 'reference',
    severity: 'error',
    fixable: true,
    hasSuggestions: false,
    description: {
      'zh-CN': '引用本单位指定文件须注明文号',
      en: 'Documents on the house list must be cited with their document number',
    },
    messages: {
      missing: {
        'zh-CN': '引用《{{title}}》须注明文号{{expected}}',
        en: '《{{title}}》 must be cited with its document number{{expected}}',
      },
      wrong: {
        'zh-CN': '《{{title}}》的文号应为{{expected}}，此处写作{{found}}',
        en: 'the document number of 《{{title}}》 is {{expected}}, not {{found}}',
      },
    },
    schema: {
      type: 'object',
      properties: {
        documents: {
          type: 'array',
          items: {
            type: 'object',
            properties: { title: { type: 'string', minLength: 1 }, docNumber: { type: 'string', minLength: 1 } },
            required: ['title'],
            additionalProperties: false,
          },
          default: [],
        },
      },
      additionalProperties: false,
    },
    docs: 'rules/cited-doc-number.md',
  },
  check({ model, options, report }) {
    const listed = new Map(options.documents.map((d) => [key(d.title), d]));
    if (listed.size === 0) return;
    for (const ref of model.references) {
      const doc = listed.get(key(ref.title));
      if (!doc) continue;
      if (!ref.docNumber) {
        const end = ref.titleRange.end;
        // titleRange stops before 》; the fix goes right after it.
        const after = model.text[end] === '》' ? end + 1 : end;
        report({
          range: ref.titleRange,
          messageId: 'missing',
          data: { title: ref.title, expected: doc.docNumber ? `（${doc.docNumber}）` : '' },
          ...(doc.docNumber ? { fix: { range: { start: after, end: after }, text: `（${doc.docNumber}）` } } : {}),
        });
      } else if (doc.docNumber && key(ref.docNumber.text) !== key(doc.docNumber)) {
        report({
          range: ref.docNumber.range,
          messageId: 'wrong',
          data: { title: ref.title, expected: doc.docNumber, found: ref.docNumber.text },
          fix: { range: ref.docNumber.range, text: doc.docNumber },
        });
      }
    }
  },
};
