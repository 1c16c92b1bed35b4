import type { DocumentMeta, PolicyModel } from '../model/types.js';
import { indexInBlock } from '../parse/text-blocks.js';
import { CITY_PROVINCE, PROVINCES, placeOf } from '../model/gazetteer.js';
import type { Catalogue, CatalogueSet, KnownDocument } from './types.js';
import { findKnownDocument } from './documents.js';
import { fullProvince, type Place } from './parent.js';

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
function sameGovernment(doc: KnownDocument, catalogue: Catalogue, meta: DocumentMeta, place: Place): boolean {
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
 * group keywords (see findQuote in align.ts). `place` is documentPlace(model.meta), computed once
 * by the caller: this runs for every sentence with a list.
 */
export function citationsInSentence(model: PolicyModel, blockIndex: number, sentence: number, set: CatalogueSet, labelled: Catalogue[], place: Place): Citation[] {
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
      if (!sameGovernment(doc, c, model.meta, place)) continue;
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
