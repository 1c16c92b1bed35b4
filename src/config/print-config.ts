import type { ResolvedRule, RuleSetting } from '../engine/rule-settings.js';
import type { Rule } from '../engine/rule.js';
import type { Chain } from './layers.js';
import type { PrintedConfig } from './types.js';

/** What --print-config shows for a merged configuration, in the order its keys are printed. */
export function printedConfig(
  chain: Chain,
  parts: Pick<PrintedConfig, 'plugins' | 'catalogues' | 'settings' | 'reportUnusedDisableDirectives' | 'locale'>,
  settingsByRule: Record<string, RuleSetting>,
  rules: ResolvedRule[],
): PrintedConfig {
  const printed: PrintedConfig = {
    files: chain.files.map((c) => c.path),
    plugins: parts.plugins,
    catalogues: parts.catalogues,
    settings: parts.settings,
    reportUnusedDisableDirectives: parts.reportUnusedDisableDirectives,
    rules: printedRules(chain.rules, settingsByRule, rules),
  };
  if (parts.locale) printed.locale = parts.locale;
  return printed;
}

/** Every known rule with the severity it runs at, and its options when it has some. */
function printedRules(known: readonly Rule<never>[], settingsByRule: Record<string, RuleSetting>, rules: ResolvedRule[]): PrintedConfig['rules'] {
  const printed: PrintedConfig['rules'] = {};
  const resolvedById = new Map(rules.map((r) => [r.rule.meta.id, r]));
  for (const r of known) {
    const id = r.meta.id;
    const resolved = resolvedById.get(id);
    const setting = settingsByRule[id] ?? r.meta.severity;
    const severity = resolved?.severity ?? (Array.isArray(setting) ? setting[0] : setting);
    const options = resolved ? resolved.options : Array.isArray(setting) ? setting[1] : undefined;
    // An info rule without --info does not run; say so rather than print a severity that does nothing.
    const hasOptions = options !== undefined && Object.keys(options as object).length > 0;
    printed[id] = resolved && hasOptions ? [severity, options] : [resolved || severity !== 'info' ? severity : 'off'];
  }
  return printed;
}
