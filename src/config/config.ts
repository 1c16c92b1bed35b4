import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { yaml } from '../parse/yaml.js';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import { validateWithSchema } from '../schema/validator.js';
import { packageVersion } from '../files/package-info.js';
import type { LintOptions } from '../engine/lint.js';
import { resolveRules, closest, RuleConfigError, type ResolvedRule, type RuleSetting } from '../engine/rule-settings.js';
import { LOCALES, SEVERITIES, type Locale, type LocalizedText, type Rule } from '../engine/rule.js';
import type { CatalogueSet } from '../catalogue/types.js';
import { builtinRules } from '../../rules/index.js';
import { loadCatalogueFiles, loadShippedCatalogues } from '../files/catalogues.js';
import { ALWAYS_IGNORED } from '../files/discover.js';
import { PRESET_NAMES, presetRules, type PresetName } from '../engine/presets.js';
import type { UnusedDirectiveSetting } from '../engine/directives.js';
import { importModule, PluginProblem, readPlugin, resolveModule, type LoadedPlugin } from './plugins.js';

/** Looked for in this order in each directory; the first one present is that directory's config. */
export const CONFIG_FILE_NAMES = [
  'policylint.config.json',
  'policylint.config.yaml',
  'policylint.config.yml',
  '.policylintrc.json',
  '.policylintrc.yaml',
  '.policylintrc.yml',
  'policylint.config.mjs',
] as const;

/** A package.json is a config when it has this key (looked at after the files above). */
export const PACKAGE_JSON_KEY = 'policylint';

export interface ConfigOverride {
  files: string | string[];
  excludedFiles?: string | string[];
  rules?: Record<string, RuleSetting>;
  settings?: Record<string, unknown>;
  locale?: Locale;
}

export interface PolicylintConfig {
  root?: boolean;
  locale?: Locale;
  rules?: Record<string, RuleSetting>;
  catalogues?: string[];
  ignores?: string[];
  extends?: string | string[];
  plugins?: Record<string, string>;
  settings?: Record<string, unknown>;
  overrides?: ConfigOverride[];
  reportUnusedDisableDirectives?: UnusedDirectiveSetting;
}

export interface ConfigFile {
  /** Absolute path. */
  path: string;
  dir: string;
  config: PolicylintConfig;
  /** How messages name the file (relative to the working directory). */
  display?: string;
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
  return checkConfig(parseConfigData(text, filePath, display), filePath, display, rules);
}

/** Validate configuration data however it was read (JSON, YAML, an .mjs module, a package.json key). */
export function checkConfig(data: unknown, filePath: string, display: string, rules: readonly Rule<never>[] = builtinRules): ConfigFile {
  const configLocale = typeof data === 'object' && data && LOCALES.includes((data as PolicylintConfig).locale as Locale) ? (data as PolicylintConfig).locale : undefined;
  const problems = checkConfigData(data, display);
  if (problems.length) throw new ConfigError(problems, configLocale);
  const config = (data ?? {}) as PolicylintConfig;
  // Plugin rules (`name/rule`) are checked once the plugins are loaded; built-in ids and options here.
  const own = (settings: Record<string, RuleSetting> | undefined) => Object.fromEntries(Object.entries(settings ?? {}).filter(([id]) => !id.includes('/')));
  for (const [i, settings] of [config.rules, ...(config.overrides ?? []).map((o) => o.rules)].entries()) {
    try {
      resolveRules(rules, own(settings), true);
    } catch (error) {
      if (error instanceof RuleConfigError) throw new ConfigError([describeRuleError(error, display, rules, i === 0 ? '' : `overrides[${i - 1}].`)], configLocale);
      throw error;
    }
  }
  return { path: filePath, dir: path.dirname(filePath), config, display };
}

