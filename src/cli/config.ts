import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { parseDocument } from 'yaml';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import { validateWithSchema } from '../schema/validator.js';
import { resolveRules, closest, RuleConfigError, type ResolvedRule, type RuleSetting } from '../engine/rule-settings.js';
import { LOCALES, SEVERITIES, type Locale, type LocalizedText, type Rule } from '../engine/rule.js';
import type { CatalogueSet } from '../catalogue/types.js';
import { builtinRules } from '../../rules/index.js';
import { loadCatalogueFiles, loadShippedCatalogues } from '../files/catalogues.js';
import { ALWAYS_IGNORED } from '../files/discover.js';

/** Looked for in this order in each directory; the first one present is that directory's config. */
export const CONFIG_FILE_NAMES = [
  'policylint.config.json',
  'policylint.config.yaml',
  'policylint.config.yml',
  '.policylintrc.json',
  '.policylintrc.yaml',
  '.policylintrc.yml',
] as const;

export interface PolicylintConfig {
  root?: boolean;
  locale?: Locale;
  rules?: Record<string, RuleSetting>;
  catalogues?: string[];
  ignores?: string[];
}

export interface ConfigFile {
  /** Absolute path. */
  path: string;
  dir: string;
  config: PolicylintConfig;
}

/** A configuration that cannot be used: every line names the file, where in it, and what is wrong. */
export class ConfigError extends Error {
  constructor(
    readonly problems: LocalizedText[],
    /** The locale the broken file asked for, when it said so validly: messages then speak it. */
    readonly configLocale?: Locale,
  ) {
    super(problems.map((p) => p.en).join('\n'));
    this.name = 'ConfigError';
  }

  format(locale: Locale): string {
    return this.problems.map((p) => p[locale]).join('\n');
  }
}

const same = (text: string): LocalizedText => ({ 'zh-CN': text, en: text });

/**
 * Parse and validate one configuration file's text. `display` is how the file is named in
 * messages (relative to the working directory). Rule ids and rule options are checked here, so a
 * problem is reported against the file that has it, not against a merged result.
 */
export function parseConfig(text: string, filePath: string, display = path.basename(filePath), rules: readonly Rule<never>[] = builtinRules): ConfigFile {
  const data = parseConfigData(text, filePath, display);
  const configLocale = typeof data === 'object' && data && LOCALES.includes((data as PolicylintConfig).locale as Locale) ? (data as PolicylintConfig).locale : undefined;
  const problems = checkConfigData(data, display);
  if (problems.length) throw new ConfigError(problems, configLocale);
  const config = (data ?? {}) as PolicylintConfig;
  try {
    resolveRules(rules, config.rules ?? {}, true);
  } catch (error) {
    if (error instanceof RuleConfigError) throw new ConfigError([describeRuleError(error, display, rules)], configLocale);
    throw error;
  }
  return { path: filePath, dir: path.dirname(filePath), config };
}

export function loadConfigFile(filePath: string, cwd = process.cwd(), rules: readonly Rule<never>[] = builtinRules): ConfigFile {
  const display = displayPath(filePath, cwd);
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new ConfigError([
      { 'zh-CN': `${display}: 无法读取配置文件（${code || (error as Error).message}）`, en: `${display}: cannot read the configuration file (${code || (error as Error).message})` },
    ]);
  }
  return parseConfig(text.replace(/^\uFEFF/, ''), filePath, display, rules);
}

