import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'structure-attachment-mismatch',
    category: 'structure',
    severity: 'warn',
    fixable: false,
    description: {
      'zh-CN': '附件说明与文末的附件标注（附件1、附件2）应一一对应',
      en: 'The attachment note (附件：1. … 2. …) and the attachments that follow (附件1, 附件2) match one to one',
    },
    messages: {
      missing: {
        'zh-CN': '附件说明列出附件{{number}}「{{title}}」，文末没有「附件{{number}}」',
        en: 'the attachment note lists attachment {{number}} “{{title}}”, but no “附件{{number}}” follows',
      },
      unlisted: {
        'zh-CN': '文末的「{{heading}}」未列入附件说明',
        en: '“{{heading}}” is not listed in the attachment note',
      },
      mention: {
        'zh-CN': '正文提到「{{mention}}」，但附件说明只列出{{count}}个附件',
        en: 'the text refers to “{{mention}}”, but the attachment note lists {{count}}',
      },
      noNote: {
        'zh-CN': '文末有「{{heading}}」，正文后却没有附件说明（附件：1.……）',
        en: '“{{heading}}” follows the text, but there is no attachment note (附件：1. …)',
      },
    },
    docs: 'rules/structure-attachment-mismatch.md',
  },
  check({ model, report }) {
    const { note, headings, mentions } = model.attachments;
    if (note) {
      const numbers = new Set(note.items.map((item) => item.number ?? 1));
      for (const m of mentions) {
        if (!numbers.has(m.number)) report({ range: m.range, messageId: 'mention', data: { mention: m.text, count: note.items.length } });
      }
    }
    // Attachments may travel as separate files: with no attachment heading in this file there is nothing to compare.
    if (!headings.length) return;
    if (!note) {
      report({ range: headings[0].range, messageId: 'noNote', data: { heading: headings[0].text } });
      return;
    }
    // One unnumbered attachment is 附件 1.
    const listed = new Map(note.items.map((item) => [item.number ?? 1, item]));
    const present = new Set(headings.map((h) => h.number ?? 1));
    for (const [number, item] of listed) {
      if (!present.has(number)) report({ range: item.range, messageId: 'missing', data: { number, title: item.title } });
    }
    for (const h of headings) {
      if (!listed.has(h.number ?? 1)) report({ range: h.range, messageId: 'unlisted', data: { heading: h.text } });
    }
  },
});
