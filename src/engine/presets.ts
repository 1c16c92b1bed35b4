import type { Rule } from './rule.js';
import type { RuleSetting } from './rule-settings.js';

export const PRESET_NAMES = ['recommended', 'strict', 'all'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/**
 * A preset's rule settings, computed from rule metadata so a new rule joins every preset by
 * itself:
 * - recommended: each rule at its default severity (info rules still need --info to run);
 * - strict: warnings become errors and info rules run as warnings, so nothing hides;
 * - all: every rule runs, info rules as warnings, the rest at their default severity.
 */
export function presetRules(name: PresetName, rules: readonly Rule<never>[]): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const { meta } of rules) {
    if (name === 'recommended') out[meta.id] = meta.severity;
    else if (name === 'strict') out[meta.id] = meta.severity === 'info' ? 'warn' : 'error';
    else out[meta.id] = meta.severity === 'info' ? 'warn' : meta.severity;
  }
  return out;
}
