import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lintText } from '../engine/lint.js';
import type { Finding } from '../engine/findings.js';
import type { Locale, RuleMeta } from '../engine/rule.js';
import { builtinRules } from '../../rules/index.js';
import { loadRuleDoc } from '../files/rule-docs.js';
import { CONFIG_FILE_NAMES, ConfigError, ConfigResolver, lintOptionsFor, type EffectiveConfig } from '../config/index.js';

/** The language a client asks for: English for any en* locale, Chinese otherwise. */
export function clientLocale(locale: string | undefined): Locale {
  return locale && /^en\b/i.test(locale) ? 'en' : 'zh-CN';
}

export interface WorkspaceOptions {
  /** The workspace folder: untitled documents are linted with its configuration. */
  root: string;
  /** The client's UI language (InitializeParams.locale). */
  clientLocale: Locale;
  /** A configuration file to use alone, like --config. */
  configFile?: string;
  /** Report info-level findings too (default true: an editor shows them as hints, unobtrusively). */
  includeInfo?: boolean;
}

/** One document's last lint: the findings with what the code actions and hovers need about them. */
export interface DocumentLint {
  uri: string;
  version: number;
  /** Findings with offsets into the document's text (BOM-less, like the editor's). */
  findings: Finding[];
  /** The configuration's locale when it names one, else the client's. */
  locale: Locale;
  /** Metadata of the rules that ran, by id (code links, hovers). */
  metas: Map<string, RuleMeta>;
  /** The configuration could not be used, or linting crashed: the document shows this instead of findings. */
  problem?: string;
  /** The configuration's ignores exclude the file. */
  ignored: boolean;
}

/** A file whose change means the configuration or a catalogue may differ: configs and YAML catalogues. */
export function isConfigOrCatalogue(file: string): boolean {
  const name = path.basename(file);
  return (CONFIG_FILE_NAMES as readonly string[]).includes(name) || /^(policylint\.config|\.policylintrc)\.[cm]?js$/.test(name) || /\.ya?ml$/i.test(name);
}

/**
 * The linting side of the server: one ConfigResolver (it caches configuration files, resolved rules
 * and catalogues) shared by all documents, dropped when a config or catalogue file changes.
 * Linting a document re-parses that document only.
 */
export class LintWorkspace {
  private resolver?: ConfigResolver;

  constructor(readonly options: WorkspaceOptions) {}

  /** Forget cached configuration and catalogues (a watched file changed). */
  reset(): void {
    this.resolver = undefined;
  }

  /** The path a document is linted as: its file, or a name in the workspace root for untitled buffers. */
  filePathOf(uri: string): { filePath: string; onDisk: boolean } {
    if (uri.startsWith('file:')) return { filePath: fileURLToPath(uri), onDisk: true };
    return { filePath: path.join(this.options.root, '<untitled>'), onDisk: false };
  }

  /** Created on first use and after reset(), so a broken --config file is reported per document. */
  private getResolver(): ConfigResolver {
    this.resolver ??= new ConfigResolver({ cwd: this.options.root, configFile: this.options.configFile, includeInfo: this.options.includeInfo ?? true });
    return this.resolver;
  }

  /**
   * Configurations written as modules (.mjs configs, plugins) load asynchronously: preload runs
   * before the synchronous lint.
   */
  async prepare(uri: string): Promise<void> {
    await this.getResolver().preload([this.filePathOf(uri).filePath]);
  }

  lint(document: TextDocument): DocumentLint {
    const { uri, version } = document;
    const { filePath, onDisk } = this.filePathOf(uri);
    const base = { uri, version, findings: [] as Finding[], metas: new Map<string, RuleMeta>(), ignored: false };
    let config: EffectiveConfig;
    try {
      config = this.getResolver().forFile(filePath);
    } catch (error) {
      if (error instanceof ConfigError) {
        const locale = error.configLocale ?? this.options.clientLocale;
        return { ...base, locale, problem: error.format(locale) };
      }
      throw error;
    }
    const locale = config.locale ?? this.options.clientLocale;
    if (onDisk && config.isIgnored(filePath)) return { ...base, locale, ignored: true };

    const text = document.getText();
    let findings: Finding[];
    try {
      ({ findings } = lintText(text, lintOptionsFor(config, filePath, locale)));
    } catch (error) {
      // As on the command line: one document that breaks the parser is reported, the server goes on.
      const message = (error as Error).message;
      return { ...base, locale, problem: locale === 'en' ? `internal error while linting this file: ${message}` : `检查此文件时发生内部错误：${message}` };
    }
    // lintText reports offsets into the BOM-less text; a buffer that kept its BOM is one unit longer.
    const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    if (shift) for (const f of findings) shiftFinding(f, shift);
    const metas = new Map<string, RuleMeta>();
    for (const { rule } of config.rules) metas.set(rule.meta.id, rule.meta);
    return { ...base, findings, locale, metas };
  }
}

function shiftFinding(f: Finding, by: number): void {
  f.range = { start: f.range.start + by, end: f.range.end + by };
  if (f.fix) f.fix = { ...f.fix, range: [f.fix.range[0] + by, f.fix.range[1] + by] };
  for (const s of f.suggestions ?? []) s.fix = { ...s.fix, range: [s.fix.range[0] + by, s.fix.range[1] + by] };
}

/** The rule's metadata: from the document's configuration, else the built-in rules. */
export function ruleMeta(lint: DocumentLint, ruleId: string): RuleMeta | undefined {
  return lint.metas.get(ruleId) ?? builtinRules.find((r) => r.meta.id === ruleId)?.meta;
}

/** Where a rule's doc page is: a plugin's docs URL, or the file URL of rules/<id>.md. */
export function ruleDocHref(meta: RuleMeta): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(meta.docs)) return meta.docs;
  const doc = loadRuleDoc(meta);
  return doc ? pathToFileURL(doc.path).href : undefined;
}
