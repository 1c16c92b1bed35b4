import type { Level } from '../model/types.js';

/** A document the registry knows: its title, 文号 and date, with how sure we are of them. */
export interface KnownDocument {
  /** Stable id (e.g. jiangsu-future-industry-2023). */
  id: string;
  title: string;
  /** Other ways the title is cited (《省政府关于加快培育发展未来产业的指导意见》). */
  titleAliases: string[];
  issuer: string;
  /** Ways the issuer is named in text (江苏省政府, 省政府). */
  issuerAliases: string[];
  /** Province the issuer belongs to (for resolving 省政府 in a document of that province). */
  province?: string;
  /** Region (city or province) the issuer governs (for resolving 市政府 and short titles such as 《工作意见》). */
  region?: string;
  level: Level;
  docNumber?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: as precise as the sources allow. */
  date?: string;
  /** What the date is: 成文 (signing) or 发布 (publication). */
  dateKind?: 'signed' | 'published' | 'reported';
  /** Publication date when it differs from `date` (YYYY-MM-DD). */
  published?: string;
  /** What is known and unknown about the date (an upper bound, conflicting reports). */
  dateNote?: string;
  /**
   * Phrases that cite the document in running text without its full title, compared after quotes
   * and title brackets are removed (“十四五”规划《纲要》 → 十四五规划纲要).
   */
  citedAs?: string[];
  /** Planning period named by the document (2024—2026). */
  period?: { start: number; end: number };
  /** Ids of documents this one implements (a provincial guidance implementing the 十四五 纲要). */
  implements: string[];
  verified: boolean;
  source: string;
}

export interface CatalogueItem {
  name: string;
  aliases: string[];
  /** For a composite item (氢能与新型储能): the names of the items it joins. */
  composite?: string[];
  verified: boolean;
  note?: string;
}

export interface CatalogueGroup {
  id: string;
  /** The part of the label this group fills: "10" or "X". */
  label: string;
  name: string;
  /** Words that name the group in text (成长型, 成长性, 前沿, 前瞻性). */
  keywords: string[];
  items: CatalogueItem[];
  verified: boolean;
}

export interface Catalogue {
  id: string;
  name: string;
  issuer: string;
  level: Level;
  scope: { province?: string; region?: string };
  /** How the catalogue is named in text: "10+X", "5+X". */
  label?: string;
  /** The catalogue this one aligns with, if any. */
  parent?: string;
  document: KnownDocument;
  groups: CatalogueGroup[];
  /** Where the data came from (file path), for messages. */
  file: string;
}

export interface CatalogueSet {
  catalogues: Catalogue[];
  /** Every known document: the catalogues' issuing documents plus the registry. */
  documents: KnownDocument[];
}

export const EMPTY_CATALOGUES: CatalogueSet = { catalogues: [], documents: [] };
