import type { Document, Node as YamlNode } from 'yaml';
import { yaml } from '../parse/yaml.js';
import catalogueSchema from '../../schemas/catalogue.schema.json' with { type: 'json' };
import knownDocumentsSchema from '../../schemas/known-documents.schema.json' with { type: 'json' };
import { validateWithSchema } from '../schema/validator.js';
import type { Catalogue, CatalogueSet, KnownDocument } from './types.js';

/** A problem in a catalogue or registry file, placed at its line when the YAML node is known. */
export interface CatalogueProblem {
  file: string;
  line?: number;
  column?: number;
  /** Readable JSON path (groups[1].items[0].name), or '' for YAML syntax errors. */
  path: string;
  message: { 'zh-CN': string; en: string };
}

export interface ParsedCatalogueFile {
  /** Set when the file is a catalogue (and valid). */
  catalogue?: Catalogue;
  /** Set when the file is a known-document registry (a top-level `documents` list) and valid. */
  documents?: KnownDocument[];
  problems: CatalogueProblem[];
}

/**
 * Parse one catalogue YAML file. Pure: text in, data and problems out; nothing is thrown.
 * A file with a top-level `documents` key is a known-document registry; any other file is a catalogue.
 * A file with problems yields no data, so a half-valid catalogue never reaches the rules.
 */
export function parseCatalogueYaml(text: string, file: string): ParsedCatalogueFile {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const where = (offset: number | undefined) => {
    if (offset === undefined) return {};
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length) {
    return {
      problems: doc.errors.map((e) => {
        const first = e.message.split('\n')[0];
        return { file, ...where(e.pos[0]), path: '', message: { 'zh-CN': `YAML 语法错误：${first}`, en: `YAML syntax error: ${first}` } };
      }),
    };
  }
  const data: unknown = doc.toJS();
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return {
      problems: [{ file, line: 1, column: 1, path: '', message: { 'zh-CN': '目录文件应为键值映射', en: 'a catalogue file must be a mapping of keys to values' } }],
    };
  }
  const isRegistry = 'documents' in data;
  if (!isRegistry) coerceGroupLabels(data as Record<string, unknown>);
  const schema = isRegistry ? knownDocumentsSchema : catalogueSchema;
  const problems = validateWithSchema(schema, data).map((p): CatalogueProblem => ({
    file,
    ...where(offsetOf(doc, p.pointer)),
    path: p.path,
    message: { 'zh-CN': `${p.path}：${p.message['zh-CN']}`, en: `${p.path}: ${p.message.en}` },
  }));
  if (problems.length) return { problems };
  if (isRegistry) return { documents: (data as { documents: KnownDocument[] }).documents, problems };
  const catalogue = { ...(data as Omit<Catalogue, 'file'>), file };
  return { catalogue, problems: checkCatalogue(catalogue, doc, where) };
}

// YAML reads an unquoted group label 10 as a number; the label is text ("10", "X").
function coerceGroupLabels(data: Record<string, unknown>): void {
  if (!Array.isArray(data.groups)) return;
  for (const g of data.groups) {
    if (g && typeof g === 'object' && typeof (g as Record<string, unknown>).label === 'number') {
      (g as Record<string, unknown>).label = String((g as Record<string, unknown>).label);
    }
  }
}

/** Checks the schema cannot express: unique group ids, composites that name their parts. */
function checkCatalogue(
  catalogue: Catalogue,
  doc: Document,
  where: (offset: number | undefined) => { line?: number; column?: number },
): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const seenGroups = new Set<string>();
  catalogue.groups.forEach((g, gi) => {
    if (seenGroups.has(g.id)) {
      const pointer = `/groups/${gi}/id`;
      problems.push({
        file: catalogue.file,
        ...where(offsetOf(doc, pointer)),
        path: `groups[${gi}].id`,
        message: { 'zh-CN': `groups[${gi}].id：分组 id「${g.id}」重复`, en: `groups[${gi}].id: group id "${g.id}" is used twice` },
      });
    }
    seenGroups.add(g.id);
  });
  return problems;
}

/**
 * Source offset of the YAML node an ajv pointer names: a scalar value itself, the key of a nested
 * mapping or list, and for a missing key the mapping that lacks it.
 */
function offsetOf(doc: Document, pointer: string): number | undefined {
  const { isMap, isPair, isScalar, isSeq } = yaml();
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = doc.contents;
  let at = rangeStart(node);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const isLast = i === parts.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((it) => isPair(it) && isScalar(it.key) && String(it.key.value) === part);
      if (!pair) return at;
      const keyAt = rangeStart(pair.key);
      node = pair.value;
      at = isLast && !isScalar(node) ? keyAt : rangeStart(node) ?? keyAt;
    } else if (isSeq(node)) {
      node = node.items[Number(part)];
      at = rangeStart(node) ?? at;
    } else {
      return at;
    }
  }
  return at;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as YamlNode | null)?.range;
  return range ? range[0] : undefined;
}

/**
 * Build a set: catalogues by id (a later one with the same id replaces an earlier one), documents by
 * id, and each catalogue's issuing document added to `documents`.
 */
export function buildCatalogueSet(catalogues: Catalogue[], documents: KnownDocument[]): CatalogueSet {
  const byId = new Map<string, Catalogue>();
  for (const c of catalogues) byId.set(c.id, c);
  const docs = new Map<string, KnownDocument>();
  for (const d of documents) docs.set(d.id, d);
  for (const c of byId.values()) docs.set(c.document.id, c.document);
  return { catalogues: [...byId.values()], documents: [...docs.values()] };
}

/** Add catalogues and documents to a set; same ids replace the base's. */
export function mergeCatalogueSets(base: CatalogueSet, catalogues: Catalogue[], documents: KnownDocument[]): CatalogueSet {
  const replaced = new Set(catalogues.map((c) => c.id));
  const replacedDocs = new Set(base.catalogues.filter((c) => replaced.has(c.id)).map((c) => c.document.id));
  return buildCatalogueSet(
    [...base.catalogues.filter((c) => !replaced.has(c.id)), ...catalogues],
    [...base.documents.filter((d) => !replacedDocs.has(d.id)), ...documents],
  );
}

/** Problems of a whole set: a `parent` that names no catalogue in it. */
export function checkCatalogueSet(set: CatalogueSet): CatalogueProblem[] {
  const ids = new Set(set.catalogues.map((c) => c.id));
  return set.catalogues
    .filter((c) => c.parent && !ids.has(c.parent))
    .map((c) => ({
      file: c.file,
      path: 'parent',
      message: {
        'zh-CN': `parent：上级目录「${c.parent}」不存在；已有的目录：${[...ids].join(', ')}`,
        en: `parent: no catalogue "${c.parent}"; known catalogues: ${[...ids].join(', ')}`,
      },
    }));
}
