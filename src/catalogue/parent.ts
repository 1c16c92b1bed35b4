import type { DocumentMeta, Level } from '../model/types.js';
import { CITY_PROVINCE, PROVINCE_SHORT, PROVINCES, placeOf } from '../model/gazetteer.js';
import type { Catalogue, CatalogueSet } from './types.js';

export interface Place {
  level?: Level;
  province?: string;
  /** The city a city or district document belongs to (for municipalities: the province itself). */
  city?: string;
}

/** A province's full name (江苏 → 江苏省), or undefined when the name is none. */
export function fullProvince(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const n = name.trim();
  if (PROVINCES.includes(n)) return n;
  return PROVINCE_SHORT[n.replace(/省$/, '')];
}

/**
 * Where the document stands: level, province and city, from front matter or what the text gave.
 * Not memoised: callers compute it once per use (resolveParentCatalogue, one alignment) and pass
 * it down, never per sentence.
 */
export function documentPlace(meta: DocumentMeta): Place {
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