export function loadConfigFile(filePath: string, cwd = process.cwd(), rules: readonly Rule<never>[] = builtinRules): ConfigFile {
  const display = path.basename(filePath) === 'package.json' ? `${displayPath(filePath, cwd)}#${PACKAGE_JSON_KEY}` : displayPath(filePath, cwd);
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new ConfigError([
      { 'zh-CN': `${display}: 无法读取配置文件（${code || (error as Error).message}）`, en: `${display}: cannot read the configuration file (${code || (error as Error).message})` },
    ]);
  }
  text = text.replace(/^\uFEFF/, '');
  if (path.basename(filePath) === 'package.json') {
    const pkg = parseConfigData(text, filePath, display) as Record<string, unknown> | null;
    return checkConfig(pkg?.[PACKAGE_JSON_KEY], filePath, display, rules);
  }
  return parseConfig(text, filePath, display, rules);
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
  const doc = yaml().parseDocument(text);
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
    if (/^(\/overrides\/\d+)?\/rules\/./.test(p.pointer)) continue;
    // A misspelt key (`overides`) is the commonest mistake: name the key that was probably meant.
    const unknownKey = /^unknown key "([^"]+)"; allowed keys: (.*)$/.exec(p.message.en);
    const hint = unknownKey ? closest(unknownKey[1], unknownKey[2].split(', ')) : undefined;
    const zhHint = hint ? `；是否是指「${hint}」？` : '';
    const enHint = hint ? `; did you mean "${hint}"?` : '';
    problems.push({ 'zh-CN': `${display}: ${p.path}: ${p.message['zh-CN']}${zhHint}`, en: `${display}: ${p.path}: ${p.message.en}${enHint}` });
  }
  const overrides = (data as PolicylintConfig).overrides;
  const ruleMaps: [string, unknown][] = [['', (data as PolicylintConfig).rules]];
  if (Array.isArray(overrides)) overrides.forEach((o, i) => ruleMaps.push([`overrides[${i}].`, (o as ConfigOverride | null)?.rules]));
  for (const [prefix, rules] of ruleMaps) {
    if (!rules || typeof rules !== 'object' || Array.isArray(rules)) continue;
    for (const [id, setting] of Object.entries(rules)) {
      const problem = checkRuleSetting(setting);
      if (problem) {
        const where = `${prefix}rules[${JSON.stringify(id)}]${problem.index !== undefined ? `[${problem.index}]` : ''}`;
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

function describeRuleError(error: RuleConfigError, display: string, rules: readonly Rule<never>[], prefix = ''): LocalizedText {
  const known = rules.some((r) => r.meta.id === error.ruleId);
  if (!known) {
    const hint = closest(error.ruleId, rules.map((r) => r.meta.id));
    return {
      'zh-CN': `${display}: ${prefix}rules[${JSON.stringify(error.ruleId)}]: 未知的规则 "${error.ruleId}"${hint ? `；是否是指 "${hint}"？` : ''}`,
      en: `${display}: ${prefix}rules[${JSON.stringify(error.ruleId)}]: unknown rule "${error.ruleId}"${hint ? `; did you mean "${hint}"?` : ''}`,
    };
  }
  const first = error.problems[0];
  if (!first) return same(`${display}: ${error.message}`);
  const where = `${prefix}rules[${JSON.stringify(error.ruleId)}][1]${first.path === '(root)' ? '' : first.path.startsWith('[') ? first.path : `.${first.path}`}`;
  return { 'zh-CN': `${display}: ${where}: ${first.message['zh-CN']}`, en: `${display}: ${where}: ${first.message.en}` };
}

export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

/** Everything one linted file needs from its configuration, shared by all files with the same configuration. */
export interface EffectiveConfig {
  /** Configuration files applied, nearest first (empty when none was found). */
  files: string[];
  /** The locale the configuration asks for, if any. */
  locale?: Locale;
  rules: ResolvedRule[];
  catalogues: CatalogueSet;
  /** The `settings` shared by rules, overrides merged in. */
  settings: Record<string, unknown>;
  /** Every rule id known here (built-in and plugin rules, also those turned off): directives naming others are reported. */
  knownRuleIds: ReadonlySet<string>;
  reportUnusedDisableDirectives: UnusedDirectiveSetting;
  /** Plugin name → absolute module path: enough to load the same plugins again in a worker thread. */
  plugins: Record<string, string>;
  /**
   * A stable hash of everything that affects findings: rule ids, severities and options,
   * settings, locale, directive reporting, catalogue file contents, plugin modules and their
   * contents, and policylint's own version. Equal fingerprints give equal findings for equal text.
   */
  fingerprint: string;
  /** Whether this (absolute) file is ignored: config `ignores`, .policylintignore, --ignore-pattern. */
  isIgnored(file: string): boolean;
  /** The resolved configuration as plain JSON (--print-config). */
  toJSON(): PrintedConfig;
}

/** The engine's options for linting `filePath` under this configuration (one place, so every caller honours every setting). */
export function lintOptionsFor(config: EffectiveConfig, filePath: string, locale: Locale): LintOptions {
  return {
    filePath,
    rules: config.rules,
    catalogues: config.catalogues,
    locale,
    settings: config.settings,
    knownRuleIds: config.knownRuleIds,
    reportUnusedDisableDirectives: config.reportUnusedDisableDirectives,
  };
}

export interface PrintedConfig {
  files: string[];
  locale?: Locale;
  plugins: Record<string, string>;
  catalogues: string[];
  settings: Record<string, unknown>;
  reportUnusedDisableDirectives: UnusedDirectiveSetting;
  rules: Record<string, [SeveritySettingName] | [SeveritySettingName, unknown]>;
}

type SeveritySettingName = (typeof SEVERITIES)[number];

export interface ConfigResolverOptions {
  cwd?: string;
  /** --config: use this file alone, no lookup. */
  configFile?: string;
  /** --no-config-lookup: use no configuration file (only --config, when given). */
  useConfigLookup?: boolean;
  /** Run info-level rules too (--info). */
  includeInfo?: boolean;
  /** Rules to configure; the built-in rules by default. */
  rules?: readonly Rule<never>[];
  /** --ignore-path: a gitignore-style file instead of `.policylintignore` in cwd. */
  ignorePath?: string;
  /** --ignore-pattern: more gitignore-style patterns, relative to cwd. */
  ignorePatterns?: string[];
  /** --report-unused-disable-directives: overrides the config's setting. */
  reportUnusedDisableDirectives?: UnusedDirectiveSetting;
}

let shipped: CatalogueSet | undefined;

function shippedCatalogues(): CatalogueSet {
  shipped ??= loadShippedCatalogues();
  return shipped;
}

/** Thrown by the synchronous path when a module (an .mjs config or a plugin) has not been imported yet. */
class ModuleNotLoaded extends Error {
  constructor(
    readonly file: string,
    /** The ConfigError to throw if importing it fails. */
    readonly failure: (cause: string | LocalizedText) => ConfigError,
  ) {
    super(`policylint: ${file} must be imported first: call "await resolver.preload(files)" before forFile()`);
  }
}

/** One piece of configuration, in the order pieces apply (later wins). */
interface Layer {
  /** How messages name where it came from: a file, `policylint:strict`, `plugin:house/recommended`. */
  display: string;
  /** Folder that relative paths (plugins, catalogues) are resolved against: the file's own. */
  dir: string;
  /**
   * Folder that override globs and ignores are matched against: that of the config file found
   * next to the documents, also for what it extends (a shared file's `news/**` means the project's news/).
   */
  globDir: string;
  config: PolicylintConfig;
  /** A plugin preset, resolved once plugins are loaded. */
  pluginPreset?: { plugin: string; preset: string };
  /** Compiled override matchers, by override index. */
  matchers?: ((rel: string) => boolean)[];
}

interface Chain {
  key: string;
  files: ConfigFile[];
  layers: Layer[];
  plugins: Map<string, LoadedPlugin>;
  rules: readonly Rule<never>[];
}

const toArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/**
 * Finds and merges configuration files. Everything expensive (reading, validating, importing
 * plugins, resolving rules and their options, loading catalogues, expanding ignores) is done once
 * per configuration file or combination of files and matching overrides, never per linted file.
 *
 * `.mjs` configs and plugins are ES modules and load asynchronously: `await preload(files)`
 * first, then `forFile` is synchronous.
 */
export class ConfigResolver {
  readonly cwd: string;
  private readonly includeInfo: boolean;
  private readonly rules: readonly Rule<never>[];
  private readonly explicit?: string;
  private readonly lookup: boolean;
  private readonly reportUnused?: UnusedDirectiveSetting;
  private readonly dirConfig = new Map<string, string | null>();
  private readonly loaded = new Map<string, ConfigFile>();
  private readonly modules = new Map<string, unknown>();
  private readonly chains = new Map<string, Chain>();
  private readonly dirChains = new Map<string, Chain>();
  private readonly effective = new Map<string, EffectiveConfig>();
  private readonly ignoreSets = new Map<string, Set<string>>();
  private readonly globalIgnore?: { base: string; ig: Ignore };

  /**
   * The options as plain data (custom `rules` left out): a worker thread builds the same resolver
   * from them, then `await preload(files)` loads the same plugins by their module paths.
   */
  readonly workerOptions: Omit<ConfigResolverOptions, 'rules'>;

  constructor(options: ConfigResolverOptions = {}) {
    this.cwd = path.resolve(options.cwd ?? process.cwd());
    const { rules: _rules, ...plain } = options;
    this.workerOptions = { ...plain, cwd: this.cwd };
    this.includeInfo = options.includeInfo ?? false;
    this.rules = options.rules ?? builtinRules;
    this.lookup = options.useConfigLookup ?? true;
    this.reportUnused = options.reportUnusedDisableDirectives;
    if (options.configFile) {
      const file = path.resolve(this.cwd, options.configFile);
      if (!existsSync(file)) {
        const display = displayPath(file, this.cwd);
        throw new ConfigError([{ 'zh-CN': `${display}: 找不到配置文件`, en: `${display}: configuration file not found` }]);
      }
      this.explicit = file;
    }
    this.globalIgnore = this.readIgnoreFile(options.ignorePath, options.ignorePatterns ?? []);
  }

  /**
   * Import every module (.mjs configs, plugins) that the configurations of these files need.
   * Throws ConfigError when one cannot be loaded.
   */
  async preload(files: Iterable<string> = [path.join(this.cwd, '__policylint__.md')]): Promise<void> {
    const dirs = new Set([...files].map((f) => path.dirname(path.resolve(this.cwd, f))));
    for (const dir of dirs) {
      for (;;) {
        try {
          this.forDirectory(dir);
          break;
        } catch (error) {
          if (!(error instanceof ModuleNotLoaded)) throw error;
          try {
            this.modules.set(error.file, await importModule(error.file));
          } catch (cause) {
            throw error.failure(causeOf(cause));
          }
        }
      }
    }
  }

  /** The configuration for a file to lint. */
  forFile(file: string): EffectiveConfig {
    const abs = path.resolve(this.cwd, file);
    return this.resolve(this.chainFor(path.dirname(abs)), abs);
  }

  /** The configuration for a directory as a whole (overrides, which name files, left out). */
  forDirectory(dir: string): EffectiveConfig {
    return this.resolve(this.chainFor(path.resolve(this.cwd, dir)), undefined);
  }

  /** Every rule the configuration for this directory knows, plugin rules included (--list-rules). */
  rulesFor(dir: string): readonly Rule<never>[] {
    return this.chainFor(path.resolve(this.cwd, dir)).rules;
  }

  private chainFor(dir: string): Chain {
    let cached = this.dirChains.get(dir);
    if (!cached) {
      cached = this.buildChain(dir);
      this.dirChains.set(dir, cached);
    }
    return cached;
  }

  private buildChain(dir: string): Chain {
    const files = this.explicit ? [this.load(this.explicit)] : this.lookup ? this.chainFrom(dir) : [];
    const key = files.map((c) => c.path).join('\0');
    let chain = this.chains.get(key);
    if (!chain) {
      const layers: Layer[] = [{ display: 'policylint:recommended', dir: this.cwd, globDir: this.cwd, config: { rules: presetRules('recommended', this.rules) } }];
      for (const c of [...files].reverse()) layers.push(...this.expand(c, []));
      const plugins = this.loadPlugins(layers);
      const rules = [...this.rules, ...[...plugins.values()].flatMap((p) => p.rules)];
      chain = { key, files, layers, plugins, rules };
      this.chains.set(key, chain);
    }
    return chain;
  }

  private load(file: string): ConfigFile {
    let c = this.loaded.get(file);
    if (!c) {
      const display = displayPath(file, this.cwd);
      if (/\.(mjs|js)$/.test(file)) {
        if (!this.modules.has(file)) {
          throw new ModuleNotLoaded(file, (cause) => new ConfigError([{ 'zh-CN': `${display}: 无法加载配置模块：${cause}`, en: `${display}: cannot load the configuration module: ${cause}` }]));
        }
        c = checkConfig(this.modules.get(file), file, display, this.rules);
      } else c = loadConfigFile(file, this.cwd, this.rules);
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
      if (!found) {
        const pkg = path.join(dir, 'package.json');
        if (statSync(pkg, { throwIfNoEntry: false })?.isFile()) {
          try {
            const data = JSON.parse(readFileSync(pkg, 'utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>;
            if (data && typeof data === 'object' && PACKAGE_JSON_KEY in data) found = pkg;
          } catch {
            // A broken package.json that is not ours to read is not a configuration problem.
          }
        }
      }
      this.dirConfig.set(dir, found);
    }
    return found;
  }

  /** A file's layers: what it extends (recursively, in order), then itself. */
  private expand(c: ConfigFile, trail: string[], globDir = c.dir): Layer[] {
    const display = c.display ?? displayPath(c.path, this.cwd);
    if (trail.includes(c.path)) {
      const cycle = [...trail, c.path].map((f) => displayPath(f, this.cwd)).join(' → ');
      throw new ConfigError([{ 'zh-CN': `${display}: extends 形成循环：${cycle}`, en: `${display}: extends forms a cycle: ${cycle}` }], c.config.locale);
    }
    const layers: Layer[] = [];
    toArray(c.config.extends).forEach((entry, index) => {
      const where = `${display}: extends${Array.isArray(c.config.extends) ? `[${index}]` : ''}`;
      const preset = /^policylint:(.+)$/.exec(entry);
      if (preset) {
        const name = preset[1] as PresetName;
        if (!PRESET_NAMES.includes(name)) {
          const hint = closest(name, [...PRESET_NAMES]);
          throw new ConfigError([
            {
              'zh-CN': `${where}: 未知的预设「${entry}」；可用：${PRESET_NAMES.map((n) => `policylint:${n}`).join('、')}${hint ? `；是否是指「policylint:${hint}」？` : ''}`,
              en: `${where}: unknown preset "${entry}"; available: ${PRESET_NAMES.map((n) => `policylint:${n}`).join(', ')}${hint ? `; did you mean "policylint:${hint}"?` : ''}`,
            },
          ], c.config.locale);
        }
        layers.push({ display: entry, dir: c.dir, globDir, config: { rules: presetRules(name, this.rules) } });
        return;
      }
      const pluginPreset = /^plugin:([^/]+(?:\/[^/]+)?)\/([^/]+)$/.exec(entry);
      if (pluginPreset) {
        layers.push({ display: `${where} (${entry})`, dir: c.dir, globDir, config: {}, pluginPreset: { plugin: pluginPreset[1], preset: pluginPreset[2] } });
        return;
      }
      let file: string;
      try {
        file = resolveModule(entry, c.dir, [entry, `policylint-config-${entry}`]);
      } catch (error) {
        const cause = causeOf(error);
        const text = typeof cause === 'string' ? same(cause) : cause;
        throw new ConfigError([{ 'zh-CN': `${where}: 找不到「${entry}」（${text['zh-CN']}）`, en: `${where}: cannot find "${entry}" (${text.en})` }], c.config.locale);
      }
      layers.push(...this.expand(this.load(file), [...trail, c.path], globDir));
    });
    layers.push({ display, dir: c.dir, globDir, config: c.config });
    return layers;
  }

  private loadPlugins(layers: Layer[]): Map<string, LoadedPlugin> {
    const plugins = new Map<string, LoadedPlugin>();
    for (const layer of layers) {
      for (const [name, spec] of Object.entries(layer.config.plugins ?? {})) {
        const where = `${layer.display}: plugins[${JSON.stringify(name)}]`;
        const fail = (cause: string | LocalizedText) => {
          const text = typeof cause === 'string' ? same(cause) : cause;
          return new ConfigError([{ 'zh-CN': `${where}: 无法加载插件「${spec}」：${text['zh-CN']}`, en: `${where}: cannot load plugin "${spec}": ${text.en}` }], layer.config.locale);
        };
        let file: string;
        try {
          file = resolveModule(spec, layer.dir);
        } catch (error) {
          throw fail(causeOf(error));
        }
        const existing = plugins.get(name);
        if (existing) {
          if (existing.modulePath === file) continue;
          const other = displayPath(existing.modulePath, this.cwd);
          throw fail({ 'zh-CN': `名称「${name}」已用于 ${other}`, en: `the name "${name}" is already used for ${other}` });
        }
        if (!this.modules.has(file)) throw new ModuleNotLoaded(file, fail);
        try {
          plugins.set(name, readPlugin(name, file, this.modules.get(file)));
        } catch (error) {
          throw fail(causeOf(error));
        }
      }
    }
    return plugins;
  }

  private resolve(chain: Chain, file: string | undefined): EffectiveConfig {
    const matched: string[] = [];
    if (file) {
      chain.layers.forEach((layer, i) => {
        layer.config.overrides?.forEach((_, j) => {
          if (this.overrideMatches(layer, j, file)) matched.push(`${i}.${j}`);
        });
      });
    }
    const key = `${chain.key}|${matched.join(',')}`;
    let effective = this.effective.get(key);
    if (!effective) {
      effective = this.merge(chain, new Set(matched));
      this.effective.set(key, effective);
    }
    return effective;
  }

  private overrideMatches(layer: Layer, index: number, file: string): boolean {
    layer.matchers ??= (layer.config.overrides ?? []).map((o) => {
      const include = picomatch(toArray(o.files).map((g) => g.replace(/^\.\//, '')), { dot: true });
      const exclude = o.excludedFiles ? picomatch(toArray(o.excludedFiles).map((g) => g.replace(/^\.\//, '')), { dot: true }) : () => false;
      // A pattern without a slash matches the file name at any depth, as in .gitignore and ESLint.
      const base = picomatch(toArray(o.files).filter((g) => !g.includes('/')), { dot: true });
      return (rel: string) => (include(rel) || base(path.posix.basename(rel))) && !exclude(rel) && !exclude(path.posix.basename(rel));
    });
    const rel = path.relative(layer.globDir, file).split(path.sep).join('/');
    if (rel.startsWith('../') || path.isAbsolute(rel)) return false;
    return layer.matchers[index](rel);
  }

  /** Apply the layers in order (later wins), with the overrides this file matches after their own layer. */
  private merge(chain: Chain, matched: Set<string>): EffectiveConfig {
    const settingsByRule: Record<string, RuleSetting> = {};
    const origin = new Map<string, string>();
    // Plugin rules are off until a config or preset turns them on (as in ESLint).
    for (const p of chain.plugins.values()) for (const r of p.rules) settingsByRule[r.meta.id] = 'off';
    const ruleIds = chain.rules.map((r) => r.meta.id);
    const knownRuleIds = new Set(ruleIds);
    const settings: Record<string, unknown> = {};
    const catalogueFiles: { file: string; from: string; index: number }[] = [];
    let locale: Locale | undefined;
    let reportUnused: UnusedDirectiveSetting = 'off';

    const applyRules = (rules: Record<string, RuleSetting> | undefined, display: string, prefix: string, localeHint?: Locale) => {
      for (const [id, setting] of Object.entries(rules ?? {})) {
        if (!knownRuleIds.has(id)) {
          const hint = closest(id, ruleIds);
          const plugin = id.includes('/') ? id.split('/').slice(0, -1).join('/') : undefined;
          const noPlugin = plugin && ![...chain.plugins.keys()].includes(plugin);
          throw new ConfigError([
            {
              'zh-CN': `${display}: ${prefix}rules[${JSON.stringify(id)}]: 未知的规则「${id}」${noPlugin ? `（没有加载名为「${plugin}」的插件，请在 plugins 中声明）` : ''}${hint ? `；是否是指「${hint}」？` : ''}`,
              en: `${display}: ${prefix}rules[${JSON.stringify(id)}]: unknown rule "${id}"${noPlugin ? ` (no plugin named "${plugin}" is loaded; declare it under plugins)` : ''}${hint ? `; did you mean "${hint}"?` : ''}`,
            },
          ], localeHint);
        }
        settingsByRule[id] = overlay(settingsByRule[id], setting);
        origin.set(id, `${display}: ${prefix}`);
      }
    };

    chain.layers.forEach((layer, i) => {
      const { config } = layer;
      if (layer.pluginPreset) {
        const { plugin, preset } = layer.pluginPreset;
        const loaded = chain.plugins.get(plugin);
        if (!loaded) {
          throw new ConfigError([{ 'zh-CN': `${layer.display}: 没有加载名为「${plugin}」的插件，请在 plugins 中声明`, en: `${layer.display}: no plugin named "${plugin}" is loaded; declare it under plugins` }]);
        }
        const shipped = loaded.configs[preset];
        if (!shipped && !PRESET_NAMES.includes(preset as PresetName)) {
          const available = [...new Set([...Object.keys(loaded.configs), ...PRESET_NAMES])].join(', ');
          throw new ConfigError([{ 'zh-CN': `${layer.display}: 插件「${plugin}」没有预设「${preset}」；可用：${available}`, en: `${layer.display}: plugin "${plugin}" has no preset "${preset}"; available: ${available}` }]);
        }
        const rules = shipped?.rules
          ? Object.fromEntries(Object.entries(shipped.rules).map(([id, s]) => [id.includes('/') ? id : `${plugin}/${id}`, s]))
          : presetRules(preset as PresetName, loaded.rules);
        applyRules(rules, layer.display, '');
        Object.assign(settings, shipped?.settings ?? {});
        return;
      }
      if (config.locale) locale = config.locale;
      if (config.reportUnusedDisableDirectives) reportUnused = config.reportUnusedDisableDirectives;
      applyRules(config.rules, layer.display, '', config.locale);
      Object.assign(settings, config.settings ?? {});
      (config.catalogues ?? []).forEach((f, index) => catalogueFiles.push({ file: path.resolve(layer.dir, f), from: layer.display, index }));
      config.overrides?.forEach((o, j) => {
        if (!matched.has(`${i}.${j}`)) return;
        applyRules(o.rules, layer.display, `overrides[${j}].`, config.locale);
        Object.assign(settings, o.settings ?? {});
        if (o.locale) locale = o.locale;
      });
    });
    if (this.reportUnused) reportUnused = this.reportUnused;

    let rules: ResolvedRule[];
    try {
      rules = resolveRules(chain.rules, settingsByRule, this.includeInfo);
    } catch (error) {
      if (error instanceof RuleConfigError) {
        const where = origin.get(error.ruleId) ?? '';
        const first = error.problems[0];
        const at = first && first.path !== '(root)' ? (first.path.startsWith('[') ? first.path : `.${first.path}`) : '';
        const text = first ? first.message : same(error.message);
        throw new ConfigError([{ 'zh-CN': `${where}rules[${JSON.stringify(error.ruleId)}][1]${at}: ${text['zh-CN']}`, en: `${where}rules[${JSON.stringify(error.ruleId)}][1]${at}: ${text.en}` }], locale);
      }
      throw error;
    }
    const catalogues = this.catalogues(catalogueFiles, locale);
    if (settings.catalogue !== undefined && !catalogues.catalogues.some((c) => c.id === settings.catalogue)) {
      const ids = catalogues.catalogues.map((c) => c.id);
      const hint = typeof settings.catalogue === 'string' ? closest(settings.catalogue, ids) : undefined;
      const where = chain.files[0]?.display ?? '<defaults>';
      throw new ConfigError([
        {
          'zh-CN': `${where}: settings.catalogue: 没有编号为 ${show(settings.catalogue)} 的目录；可用：${ids.join('、')}${hint ? `；是否是指「${hint}」？` : ''}`,
          en: `${where}: settings.catalogue: no catalogue has the id ${show(settings.catalogue)}; available: ${ids.join(', ')}${hint ? `; did you mean "${hint}"?` : ''}`,
        },
      ], locale);
    }
    const ignoring = chain.layers.filter((l) => l.config.ignores?.length);
    const plugins = Object.fromEntries([...chain.plugins.values()].map((p) => [p.name, p.modulePath]));
    const catalogueList = [...new Set(catalogueFiles.map((c) => c.file))];
    const printedRules: PrintedConfig['rules'] = {};
    const resolvedById = new Map(rules.map((r) => [r.rule.meta.id, r]));
    for (const r of chain.rules) {
      const id = r.meta.id;
      const resolved = resolvedById.get(id);
      const setting = settingsByRule[id] ?? r.meta.severity;
      const severity = resolved?.severity ?? (Array.isArray(setting) ? setting[0] : setting);
      const options = resolved ? resolved.options : Array.isArray(setting) ? setting[1] : undefined;
      // An info rule without --info does not run; say so rather than print a severity that does nothing.
      const hasOptions = options !== undefined && Object.keys(options as object).length > 0;
      printedRules[id] = resolved && hasOptions ? [severity, options] : [resolved || severity !== 'info' ? severity : 'off'];
    }
    const fingerprint = sha256(
      JSON.stringify({
        version: packageVersion(),
        rules: rules.map((r) => [r.rule.meta.id, r.severity, r.options]),
        settings,
        locale: locale ?? null,
        reportUnused,
        catalogues: catalogueList.map((f) => [f, sha256(readFileSync(f))]),
        plugins: [...chain.plugins.values()].map((p) => [p.name, p.modulePath, sha256(readFileSync(p.modulePath))]),
      }),
    );
    const printed: PrintedConfig = { files: chain.files.map((c) => c.path), plugins, catalogues: catalogueList, settings, reportUnusedDisableDirectives: reportUnused, rules: printedRules };
    if (locale) printed.locale = locale;
    return {
      files: chain.files.map((c) => c.path),
      locale,
      rules,
      catalogues,
      settings,
      knownRuleIds,
      reportUnusedDisableDirectives: reportUnused,
      plugins,
      fingerprint,
      isIgnored: (file: string) => this.globallyIgnored(file) || ignoring.some((l) => this.ignoredBy(l).has(path.resolve(file))),
      toJSON: () => printed,
    };
  }

  private catalogues(entries: { file: string; from: string; index: number }[], locale: Locale | undefined): CatalogueSet {
    const base = shippedCatalogues();
    if (entries.length === 0) return base;
    const missing: LocalizedText[] = [];
    for (const e of entries) {
      if (!statSync(e.file, { throwIfNoEntry: false })?.isFile()) {
        const where = `${e.from}: catalogues[${e.index}]`;
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

  /** `.policylintignore` in cwd (or --ignore-path) and --ignore-pattern, with gitignore semantics. */
  private readIgnoreFile(ignorePath: string | undefined, patterns: string[]): { base: string; ig: Ignore } | undefined {
    const file = ignorePath ? path.resolve(this.cwd, ignorePath) : path.join(this.cwd, '.policylintignore');
    let text = '';
    try {
      text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch (error) {
      if (ignorePath) {
        const display = displayPath(file, this.cwd);
        const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        throw new ConfigError([{ 'zh-CN': `${display}: 无法读取忽略文件（${code}）`, en: `${display}: cannot read the ignore file (${code})` }]);
      }
    }
    if (!text.trim() && patterns.length === 0) return undefined;
    // Patterns in an ignore file are relative to its folder; --ignore-pattern ones to cwd (as in ESLint).
    const base = text.trim() ? path.dirname(file) : this.cwd;
    const ig = ignore().add(text);
    if (patterns.length && base !== this.cwd) {
      const extra = ignore().add(patterns);
      const fileIg = ig;
      const combined = {
        ignores: (rel: string) => fileIg.ignores(rel) || extra.ignores(path.relative(this.cwd, path.join(base, rel)).split(path.sep).join('/')),
      } as unknown as Ignore;
      return { base, ig: combined };
    }
    ig.add(patterns);
    return { base, ig };
  }

  private globallyIgnored(file: string): boolean {
    if (!this.globalIgnore) return false;
    const rel = path.relative(this.globalIgnore.base, path.resolve(this.cwd, file)).split(path.sep).join('/');
    if (!rel || rel.startsWith('../') || path.isAbsolute(rel)) return false;
    return this.globalIgnore.ig.ignores(rel);
  }

  /**
   * The files a config's `ignores` names, expanded once with the same glob engine as the
   * command line. A pattern also covers everything under it, so `drafts` ignores a directory.
   */
  private ignoredBy(c: Layer): Set<string> {
    const key = `${c.globDir}\0${(c.config.ignores ?? []).join('\0')}`;
    let set = this.ignoreSets.get(key);
    if (!set) {
      const patterns: string[] = [];
      for (const raw of c.config.ignores ?? []) {
        const negated = raw.startsWith('!');
        const p = (negated ? raw.slice(1) : raw).replace(/^\.\//, '').replace(/\/+$/, '');
        if (!p) continue;
        for (const q of [p, `${p}/**`]) patterns.push(negated ? `!${q}` : q);
      }
      const found = patterns.some((p) => !p.startsWith('!'))
        ? fg.sync(patterns, { cwd: c.globDir, absolute: true, dot: true, onlyFiles: true, ignore: ALWAYS_IGNORED })
        : [];
      set = new Set(found.map((f) => path.normalize(f)));
      this.ignoreSets.set(key, set);
    }
    return set;
  }
}


/** A load failure's cause: bilingual for our own checks, the first line of the message otherwise. */
function causeOf(error: unknown): string | LocalizedText {
  if (error instanceof PluginProblem) return error.text;
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

function overlay(farther: RuleSetting | undefined, nearer: RuleSetting): RuleSetting {
  const nearerSeverity = Array.isArray(nearer) ? nearer[0] : nearer;
  const nearerHasOptions = Array.isArray(nearer) && nearer.length > 1;
  if (!nearerHasOptions && Array.isArray(farther) && farther.length > 1) return [nearerSeverity, farther[1] as Record<string, unknown>];
  return nearer;
}
