import type { LintOptions } from '../engine/lint.js';
import type { Locale } from '../engine/rule.js';
import type { EffectiveConfig } from './types.js';

/**
 * The engine's options for linting a file under this configuration: its rules, catalogues,
 * settings, known rule ids and directive reporting, in one place so every caller honours every
 * setting. `locale` defaults to the configuration's own (lintText's default when it names none).
 */
export function lintOptionsFor(config: EffectiveConfig, filePath?: string, locale: Locale | undefined = config.locale): LintOptions {
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
