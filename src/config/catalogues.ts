import { statSync } from 'node:fs';
import path from 'node:path';
import type { Locale, LocalizedText } from '../engine/rule.js';
import type { CatalogueSet } from '../catalogue/types.js';
import { loadCatalogueFiles, loadShippedCatalogues } from '../files/catalogues.js';
import { ConfigError } from './errors.js';
import { CONFIG_MESSAGES, displayPath, same } from './messages.js';

/** A catalogue file a config names: where it is, and which config and entry named it (for messages). */
export interface CatalogueEntry {
  file: string;
  from: string;
  index: number;
}

let shipped: CatalogueSet | undefined;

function shippedCatalogues(): CatalogueSet {
  shipped ??= loadShippedCatalogues();
  return shipped;
}

/** The shipped catalogues plus the files the configuration names; a missing or broken file is a ConfigError. */
export function loadConfigCatalogues(entries: CatalogueEntry[], locale: Locale | undefined, cwd: string): CatalogueSet {
  const base = shippedCatalogues();
  if (entries.length === 0) return base;
  const missing: LocalizedText[] = [];
  for (const e of entries) {
    if (!statSync(e.file, { throwIfNoEntry: false })?.isFile()) {
      const where = `${e.from}: catalogues[${e.index}]`;
      const name = displayPath(e.file, cwd);
      missing.push(CONFIG_MESSAGES.catalogueNotFound(where, name));
    }
  }
  if (missing.length) throw new ConfigError(missing, locale);
  const files = [...new Set(entries.map((e) => e.file))];
  const { set, problems } = loadCatalogueFiles(files, base);
  if (problems.length) {
    throw new ConfigError(
      problems.map((p) => {
        const where = `${displayPath(path.resolve(cwd, p.file), cwd)}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}`;
        return CONFIG_MESSAGES.at(where, p.localized ?? same(p.message));
      }),
      locale,
    );
  }
  return set;
}
