import type { Enumeration, Level, PolicyModel, TextBlock } from '../model/types.js';
import { indexInBlock } from '../parse/text-blocks.js';
import type { Catalogue, CatalogueGroup, CatalogueSet } from './types.js';
import { catalogueIndex, type ItemMatch } from './match.js';
import { ancestorsOf, documentPlace } from './parent.js';
import { citationsInSentence, type Citation } from './citations.js';

// Lists: quotes of a catalogue, the document's own sector lists, and the rest

export interface QuotedList {
  kind: 'quote';
  list: Enumeration;
  catalogue: Catalogue;
  citation: Citation;
  /** The group the list quotes, when it can be told. */
  group?: CatalogueGroup;
  /** Each item matched against the quoted catalogue. */
  matches: (ItemMatch | undefined)[];
}

export interface OwnList {
  kind: 'own';
  list: Enumeration;
  /** The parent catalogue the list was matched against. */
  catalogue: Catalogue;
  /** Each item matched against the parent catalogue. */
  matches: (ItemMatch | undefined)[];
}

export interface OtherList {
  kind: 'other';
  list: Enumeration;
  reason: 'short' | 'unrelated' | 'non-future' | 'ancestor-quote' | 'cited-unrelated';
}

export type AlignedList = QuotedList | OwnList | OtherList;

// Lists of these are not future-industry lists, whatever their items (unless the head says 未来).
const NON_FUTURE_HEAD = /主导产业|支柱产业|传统产业|战略性新兴产业|新兴产业|优势产业|特色产业|先进制造业|产业集群|产业链/;
// Words that say the text turned to the document's own government between a citation and a list:
// 我市/本市 …, and 全市 in a city document (全省 there is the quoted province's).
const OWN_BY_LEVEL: Record<Level, string> = { national: '全国', province: '全省', city: '全市', district: '全区|全县' };
function ownMarker(level: Level | undefined): RegExp {
  return new RegExp(`我市|本市|我区|本区|我县|本县|我省|本省|我州|本州${level ? `|${OWN_BY_LEVEL[level]}` : ''}`);
}

// Words by which a cited document states a list.
const REPORTING = /提出|明确|指出|印发|出台|发布|要求|强调|确定|列出|列明|包括|涵盖|即/;

/**
 * Classify every list of the model. A list is a quote of a catalogue when its sentence cites that
 * catalogue before it (see citationsInSentence), says the document states the list (提出, 印发, 即 …
 * between the citation and the list), and nothing between the citation and the list turns
 * to the document's own system: another group label (“5+X” after “10+X”), or 我市/本市/全市…, and the list's
 * own group label, if any, is the catalogue's. A quote needs at least half of its items in the
 * catalogue; a cited sentence whose list is not mostly catalogue items is `cited-unrelated`.
 * The remaining lists are the document's own; they are sector lists (`own`) only with a parent, at
 * least two items, at least two and at least half of them in the parent, and a head that does not
 * name another kind of industry (主导产业, 战略性新兴产业 …). A list made only of an ancestor
 * catalogue's items that are not all in the parent is taken as an unmarked quote of that ancestor.
 *
 * Not memoised: the engine computes it once per lint and hands it to rules (RuleContext.alignment).
 */
export function alignLists(model: PolicyModel, set: CatalogueSet, parent: Catalogue | undefined): AlignedList[] {
  const governing = parent ? [parent, ...ancestorsOf(parent, set)] : [];
  // Once per alignment, not per sentence: citations need it only for relative issuers (市政府).
  const place = documentPlace(model.meta);
  const citationCache = new Map<string, Citation[]>();
  const citations = (block: number, sentence: number) => {
    const k = `${block}:${sentence}`;
    let c = citationCache.get(k);
    if (!c) citationCache.set(k, (c = citationsInSentence(model, block, sentence, set, governing, place)));
    return c;
  };
  const own = ownMarker(place.level);
  const itemsOf = (c: Catalogue, list: Enumeration) => list.items.map((it, i) => matchAtBoundary(catalogueIndex(c), list, i));

  const bySentence = new Map<string, Enumeration[]>();
  for (const e of model.enumerations) {
    const k = `${e.block}:${e.sentence}`;
    bySentence.set(k, [...(bySentence.get(k) ?? []), e]);
  }

  return model.enumerations.map((list): AlignedList => {
    const block = model.blocks[list.block];
    const start = indexInBlock(block, list.range.start);
    const sameSentence = bySentence.get(`${list.block}:${list.sentence}`)!.filter((e) => e !== list);
    const quote = findQuote(list, start, citations(list.block, list.sentence), sameSentence, block, own);
    if (quote) {
      const matches = itemsOf(quote.catalogue, list);
      const found = matches.filter(Boolean).length;
      if (found * 2 < list.items.length || found < 2) return { kind: 'other', list, reason: 'cited-unrelated' };
      return { kind: 'quote', list, catalogue: quote.catalogue, citation: quote, group: groupOfQuote(list, quote.catalogue, matches), matches };
    }
    if (!parent) return { kind: 'other', list, reason: 'unrelated' };
    if (list.items.length < 2) return { kind: 'other', list, reason: 'short' };
    if (list.head && NON_FUTURE_HEAD.test(list.head) && !list.head.includes('未来')) return { kind: 'other', list, reason: 'non-future' };
    const matches = itemsOf(parent, list);
    const found = matches.filter(Boolean).length;
    if (found < 2 || found * 2 < list.items.length) return { kind: 'other', list, reason: 'unrelated' };
    if (matches.some((m) => !m)) {
      // 类脑智能、量子信息…氢能与储能 (the 纲要's list) in a city document is the 纲要's, even uncited.
      const above = [...governing.slice(1), ...set.catalogues.filter((c) => c.level === 'national' && c !== parent)];
      if (above.some((c) => c.groups.some((g) => itemsOf(c, list).every((m) => m && m.group === g)))) {
        return { kind: 'other', list, reason: 'ancestor-quote' };
      }
    }
    return { kind: 'own', list, catalogue: parent, matches };
  });
}

