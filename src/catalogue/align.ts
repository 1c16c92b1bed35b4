import type { DocumentMeta, Enumeration, Level, PolicyModel, TextBlock } from '../model/types.js';
import { indexInBlock } from '../parse/text-blocks.js';
import { CITY_PROVINCE, PROVINCE_SHORT, PROVINCES, placeOf } from '../model/gazetteer.js';
import type { Catalogue, CatalogueGroup, CatalogueSet, KnownDocument } from './types.js';
import { catalogueIndex, normalizeItemName, type ItemMatch } from './match.js';
import { findKnownDocument } from './documents.js';
import { lastCall } from './last-call.js';

// ---------------------------------------------------------------------------------------------
// Parent catalogue

interface Place {
  level?: Level;
  province?: string;
  /** The city a city or district document belongs to (for municipalities: the province itself). */
  city?: string;
}

function fullProvince(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const n = name.trim();
  if (PROVINCES.includes(n)) return n;
  return PROVINCE_SHORT[n.replace(/省$/, '')];
}

/** Where the document stands: level, province and city, from front matter or what the text gave (once per model). */
const documentPlace = lastCall((meta: DocumentMeta): Place => readDocumentPlace(meta));

function readDocumentPlace(meta: DocumentMeta): Place {
  const region = meta.region?.value.trim();
  const fromRegion = region ? placeOf(region) : {};
  const level = meta.level?.value ?? fromRegion.level;
  const province = fullProvince(meta.province?.value) ?? fromRegion.province ?? (region ? CITY_PROVINCE[region] ?? fullProvince(region) : undefined);
  let city: string | undefined;
  if (region && province) {
    if (PROVINCES.includes(region) && /市$/.test(region)) city = region; // a district of 北京市
    else city = Object.keys(CITY_PROVINCE).find((c) => region.startsWith(c));
  }
  return { level, province, city };
}

/**
 * The catalogue of the government directly above the document, or undefined when none governs it.
 *
 * - Front matter `catalogue` names it (an unknown id gives undefined: no guessing).
 * - A city document aligns with its province's catalogue (a 苏州市 document → jiangsu-10x, not suzhou-8:
 *   the catalogue must stand strictly above the document).
 * - A district document aligns with its city's catalogue (苏州市吴中区 → suzhou-8), or with the province's
 *   when its city has none. When the district's city is unknown and some city of the province ships a
 *   catalogue, it is undefined: the wrong city's list would do more harm than none.
 * - Province and national documents get none automatically: several national lists exist (the 纲要, the
 *   工信部 six directions, each year's 政府工作报告) and a province's list is not a subset of any one of
 *   them. Name one with front matter `catalogue` to align anyway.
 * - Two catalogues with the same scope and level are ambiguous: undefined (name one in front matter).
 */
export function resolveParentCatalogue(meta: DocumentMeta, set: CatalogueSet): Catalogue | undefined {
  const named = meta.catalogue?.value;
  if (named) return set.catalogues.find((c) => c.id === named);
  const place = documentPlace(meta);
  if (!place.province || (place.level !== 'city' && place.level !== 'district')) return undefined;
  const inProvince = set.catalogues.filter((c) => fullProvince(c.scope.province) === place.province);
  const only = (cs: Catalogue[]) => (cs.length === 1 ? cs[0] : undefined);
  if (place.level === 'district') {
    const cityLevel = inProvince.filter((c) => c.level === 'city');
    if (place.city) {
      const ofCity = cityLevel.filter((c) => c.scope.region === place.city);
      if (ofCity.length) return only(ofCity);
    } else if (cityLevel.length) {
      return undefined;
    }
  }
  return only(inProvince.filter((c) => c.level === 'province'));
}

