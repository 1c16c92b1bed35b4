import { defineRule, type ReportRelated } from '../src/engine/rule.js';
import type { SourceRange } from '../src/model/types.js';
import { boundaryGuessed } from '../src/catalogue/align.js';
import { catalogueSource } from '../src/catalogue/documents.js';
import { catalogueIndex, normalizeItemName } from '../src/catalogue/match.js';

export default defineRule({
  meta: {
    id: 'catalogue-unknown-item',
    category: 'catalogue',
    severity: 'warn',
    fixable: false,
    description: {
      'zh-CN': '本文件的未来产业领域清单中，有上级目录未列的领域（名称不符或为本地新增）',
      en: "A sector in the document's own future-industry list is not in the parent catalogue (a different name, or a local addition)",
    },
    messages: {
      unknown: {
        'zh-CN': '「{{item}}」不在上级目录{{catalogue}}（{{source}}）中，也不是其中任一领域的别称；请核对名称，或确认为本地新增领域',
        en: '"{{item}}" is not in the parent catalogue {{catalogue}} ({{source}}), under its name or any known alias; check the name, or confirm it is a local addition',
      },
      again: {
        'zh-CN': '「{{item}}」在此再次出现',
        en: '"{{item}}" appears again here',
      },
    },
    docs: 'rules/catalogue-unknown-item.md',
  },
  check(context) {
    const { parentCatalogue, report } = context;
    // Read context.alignment only past this point: reading it computes it.
    if (!parentCatalogue) return;
    const index = catalogueIndex(parentCatalogue);
    // Each unknown name once, at its first occurrence; later ones become related locations.
    const found = new Map<string, { item: string; range: SourceRange; related: ReportRelated[] }>();
    for (const aligned of context.alignment) {
      if (aligned.kind !== 'own') continue;
      aligned.list.items.forEach((item, i) => {
        if (aligned.matches[i]) return;
        // Where the item starts or ends was guessed (优先发展低空经济): the name itself is not known, so say nothing.
        if (boundaryGuessed(aligned.list, i)) return;
        // 氢能与生物育种: when some parts of a joined item are known, only the others are unknown.
        const known = item.parts?.some((p) => index.matchItem(p.text));
        const pieces = known ? item.parts!.filter((p) => !index.matchItem(p.text)) : [{ text: item.text, range: item.range }];
        for (const piece of pieces) {
          const key = normalizeItemName(piece.text);
          const seen = found.get(key);
          if (seen) seen.related.push({ range: piece.range, messageId: 'again', data: { item: piece.text } });
          else found.set(key, { item: piece.text, range: piece.range, related: [] });
        }
      });
    }
    for (const f of found.values()) {
      report({
        range: f.range,
        messageId: 'unknown',
        data: { item: f.item, catalogue: parentCatalogue.name, source: catalogueSource(parentCatalogue) },
        related: f.related.length ? f.related : undefined,
      });
    }
  },
});
