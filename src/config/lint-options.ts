import type { LintOptions } from '../engine/lint.js';
import type { Locale } from '../engine/rule.js';
import type { EffectiveConfig } from './types.js';

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