/** The parent chain above a catalogue (its parent, the parent's parent …), without cycles. */
export function ancestorsOf(catalogue: Catalogue, set: CatalogueSet): Catalogue[] {
  const out: Catalogue[] = [];
  let cur: Catalogue | undefined = catalogue;
  while (cur?.parent) {
    const next = set.catalogues.find((c) => c.id === cur!.parent);
    if (!next || next === catalogue || out.includes(next)) break;
    out.push(next);
    cur = next;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Citations of catalogues in a sentence

export interface Citation {
  catalogue: Catalogue;
  /** Index into the block's text where the citation starts. */
  at: number;
  how: 'label' | 'title' | 'docNumber' | 'citedAs' | 'issuer';
}

const STRIP = /[“”‘’"'「」『』《》〈〉\s]/;

/** Text without quotes and title marks, with each kept character's index in the original. */
function stripped(text: string, from: number, to: number): { text: string; at: number[] } {
  // Whole runs between stripped characters are sliced at once: no one-character string per step.
  const pieces: string[] = [];
  const at: number[] = [];
  let runStart = from;
  STRIP_ALL.lastIndex = from;
  for (let m = STRIP_ALL.exec(text); ; m = STRIP_ALL.exec(text)) {
    const runEnd = m && m.index < to ? m.index : to;
    if (runEnd > runStart) {
      pieces.push(text.slice(runStart, runEnd));
      for (let i = runStart; i < runEnd; i++) at.push(i);
    }
    if (runEnd === to) break;
    runStart = runEnd + 1;
  }
  return { text: pieces.join(''), at };
}

const STRIP_ALL = new RegExp(STRIP.source, 'g');
const citedAsKeys = new Map<string, string>();

/** A citedAs phrase without quotes and brackets, computed once per phrase (not per sentence and catalogue). */
function citedAsKey(phrase: string): string {
  let key = citedAsKeys.get(phrase);
  if (key === undefined) {
    key = phrase.replace(STRIP_ALL, '');
    citedAsKeys.set(phrase, key);
  }
  return key;
}

function allIndexes(hay: string, needle: string, from: number, to: number): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = hay.indexOf(needle, from); i !== -1 && i + needle.length <= to; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** A title without a place name (关于加快培育发展未来产业的指导意见, 工作意见) is shared by many governments. */
function isGenericTitle(title: string): boolean {
  const t = title.replace(/^(?:省|市|区|县)?(?:政府|人民政府)?/, '');
  return !placeOf(t).level;
}

const RELATIVE_ISSUER = /^(?:省|市|区|县)/;

// Every sentence is checked against every catalogue: its issuer names are listed once per document.
const issuerNameCache = new WeakMap<KnownDocument, { name: string; relative: boolean }[]>();
function issuerNames(doc: KnownDocument): { name: string; relative: boolean }[] {
  let names = issuerNameCache.get(doc);
  if (!names) {
    names = [doc.issuer, ...doc.issuerAliases].map((name) => ({ name, relative: RELATIVE_ISSUER.test(name) }));
    issuerNameCache.set(doc, names);
  }
  return names;
}
const PLACE_NAMES = [...PROVINCES, ...Object.keys(CITY_PROVINCE)];

/** Whether text[0, end) ends with a province or city name (苏州市 in 苏州市政府). */
function endsWithPlace(text: string, end: number): boolean {
  return PLACE_NAMES.some((p) => end >= p.length && text.slice(end - p.length, end) === p);
}

/** Whether a relative issuer name (省政府, 市政府) in this model's document means the catalogue's issuer. */
function sameGovernment(doc: KnownDocument, catalogue: Catalogue, meta: DocumentMeta): boolean {
  const place = documentPlace(meta);
  const region = meta.region?.value;
  if (catalogue.level === 'national') return true;
  if (catalogue.level === 'province') return !!place.province && fullProvince(doc.province ?? catalogue.scope.province) === place.province;
  return within(region, doc.region ?? catalogue.scope.region);
}

/** Whether a document's region is the given region or lies in it (徐州市鼓楼区 in 徐州市). */
function within(region: string | undefined, of: string | undefined): boolean {
  return !!region && !!of && region.startsWith(of);
}

/** Whether the document is by the catalogue's own government or one below it (《工作意见》 in a 苏州市 document). */
function sameRegion(doc: KnownDocument, catalogue: Catalogue, meta: DocumentMeta): boolean {
  const region = meta.region?.value;
  return catalogue.level !== 'national' && within(region, doc.region ?? catalogue.scope.region);
}

/**
 * Where a sentence cites catalogues: their label (“10+X”), the document's title in 《》 (a reference
 * the known-document registry resolves), its 文号, a `citedAs` phrase (十四五规划纲要, compared
 * without quotes), or the issuer by name. Labels count only for `labelled` catalogues: a label like
 * “5+X” is shared by many cities, so only the catalogues that govern the document are meant by it.
 * A generic title (no place name) counts only with its issuer named or in a document of the
 * catalogue's own region; an issuer alone counts only when the list names one of the catalogue's
 * group keywords (see findQuote).
 */
export function citationsInSentence(model: PolicyModel, blockIndex: number, sentence: number, set: CatalogueSet, labelled: Catalogue[]): Citation[] {
  const block = model.blocks[blockIndex];
  const span = block.sentences[sentence];
  if (!span) return [];
  const norm = block.norm;
  const out: Citation[] = [];
  // Only citedAs phrases are compared stripped; most catalogues have none.
  let bare: { text: string; at: number[] } | undefined;
  for (const c of set.catalogues) {
    const doc = c.document;
    if (c.label && labelled.includes(c)) {
      for (const i of allIndexes(norm, c.label, span.start, span.end)) {
        const before = norm[i - 1] ?? '';
        const after = norm[i + c.label.length] ?? '';
        if (!/[0-9A-Za-z+]/.test(before) && !/[0-9A-Za-z+]/.test(after)) out.push({ catalogue: c, at: i, how: 'label' });
      }
    }
    const issuerAt: number[] = [];
    for (const { name, relative } of issuerNames(doc)) {
      const found = allIndexes(norm, name, span.start, span.end);
      if (!found.length) continue;
      if (!relative) {
        issuerAt.push(...found);
        continue;
      }
      // 市政府 means the document's own city, and is not the tail of another place's name (苏州市政府).
      if (!sameGovernment(doc, c, model.meta)) continue;
      for (const i of found) if (!endsWithPlace(norm, i + 1)) issuerAt.push(i);
    }
    if (doc.docNumber) {
      for (const d of model.docNumbers) {
        if (d.key !== doc.docNumber || d.range.start < block.offsets[0] || d.range.start >= block.offsets[block.text.length]) continue;
        const i = indexInBlock(block, d.range.start);
        if (i >= span.start && i < span.end) out.push({ catalogue: c, at: i, how: 'docNumber' });
      }
    }
    for (const phrase of doc.citedAs ?? []) {
      const key = citedAsKey(phrase);
      bare ??= stripped(norm, span.start, span.end);
      for (const i of allIndexes(bare.text, key, 0, bare.text.length)) out.push({ catalogue: c, at: bare.at[i], how: 'citedAs' });
    }
    for (const i of issuerAt) out.push({ catalogue: c, at: i, how: 'issuer' });
  }
  // Titles in 《》, resolved through the known-document registry (as the date rules resolve them).
  for (const ref of model.references) {
    if (ref.block !== blockIndex || ref.sentence !== sentence) continue;
    const doc = findKnownDocument(ref, model.meta, set);
    const c = doc && set.catalogues.find((k) => k.document.id === doc.id);
    if (!c) continue;
    const byNumber = ref.docNumber && ref.docNumber.key === c.document.docNumber;
    // 《关于加快培育发展未来产业的指导意见》 alone may be any government's: take it for the
    // catalogue's only when the issuer is named or the document is the catalogue's own region's.
    if (!byNumber && !ref.issuer && isGenericTitle(ref.titleKey) && !sameRegion(c.document, c, model.meta)) continue;
    out.push({ catalogue: c, at: Math.max(span.start, indexInBlock(block, ref.titleRange.start) - 1), how: 'title' });
  }
  return out.sort((a, b) => a.at - b.at);
}

// ---------------------------------------------------------------------------------------------
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
function ownMarker(meta: DocumentMeta): RegExp {
  const level = documentPlace(meta).level;
  return new RegExp(`我市|本市|我区|本区|我县|本县|我省|本省|我州|本州${level ? `|${OWN_BY_LEVEL[level]}` : ''}`);
}

// Words by which a cited document states a list.
const REPORTING = /提出|明确|指出|印发|出台|发布|要求|强调|确定|列出|列明|包括|涵盖|即/;

// Several rules and the summary align the same model's lists: computed once per model and catalogues.
const alignmentsOf = lastCall((_model: PolicyModel) => new Map<string, AlignedList[]>());

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
 */
export function alignLists(model: PolicyModel, set: CatalogueSet, parent: Catalogue | undefined): AlignedList[] {
  const key = `${parent?.id ?? ''}|${set.catalogues.map((c) => c.id).join(',')}`;
  const perModel = alignmentsOf(model);
  let out = perModel.get(key);
  if (!out) perModel.set(key, (out = computeAlignment(model, set, parent)));
  return out;
}

function computeAlignment(model: PolicyModel, set: CatalogueSet, parent: Catalogue | undefined): AlignedList[] {
  const governing = parent ? [parent, ...ancestorsOf(parent, set)] : [];
  const citationCache = new Map<string, Citation[]>();
  const citations = (block: number, sentence: number) => {
    const k = `${block}:${sentence}`;
    let c = citationCache.get(k);
    if (!c) citationCache.set(k, (c = citationsInSentence(model, block, sentence, set, governing)));
    return c;
  };
  const own = ownMarker(model.meta);
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
    return { kind: 'own', list, matches };
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

/** How a catalogue's document is named in messages: its 文号, or its title in 《》. */
export function catalogueSource(c: Catalogue): string {
  return c.document.docNumber ?? `《${c.document.title}》`;
}

/** The comparison key of a list item (for reporting each unknown name once). */
export function itemKey(text: string): string {
  return normalizeItemName(text);
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
