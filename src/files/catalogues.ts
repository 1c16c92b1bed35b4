import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalogue, CatalogueSet, KnownDocument } from '../catalogue/types.js';
import { buildCatalogueSet, checkCatalogueSet, mergeCatalogueSets, parseCatalogueYaml, type CatalogueProblem, type ParsedCatalogueFile } from '../catalogue/parse.js';

export interface CatalogueLoadProblem {
  file: string;
  line?: number;
  column?: number;
  /** English message with the JSON path: "groups[0].items[1].name: is required but missing". */
  message: string;
  /** Readable JSON path, '' for YAML syntax and file errors. */
  path?: string;
  /** The message in each locale. */
  localized?: { 'zh-CN': string; en: string };
}

function toLoadProblem(p: CatalogueProblem): CatalogueLoadProblem {
  const out: CatalogueLoadProblem = { file: p.file, message: p.message.en, path: p.path, localized: p.message };
  if (p.line !== undefined) out.line = p.line;
  if (p.column !== undefined) out.column = p.column;
  return out;
}

/**
 * The package root: the nearest folder above this module with a package.json. The module runs from
 * src/files/ (vitest, tsx) and from dist/src/files/ (after tsc), so the depth is not fixed.
 */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'catalogues'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('policylint: cannot find the package folder with catalogues/');
    dir = up;
  }
}

let shipped: CatalogueSet | undefined;

/**
 * The catalogues and known documents shipped in the package's `catalogues/` folder, read once.
 * A problem in shipped data is a packaging bug, so it throws (the tests keep the data valid).
 */
export function loadShippedCatalogues(): CatalogueSet {
  if (shipped) return shipped;
  const folder = join(packageRoot(), 'catalogues');
  // Shipped catalogues name their file relative to the package, as the docs do.
  const files = readdirSync(folder).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => ({ path: join(folder, f), name: `catalogues/${f}` }));
  const { catalogues, documents, problems } = readFiles(files, parsedAtBuild());
  const set = buildCatalogueSet(catalogues, documents);
  problems.push(...checkCatalogueSet(set).map(toLoadProblem));
  if (problems.length) {
    throw new Error(`policylint: invalid shipped catalogue data:\n${problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`).join('\n')}`);
  }
  shipped = set;
  return set;
}

/**
 * Add user catalogue files (YAML) to a set: a catalogue with the same id as one in the base replaces
 * it, registry documents with the same id replace the base's. Problems are returned, never thrown;
 * a file with problems contributes nothing.
 */
export function loadCatalogueFiles(files: string[], base: CatalogueSet): { set: CatalogueSet; problems: CatalogueLoadProblem[] } {
  const { catalogues, documents, problems } = readFiles(files.map((f) => ({ path: resolve(f), name: f })));
  if (!catalogues.length && !documents.length) return { set: base, problems };
  const set = mergeCatalogueSets(base, catalogues, documents);
  problems.push(...checkCatalogueSet(set).filter((p) => catalogues.some((c) => c.file === p.file)).map(toLoadProblem));
  return { set, problems };
}

/** Where the build step (scripts/parse-shipped-catalogues.mjs) leaves the shipped files' parse results. */
export const PARSED_CATALOGUES_FILE = 'shipped-catalogues.json';

/** A shipped file's text and what parseCatalogueYaml made of it at build time. */
export interface ParsedAtBuild {
  text: string;
  parsed: ParsedCatalogueFile;
}

/**
 * The shipped catalogues as parsed at build time, by display name: YAML parsing and validation
 * cost more than the rest of start-up's catalogue work. Used only for a file whose text is still
 * the same; empty when running from the sources.
 */
function parsedAtBuild(): Map<string, ParsedAtBuild> {
  try {
    const file = join(dirname(fileURLToPath(import.meta.url)), PARSED_CATALOGUES_FILE);
    return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, ParsedAtBuild>));
  } catch {
    return new Map();
  }
}

function readFiles(files: { path: string; name: string }[], prebuilt = new Map<string, ParsedAtBuild>()): { catalogues: Catalogue[]; documents: KnownDocument[]; problems: CatalogueLoadProblem[] } {
  const catalogues: Catalogue[] = [];
  const documents: KnownDocument[] = [];
  const problems: CatalogueLoadProblem[] = [];
  for (const { path, name: file } of files) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
      problems.push({ file, path: '', message: `cannot read catalogue file: ${reason}`, localized: { 'zh-CN': `无法读取目录文件：${reason}`, en: `cannot read catalogue file: ${reason}` } });
      continue;
    }
    const built = prebuilt.get(file);
    const parsed = built && built.text === text ? built.parsed : parseCatalogueYaml(text, file);
    problems.push(...parsed.problems.map(toLoadProblem));
    if (parsed.catalogue && !parsed.problems.length) catalogues.push(parsed.catalogue);
    if (parsed.documents) documents.push(...parsed.documents);
  }
  return { catalogues, documents, problems };
}
