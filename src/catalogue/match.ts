import { foldText } from '../parse/normalize.js';
import type { Catalogue, CatalogueGroup, CatalogueItem } from './types.js';

/**
 * How a name was found in a catalogue:
 * - exact: the item's name as written;
 * - alias: one of the item's aliases as written;
 * - normalized: name or alias after folding width, dropping quotes, a trailing parenthetical, a
 *   trailing 产业/领域, and reading 与/及/以及 as 和;
 * - composite: a name that joins several names (氢能与新型储能), each found in the catalogue, or one
 *   part of a composite catalogue item (氢能 in 氢能与储能).
 */
export type MatchHow = 'exact' | 'alias' | 'normalized' | 'composite';

export interface ItemMatch {
  item: CatalogueItem;
  group: CatalogueGroup;
  how: MatchHow;
  /** For a composite name: how each part matched, in the order written. */
  parts?: ItemMatch[];
}

export interface CatalogueIndex {
  catalogue: Catalogue;
  matchItem(name: string): ItemMatch | undefined;
}

const QUOTES = /[“”‘’"'「」『』《》〈〉\s]/g;
const TRAILING_PAREN = /（[^（）]*）$/;
const CONJUNCTION = /以及|与|及|和/g;

/** The comparison form of a name (see MatchHow `normalized`). */
export function normalizeItemName(name: string): string {
  let s = foldText(name).replace(QUOTES, '');
  // 零碳负碳（碳捕集利用及封存） → 零碳负碳: the parenthetical glosses the name, it does not change it.
  while (TRAILING_PAREN.test(s) && s.replace(TRAILING_PAREN, '').length >= 2) s = s.replace(TRAILING_PAREN, '');
  s = s.replace(CONJUNCTION, '和');
  // 氢能产业 is the industry 氢能; keep at least two characters so 未来产业 does not become 未来.
  const bare = s.replace(/(?:产业|领域)$/, '');
  return bare.length >= 2 ? bare : s;
}

/** The names a composite joins: 氢能与新型储能 → [氢能, 新型储能]; undefined when there is no conjunction. */
export function splitComposite(name: string): string[] | undefined {
  const norm = normalizeItemName(name);
  if (!norm.includes('和')) return undefined;
  const parts = norm.split('和');
  return parts.length >= 2 && parts.every((p) => p.length >= 2) ? parts : undefined;
}

interface Entry {
  item: CatalogueItem;
  group: CatalogueGroup;
}

const cache = new WeakMap<Catalogue, CatalogueIndex>();

/** The lookup index of a catalogue (built once per catalogue object). */
export function catalogueIndex(catalogue: Catalogue): CatalogueIndex {
  let index = cache.get(catalogue);
  if (!index) {
    index = buildIndex(catalogue);
    cache.set(catalogue, index);
  }
  return index;
}

/** Shorthand for catalogueIndex(catalogue).matchItem(name). */
export function matchItem(catalogue: Catalogue, name: string): ItemMatch | undefined {
  return catalogueIndex(catalogue).matchItem(name);
}

function buildIndex(catalogue: Catalogue): CatalogueIndex {
  const exact = new Map<string, Entry>();
  const alias = new Map<string, Entry>();
  const normalized = new Map<string, Entry>();
  // Parts of composite items (氢能 and 储能 of 氢能与储能).
  const partOf = new Map<string, Entry>();
  const all: Entry[] = [];
  const put = (map: Map<string, Entry>, key: string, e: Entry) => {
    if (key && !map.has(key)) map.set(key, e);
  };
  for (const group of catalogue.groups) {
    for (const item of group.items) {
      const e = { item, group };
      all.push(e);
      put(exact, item.name.trim(), e);
      for (const a of item.aliases ?? []) put(alias, a.trim(), e);
      for (const n of [item.name, ...(item.aliases ?? [])]) put(normalized, normalizeItemName(n), e);
      for (const p of item.composite ?? []) put(partOf, normalizeItemName(p), e);
    }
  }

  const direct = (name: string): ItemMatch | undefined => {
    const trimmed = name.trim();
    const hit = exact.get(trimmed);
    if (hit) return { ...hit, how: 'exact' };
    const a = alias.get(trimmed);
    if (a) return { ...a, how: 'alias' };
    const key = normalizeItemName(name);
    const n = normalized.get(key);
    if (n) return { ...n, how: 'normalized' };
    const p = partOf.get(key);
    if (p) return { ...p, how: 'composite' };
    return undefined;
  };

  /**
   * Inside a composite only, a part may be a short or a long form of one item: 储能 in 氢能和储能 for
   * 新型储能, 新型储能 in 氢能与新型储能 for 储能 (the catalogue's 氢能与储能). The part must be two or
   * more characters, end the item's name (or be ended by it), and fit exactly one item; the other
   * parts must match directly, so a list of unrelated names never matches this way.
   */
  const bySuffix = (part: string): Entry | undefined => {
    const fits = all.filter((e) =>
      // Names only, not aliases: 人工智能 must not reach 通用智能 through its alias 通用人工智能.
      [e.item.name, ...(e.item.composite ?? [])].some((n) => {
        const k = normalizeItemName(n);
        return k !== part && k.length >= 2 && (k.endsWith(part) || part.endsWith(k));
      }),
    );
    const distinct = new Set(fits.map((e) => e.item));
    return distinct.size === 1 ? fits[0] : undefined;
  };

  const matchItem = (name: string): ItemMatch | undefined => {
    const found = direct(name);
    if (found) return found;
    const parts = splitComposite(name);
    if (!parts) return undefined;
    const matches = parts.map((p) => direct(p));
    if (!matches.some(Boolean)) return undefined;
    const resolved: ItemMatch[] = [];
    for (let i = 0; i < parts.length; i++) {
      const m = matches[i];
      if (m) {
        resolved.push(m);
        continue;
      }
      const e = bySuffix(parts[i]);
      if (!e) return undefined;
      resolved.push({ ...e, how: 'composite' });
    }
    // Named by its first part; a composite item matched by its parts in another order (新型储能与氢能
    // for 氢能与新型储能) comes back as that item, since every part resolves to it.
    return { item: resolved[0].item, group: resolved[0].group, how: 'composite', parts: resolved };
  };

  // The same names are looked up again and again (each list against several catalogues, a guessed
  // boundary cut by cut, the same fields in every document). Copies go out: callers own what they get.
  const memo = new Map<string, ItemMatch | null>();
  const memoized = (name: string): ItemMatch | undefined => {
    let m = memo.get(name);
    if (m === undefined) {
      if (memo.size > 20000) memo.clear();
      m = matchItem(name) ?? null;
      memo.set(name, m);
    }
    return m ? { ...m, parts: m.parts?.map((x) => ({ ...x })) } : undefined;
  };

  return { catalogue, matchItem: memoized };
}