function findQuote(list: Enumeration, start: number, cites: Citation[], sameSentence: Enumeration[], block: TextBlock, own: RegExp): Citation | undefined {
  const before = cites.filter((c) => c.at < start);
  if (!before.length) return undefined;
  if (list.group?.label) {
    // A list labelled with a group of a cited catalogue quotes it; any other label is the document's own.
    const labelled = before.filter((c) => c.catalogue.label === list.group!.label);
    return labelled.length ? labelled[labelled.length - 1] : undefined;
  }
  // The nearest citation before the list, unless the text turned to the document's own system since.
  for (let k = before.length - 1; k >= 0; k--) {
    const c = before[k];
    if (c.how === 'issuer') {
      // An issuer alone (省政府支持…) is a citation only when the list names one of its groups.
      if (!list.head || !c.catalogue.groups.some((g) => g.keywords.some((w) => list.head!.includes(w)))) continue;
    }
    const between = block.norm.slice(c.at, start);
    if (own.test(between)) return undefined;
    const ownLabelBetween = sameSentence.some((e) => {
      const at = indexInBlock(block, e.range.start);
      return at > c.at && at < start && e.group?.label && e.group.label !== c.catalogue.label;
    });
    if (ownLabelBetween) return undefined;
    // The cited document must be said to state the list (…印发《…》，提出…, 《纲要》提出…, “10+X”…，即…);
    // 根据省“10+X”部署，重点发展… frames the document's own list.
    const first = before.find((k) => k.catalogue === c.catalogue)!;
    return REPORTING.test(block.norm.slice(first.at, start)) ? c : undefined;
  }
  return undefined;
}

/** The group a quoted list stands for: its label part, a group keyword in its head, its count, or most items. */
export function groupOfQuote(list: Enumeration, catalogue: Catalogue, matches: (ItemMatch | undefined)[]): CatalogueGroup | undefined {
  const groups = catalogue.groups;
  if (groups.length === 1) return groups[0];
  if (list.group && list.group.label === catalogue.label) {
    const byPart = groups.find((g) => g.label === list.group!.part);
    if (byPart) return byPart;
  }
  if (list.head) {
    const byKeyword = groups.filter((g) => g.keywords.some((w) => list.head!.includes(w)));
    if (byKeyword.length === 1) return byKeyword[0];
  }
  if (list.declaredCount !== undefined) {
    const byCount = groups.filter((g) => g.items.length === list.declaredCount);
    if (byCount.length === 1) return byCount[0];
  }
  const counts = groups.map((g) => matches.filter((m) => m?.group === g).length);
  const best = Math.max(...counts);
  const winners = groups.filter((_, i) => counts[i] === best);
  return best > 0 && winners.length === 1 ? winners[0] : undefined;
}

/**
 * Match a list item; where the extractor had to guess its start (no cue: 优先发展低空经济) or its
 * end, also try the item without the guessed text, longest first, so a glued verb does not hide a
 * known name.
 */
function matchAtBoundary(index: ReturnType<typeof catalogueIndex>, list: Enumeration, i: number): ItemMatch | undefined {
  const text = list.items[i].text;
  const exact = index.matchItem(text);
  if (exact) return exact;
  const lead = i === 0 && list.leadGuessed;
  const tail = i === list.items.length - 1 && list.tailGuessed;
  for (let cut = 1; text.length - cut >= 2; cut++) {
    const m = (lead && index.matchItem(text.slice(cut))) || (tail && index.matchItem(text.slice(0, text.length - cut)));
    if (m) return m;
  }
  return undefined;
}

/** Whether an item's extent was guessed by the extractor (so an unknown name may be a misread one). */
export function boundaryGuessed(list: Enumeration, i: number): boolean {
  return (i === 0 && !!list.leadGuessed) || (i === list.items.length - 1 && !!list.tailGuessed);
}
