import type { ResolvedRule, RuleSetting } from '../engine/rule-settings.js';
import type { Locale, SEVERITIES } from '../engine/rule.js';
import type { CatalogueSet } from '../catalogue/types.js';
import type { UnusedDirectiveSetting } from '../engine/directives.js';

/** An entry of `overrides`: settings for the files its globs match. */
export interface ConfigOverride {
  files: string | string[];
  excludedFiles?: string | string[];
  rules?: Record<string, RuleSetting>;
  settings?: Record<string, unknown>;
  locale?: Locale;
}

/** A configuration file's content, as schemas/config.schema.json describes it. */
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

/** One configuration file, read and validated. */
export interface ConfigFile {
  /** Absolute path. */
  path: string;
  dir: string;
  config: PolicylintConfig;
  /** How messages name the file (relative to the working directory). */
  display?: string;
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

/** The resolved configuration as --print-config shows it. */
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