function parseConfigData(text: string, filePath: string, display: string): unknown {
  if (filePath.endsWith('.json')) {
    try {
      return JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      const at = /at position (\d+)/.exec(message);
      const where = at ? `:${lineColumn(text, Number(at[1]))}` : '';
      const cause = message.replace(/\s*in JSON at position \d+.*$/s, '');
      throw new ConfigError([{ 'zh-CN': `${display}${where}: JSON 语法错误：${cause}`, en: `${display}${where}: invalid JSON: ${cause}` }]);
    }
  }
  const doc = parseDocument(text);
  if (doc.errors.length) {
    const e = doc.errors[0];
    const where = e.linePos ? `:${e.linePos[0].line}:${e.linePos[0].col}` : '';
    const cause = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError([{ 'zh-CN': `${display}${where}: YAML 语法错误：${cause}`, en: `${display}${where}: invalid YAML: ${cause}` }]);
  }
  return doc.toJS();
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

/** Schema problems, with rule settings checked by hand so the message says what a setting may be. */
function checkConfigData(data: unknown, display: string): LocalizedText[] {
  if (data === null || data === undefined) return [];
  const problems: LocalizedText[] = [];
  for (const p of validateWithSchema(configSchema, data)) {
    // Problems inside one rule's setting are described below, more plainly than anyOf can.
    if (/^\/rules\/./.test(p.pointer)) continue;
    problems.push({ 'zh-CN': `${display}: ${p.path}: ${p.message['zh-CN']}`, en: `${display}: ${p.path}: ${p.message.en}` });
  }
  const rules = (data as PolicylintConfig).rules;
  if (rules && typeof rules === 'object' && !Array.isArray(rules)) {
    for (const [id, setting] of Object.entries(rules)) {
      const problem = checkRuleSetting(setting);
      if (problem) {
        const where = `rules[${JSON.stringify(id)}]${problem.index !== undefined ? `[${problem.index}]` : ''}`;
        problems.push({ 'zh-CN': `${display}: ${where}: ${problem.text['zh-CN']}`, en: `${display}: ${where}: ${problem.text.en}` });
      }
    }
  }
  return problems;
}

function show(value: unknown): string {
  const s = JSON.stringify(value);
  return s === undefined ? String(value) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function checkRuleSetting(setting: unknown): { text: LocalizedText; index?: number } | undefined {
  const allowedEn = SEVERITIES.join(', ');
  const allowedZh = SEVERITIES.join('、');
  const badSeverity = (found: unknown, index?: number) => ({
    index,
    text: { 'zh-CN': `严重级别应为 ${allowedZh} 之一（实际为 ${show(found)}）`, en: `severity must be one of ${allowedEn} (found ${show(found)})` },
  });
  if (typeof setting === 'string') return SEVERITIES.includes(setting as never) ? undefined : badSeverity(setting);
  if (Array.isArray(setting) && setting.length >= 1 && setting.length <= 2) {
    if (typeof setting[0] !== 'string' || !SEVERITIES.includes(setting[0] as never)) return badSeverity(setting[0], 0);
    const options = setting[1];
    if (setting.length === 2 && (options === null || typeof options !== 'object' || Array.isArray(options))) {
      return { index: 1, text: { 'zh-CN': `规则选项应为对象（实际为 ${show(options)}）`, en: `options must be an object (found ${show(options)})` } };
    }
    return undefined;
  }
  return {
    text: {
      'zh-CN': `应为严重级别（${allowedZh}）或 [严重级别, 选项]（实际为 ${show(setting)}）`,
      en: `must be a severity (${allowedEn}) or [severity, options] (found ${show(setting)})`,
    },
  };
}

function describeRuleError(error: RuleConfigError, display: string, rules: readonly Rule<never>[]): LocalizedText {
  const known = rules.some((r) => r.meta.id === error.ruleId);
  if (!known) {
    const hint = closest(error.ruleId, rules.map((r) => r.meta.id));
    return {
      'zh-CN': `${display}: rules[${JSON.stringify(error.ruleId)}]: 未知的规则 "${error.ruleId}"${hint ? `；是否是指 "${hint}"？` : ''}`,
      en: `${display}: rules[${JSON.stringify(error.ruleId)}]: unknown rule "${error.ruleId}"${hint ? `; did you mean "${hint}"?` : ''}`,
    };
  }
  const first = error.problems[0];
  if (!first) return same(`${display}: ${error.message}`);
  const where = `rules[${JSON.stringify(error.ruleId)}][1]${first.path === '(root)' ? '' : first.path.startsWith('[') ? first.path : `.${first.path}`}`;
  return { 'zh-CN': `${display}: ${where}: ${first.message['zh-CN']}`, en: `${display}: ${where}: ${first.message.en}` };
}

export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

/** Everything one linted file needs from its configuration, shared by all files under the same config files. */
export interface EffectiveConfig {
  /** Configuration files applied, nearest first (empty when none was found). */
  files: string[];
  /** The locale the configuration asks for, if any. */
  locale?: Locale;
  rules: ResolvedRule[];
  catalogues: CatalogueSet;
  /** Whether a config's `ignores` excludes this (absolute) file. */
  isIgnored(file: string): boolean;
}

export interface ConfigResolverOptions {
  cwd?: string;
  /** --config: use this file alone, no lookup. */
  configFile?: string;
  /** Run info-level rules too (--info). */
  includeInfo?: boolean;
  /** Rules to configure; the built-in rules by default. */
  rules?: readonly Rule<never>[];
}

let shipped: CatalogueSet | undefined;

function shippedCatalogues(): CatalogueSet {
  shipped ??= loadShippedCatalogues();
  return shipped;
}

/**
 * Finds and merges configuration files. Everything expensive (reading, validating, resolving
 * rules, loading catalogues, expanding ignores) is cached per configuration file or chain of
 * files, never per linted file.
 */
export class ConfigResolver {
  readonly cwd: string;
  private readonly includeInfo: boolean;
  private readonly rules: readonly Rule<never>[];
  private readonly explicit?: string;
  private readonly dirConfig = new Map<string, string | null>();
  private readonly loaded = new Map<string, ConfigFile>();
  private readonly chains = new Map<string, EffectiveConfig>();
  private readonly dirEffective = new Map<string, EffectiveConfig>();
  private readonly ignoreSets = new Map<string, Set<string>>();

  constructor(options: ConfigResolverOptions = {}) {
    this.cwd = path.resolve(options.cwd ?? process.cwd());
    this.includeInfo = options.includeInfo ?? false;
    this.rules = options.rules ?? builtinRules;
    if (options.configFile) {
      const file = path.resolve(this.cwd, options.configFile);
      if (!existsSync(file)) {
        const display = displayPath(file, this.cwd);
        throw new ConfigError([{ 'zh-CN': `${display}: 找不到配置文件`, en: `${display}: configuration file not found` }]);
      }
      this.explicit = file;
    }
  }

  /** The configuration for a file to lint (absolute path). */
  forFile(file: string): EffectiveConfig {
    return this.forDirectory(path.dirname(path.resolve(this.cwd, file)));
  }

  forDirectory(dir: string): EffectiveConfig {
    const abs = path.resolve(this.cwd, dir);
    let effective = this.dirEffective.get(abs);
    if (!effective) {
      const chain = this.explicit ? [this.load(this.explicit)] : this.chainFrom(abs);
      const key = chain.map((c) => c.path).join('\0');
      effective = this.chains.get(key);
      if (!effective) {
        effective = this.merge(chain);
        this.chains.set(key, effective);
      }
      this.dirEffective.set(abs, effective);
    }
    return effective;
  }

  private load(file: string): ConfigFile {
    let c = this.loaded.get(file);
    if (!c) {
      c = loadConfigFile(file, this.cwd, this.rules);
      this.loaded.set(file, c);
    }
    return c;
  }

  /** Config files from `dir` upward, nearest first, up to one with `root: true` or the filesystem root. */
  private chainFrom(dir: string): ConfigFile[] {
    const chain: ConfigFile[] = [];
    for (let d = dir; ; ) {
      const file = this.configIn(d);
      if (file) {
        const c = this.load(file);
        chain.push(c);
        if (c.config.root === true) break;
      }
      const parent = path.dirname(d);
      if (parent === d) break;
      d = parent;
    }
    return chain;
  }

  private configIn(dir: string): string | null {
    let found = this.dirConfig.get(dir);
    if (found === undefined) {
      found = null;
      for (const name of CONFIG_FILE_NAMES) {
        const candidate = path.join(dir, name);
        if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) {
          found = candidate;
          break;
        }
      }
      this.dirConfig.set(dir, found);
    }
    return found;
  }

  /** Nearer files win: a rule set in both takes the nearer setting (keeping farther options when the nearer gives only a severity). */
  private merge(chain: ConfigFile[]): EffectiveConfig {
    const settings: Record<string, RuleSetting> = {};
    const catalogueFiles: { file: string; from: ConfigFile; index: number }[] = [];
    let locale: Locale | undefined;
    for (const c of [...chain].reverse()) {
      const { config } = c;
      if (config.locale) locale = config.locale;
      for (const [id, setting] of Object.entries(config.rules ?? {})) settings[id] = overlay(settings[id], setting);
      (config.catalogues ?? []).forEach((f, index) => catalogueFiles.push({ file: path.resolve(c.dir, f), from: c, index }));
    }
    const display = chain[0] ? displayPath(chain[0].path, this.cwd) : '<defaults>';
    let rules: ResolvedRule[];
    try {
      rules = resolveRules(this.rules, settings, this.includeInfo);
    } catch (error) {
      if (error instanceof RuleConfigError) throw new ConfigError([describeRuleError(error, display, this.rules)], locale);
      throw error;
    }
    const catalogues = this.catalogues(catalogueFiles, locale);
    const ignoring = chain.filter((c) => c.config.ignores?.length);
    return {
      files: chain.map((c) => c.path),
      locale,
      rules,
      catalogues,
      isIgnored: (file: string) => ignoring.some((c) => this.ignoredBy(c).has(path.resolve(file))),
    };
  }

  private catalogues(entries: { file: string; from: ConfigFile; index: number }[], locale: Locale | undefined): CatalogueSet {
    const base = shippedCatalogues();
    if (entries.length === 0) return base;
    const missing: LocalizedText[] = [];
    for (const e of entries) {
      if (!statSync(e.file, { throwIfNoEntry: false })?.isFile()) {
        const where = `${displayPath(e.from.path, this.cwd)}: catalogues[${e.index}]`;
        const name = displayPath(e.file, this.cwd);
        missing.push({ 'zh-CN': `${where}: 找不到目录文件 ${name}`, en: `${where}: catalogue file not found: ${name}` });
      }
    }
    if (missing.length) throw new ConfigError(missing, locale);
    const files = [...new Set(entries.map((e) => e.file))];
    const { set, problems } = loadCatalogueFiles(files, base);
    if (problems.length) {
      throw new ConfigError(
        problems.map((p) => {
          const where = `${displayPath(path.resolve(this.cwd, p.file), this.cwd)}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}`;
          const text = p.localized ?? same(p.message);
          return { 'zh-CN': `${where}: ${text['zh-CN']}`, en: `${where}: ${text.en}` };
        }),
        locale,
      );
    }
    return set;
  }

  /**
   * The files a config's `ignores` names, expanded once with the same glob engine as the
   * command line. A pattern also covers everything under it, so `drafts` ignores a directory.
   */
  private ignoredBy(c: ConfigFile): Set<string> {
    let set = this.ignoreSets.get(c.path);
    if (!set) {
      const patterns: string[] = [];
      for (const raw of c.config.ignores ?? []) {
        const negated = raw.startsWith('!');
        const p = (negated ? raw.slice(1) : raw).replace(/^\.\//, '').replace(/\/+$/, '');
        if (!p) continue;
        for (const q of [p, `${p}/**`]) patterns.push(negated ? `!${q}` : q);
      }
      const found = patterns.some((p) => !p.startsWith('!'))
        ? fg.sync(patterns, { cwd: c.dir, absolute: true, dot: true, onlyFiles: true, ignore: ALWAYS_IGNORED })
        : [];
      set = new Set(found.map((f) => path.normalize(f)));
      this.ignoreSets.set(c.path, set);
    }
    return set;
  }
}

function overlay(farther: RuleSetting | undefined, nearer: RuleSetting): RuleSetting {
  const nearerSeverity = Array.isArray(nearer) ? nearer[0] : nearer;
  const nearerHasOptions = Array.isArray(nearer) && nearer.length > 1;
  if (!nearerHasOptions && Array.isArray(farther) && farther.length > 1) return [nearerSeverity, farther[1] as Record<string, unknown>];
  return nearer;
}
