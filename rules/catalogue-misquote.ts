import { defineRule, type Locale } from '../src/engine/rule.js';
import { catalogueSource } from '../src/catalogue/documents.js';
import type { Catalogue, CatalogueGroup, CatalogueItem } from '../src/catalogue/types.js';

/** The group as messages name it, after the document: 苏政发〔2023〕104号“10+X”中的“X”（…）, 《纲要》的前沿科技…. */
function groupName(c: Catalogue, g: CatalogueGroup, locale: Locale): string {
  if (c.groups.length === 1 && c.label) return `“${c.label}”`;
  if (!c.label) return locale === 'en' ? g.name : `的${g.name}`;
  return locale === 'en' ? `group “${g.label}” (${g.name}) of “${c.label}”` : `“${c.label}”中的“${g.label}”（${g.name}）`;
}

function unverifiedNote(g: CatalogueGroup, locale: Locale): string {
  if (g.verified) return '';
  return locale === 'en' ? ' (this list is from news reports; the official text was not seen)' : '（该组名单据新闻报道整理，官方原文未见）';
}

export default defineRule({
  meta: {
    id: 'catalogue-misquote',
    category: 'catalogue',
    severity: 'error',
    fixable: false,
    hasSuggestions: true,
    description: {
      'zh-CN': '引用上级或其他已知目录（如江苏“10+X”）的领域清单时，领域多列、漏列或放错分组',
      en: 'A list quoting a known catalogue (such as Jiangsu’s “10+X”) adds, drops or moves items between its groups',
    },
    messages: {
      notInGroup: {
        'zh-CN': '「{{item}}」不在{{source}}{{group}}之列；该组为：{{items}}{{note}}',
        en: '"{{item}}" is not in {{group}} of {{source}}; that group is: {{items}}{{note}}',
      },
      notInCatalogue: {
        'zh-CN': '「{{item}}」不在{{source}}的{{catalogue}}中',
        en: '"{{item}}" is not in {{catalogue}} of {{source}}',
      },
      wrongGroup: {
        'zh-CN': '「{{item}}」属于{{source}}{{other}}，不属于{{group}}',
        en: '"{{item}}" belongs to {{other}} of {{source}}, not to {{group}}',
      },
      missing: {
        'zh-CN': '引用{{source}}{{group}}时漏列：{{missing}}；该组为：{{items}}{{note}}',
        en: 'the quote of {{group}} of {{source}} leaves out {{missing}}; that group is: {{items}}{{note}}',
      },
      replace: {
        'zh-CN': '改为「{{name}}」',
        en: 'Replace with "{{name}}"',
      },
    },
    docs: 'rules/catalogue-misquote.md',
  },
  check({ alignment, locale, report }) {
    const sep = '、';
    for (const aligned of alignment) {
      if (aligned.kind !== 'quote') continue;
      const { list, catalogue, group, matches } = aligned;
      const source = catalogueSource(catalogue);
      if (!group) {
        // The group cannot be told: only names in no group at all are certain misquotes.
        list.items.forEach((item, i) => {
          if (!matches[i]) report({ range: item.range, messageId: 'notInCatalogue', data: { item: item.text, source, catalogue: catalogue.name } });
        });
        continue;
      }
      const covered = new Set<CatalogueItem>();
      const extras: number[] = [];
      const moved: { index: number; other: CatalogueGroup }[] = [];
      list.items.forEach((_, i) => {
        const m = matches[i];
        if (!m) return void extras.push(i);
        const hits = m.parts ?? [m];
        const other = hits.find((h) => h.group !== group);
        if (other) moved.push({ index: i, other: other.group });
        for (const h of hits) if (h.group === group) covered.add(h.item);
      });
      const missing = group.items.filter((it) => !covered.has(it));
      const data = {
        source,
        group: groupName(catalogue, group, locale),
        items: group.items.map((it) => it.name).join(sep),
        note: unverifiedNote(group, locale),
      };
      for (const i of extras) {
        const item = list.items[i];
        report({
          range: item.range,
          messageId: 'notInGroup',
          data: { ...data, item: item.text },
          // One name dropped and one unknown name added: most likely the one was written for the other.
          suggestions:
            extras.length === 1 && missing.length === 1 && moved.length === 0
              ? [{ messageId: 'replace', data: { name: missing[0].name }, fix: { range: item.range, text: missing[0].name } }]
              : undefined,
        });
      }
      for (const { index, other } of moved) {
        const item = list.items[index];
        report({ range: item.range, messageId: 'wrongGroup', data: { ...data, item: item.text, other: groupName(catalogue, other, locale) } });
      }
      // A dropped item is certain only when the list claims the whole group by its count.
      if (!extras.length && !moved.length && missing.length && list.declaredCount === group.items.length) {
        report({ range: list.range, messageId: 'missing', data: { ...data, missing: missing.map((it) => it.name).join(sep) } });
      }
    }
  },
});
