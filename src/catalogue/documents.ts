import type { CalendarDate, DateFact, DatePrecision, DocumentMeta, Reference } from '../model/types.js';
import type { Catalogue, CatalogueSet, KnownDocument } from './types.js';
import { normalizeTitleKey, unwrapTitleKey } from '../model/references.js';
import { parseDocNumber } from '../model/doc-numbers.js';
import { dateProblem, minPrecision, PRECISION_ORDER } from '../model/dates.js';

/** A registry date (YYYY, YYYY-MM or YYYY-MM-DD) with how precise it is. */
export type RegistryDate = CalendarDate & { precision: DatePrecision };

export function parseRegistryDate(date: string | undefined): RegistryDate | undefined {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec((date ?? '').trim());
  if (!m) return undefined;
  const out: RegistryDate = { year: Number(m[1]), precision: 'year' };
  if (m[2]) Object.assign(out, { month: Number(m[2]), precision: 'month' });
  if (m[3]) Object.assign(out, { day: Number(m[3]), precision: 'day' });
  return out;
}

/** Every known document: the registry plus the catalogues' own documents, each id once. */
export function knownDocuments(set: CatalogueSet): KnownDocument[] {
  const seen = new Set<string>();
  const out: KnownDocument[] = [];
  for (const d of [...set.documents, ...set.catalogues.map((c) => c.document)]) {
    if (!d || seen.has(d.id)) continue;
    seen.add(d.id);
    out.push(d);
  }
  return out;
}

export function documentById(set: CatalogueSet, id: string): KnownDocument | undefined {
  return knownDocuments(set).find((d) => d.id === id);
}

/** The lookup keys of a title: itself, and the document a 关于印发…的通知 carries. */
function titleKeys(key: string): string[] {
  const inner = unwrapTitleKey(key);
  return inner ? [key, inner] : [key];
}

const docNumberParts = (text: string | undefined) => (text ? parseDocNumber(text) : undefined);

// Registry documents are fixed for a run: normalise each one's titles once, not for every reference.
const registryKeys = new WeakMap<KnownDocument, string[]>();
function documentTitleKeys(d: KnownDocument): string[] {
  let keys = registryKeys.get(d);
  if (!keys) registryKeys.set(d, (keys = [d.title, ...d.titleAliases].flatMap((t) => titleKeys(normalizeTitleKey(t)))));
  return keys;
}

const normIssuer = (s: string) => s.replace(/\s+/g, '').replace(/人民政府/g, '政府');

/**
 * Whether an issuer as the text names it is this document's issuer. 省政府 and 市政府 name the
 * government of the citing document's own province or city, so they are resolved through `meta`.
 */
export function issuerMatches(named: string, doc: KnownDocument, meta: DocumentMeta): boolean {
  const t = normIssuer(named);
  if (/^省(?:政府)?$/.test(t)) {
    return doc.level === 'province' && !!doc.province && doc.province === meta.province?.value;
  }
  if (/^市(?:政府)?$/.test(t)) {
    const region = meta.region?.value;
    return doc.level === 'city' && !!region && [doc.issuer, ...doc.issuerAliases].some((a) => normIssuer(a).startsWith(region));
  }
  return [doc.issuer, ...doc.issuerAliases].some((a) => normIssuer(a) === t);
}

/**
 * The registry document a reference cites, if it can be told for sure: by 文号 first, else by
 * title, narrowed by the issuer the text names (or, when none is named, to documents that may
 * govern this one). Several candidates left, or none: undefined. Precision before recall.
 */
export function findKnownDocument(ref: Reference, meta: DocumentMeta, set: CatalogueSet): KnownDocument | undefined {
  const docs = knownDocuments(set);
  if (ref.docNumber) {
    const byNumber = docs.filter((d) => docNumberParts(d.docNumber)?.key === ref.docNumber!.key);
    if (byNumber.length === 1) return byNumber[0];
    if (byNumber.length > 1) return undefined;
  }
  const keys = titleKeys(ref.titleKey);
  let candidates = docs.filter((d) => documentTitleKeys(d).some((k) => keys.includes(k)));
  if (ref.docNumber) {
    // A 文号 with another issuer code names another document of the same title (many cities share titles).
    candidates = candidates.filter((d) => {
      const own = docNumberParts(d.docNumber);
      return !own || own.code === ref.docNumber!.code;
    });
  }
  if (ref.issuer) {
    candidates = candidates.filter((d) => issuerMatches(ref.issuer!.text, d, meta));
  } else if (meta.province) {
    const province = meta.province.value;
    candidates = candidates.filter((d) => d.level === 'national' || !d.province || d.province === province);
  }
  return candidates.length === 1 ? candidates[0] : undefined;
}

export interface DateMismatch {
  registry: RegistryDate;
  /** The precision the two dates were compared at. */
  compared: DatePrecision;
  /** The written date corrected from the registry, at the written precision, when one can be given. */
  corrected?: CalendarDate;
}

/**
 * Whether a written issue date disagrees with the registry. Compared at the precision both have
 * (only the year when the registry entry is unverified). The year must match. When the registry
 * date is not the signing date (a publication or press report), a month either side is
 * tolerated and days are not compared: signing and publishing are often weeks apart.
 */
export function issueDateMismatch(fact: DateFact, doc: KnownDocument): DateMismatch | undefined {
  if (fact.kind !== 'point' || fact.missingYear || fact.value.year === undefined) return undefined;
  const registry = parseRegistryDate(doc.date);
  if (!registry) return undefined;
  const compared = doc.verified ? minPrecision(fact.precision, registry.precision) : 'year';
  const v = fact.value;
  const loose = doc.dateKind !== 'signed';
  let wrong = v.year !== registry.year;
  if (!wrong && compared !== 'year') {
    const months = v.month! - registry.month!;
    if (months !== 0) wrong = !(loose && Math.abs(months) === 1);
    else if (compared === 'day' && !loose) wrong = v.day !== registry.day;
  }
  if (!wrong) return undefined;
  const out: DateMismatch = { registry, compared };
  const corrected: CalendarDate = { ...v, year: registry.year };
  if (PRECISION_ORDER[compared] >= 1) corrected.month = registry.month;
  if (PRECISION_ORDER[compared] >= 2) corrected.day = registry.day;
  if (!dateProblem(corrected)) out.corrected = corrected;
  return out;
}

/** A registry title for a message that wraps it in 《》: inner title marks become 〈〉. */
export function displayTitle(doc: KnownDocument): string {
  return doc.title.replace(/《/g, '〈').replace(/》/g, '〉');
}

/** How a catalogue's document is named in messages: its 文号, or its title in 《》. */
export function catalogueSource(c: Catalogue): string {
  return c.document.docNumber ?? `《${c.document.title}》`;
}
