import path from 'node:path';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import { validateWithSchema } from '../schema/validator.js';
import { resolveRules, closest, RuleConfigError, type RuleSetting } from '../engine/rule-settings.js';
import { LOCALES, SEVERITIES, type Locale, type LocalizedText, type Rule } from '../engine/rule.js';
import { builtinRules } from '../../rules/index.js';
import { ConfigError } from './errors.js';
import { CONFIG_MESSAGES, same } from './messages.js';
import type { ConfigFile, ConfigOverride, PolicylintConfig } from './types.js';

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
    problems.push(CONFIG_MESSAGES.schemaProblem(display, p.path, p.message, hint));
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
        problems.push(CONFIG_MESSAGES.at(`${display}: ${where}`, problem.text));
      }
    }
  }
  return problems;
}

function checkRuleSetting(setting: unknown): { text: LocalizedText; index?: number } | undefined {
  const badSeverity = (found: unknown, index?: number) => ({ index, text: CONFIG_MESSAGES.badSeverity(found) });
  if (typeof setting === 'string') return SEVERITIES.includes(setting as never) ? undefined : badSeverity(setting);
  if (Array.isArray(setting) && setting.length >= 1 && setting.length <= 2) {
    if (typeof setting[0] !== 'string' || !SEVERITIES.includes(setting[0] as never)) return badSeverity(setting[0], 0);
    const options = setting[1];
    if (setting.length === 2 && (options === null || typeof options !== 'object' || Array.isArray(options))) {
      return { index: 1, text: CONFIG_MESSAGES.optionsNotObject(options) };
    }
    return undefined;
  }
  return { text: CONFIG_MESSAGES.notARuleSetting(setting) };
}

function describeRuleError(error: RuleConfigError, display: string, rules: readonly Rule<never>[], prefix = ''): LocalizedText {
  const known = rules.some((r) => r.meta.id === error.ruleId);
  if (!known) {
    const hint = closest(error.ruleId, rules.map((r) => r.meta.id));
    return CONFIG_MESSAGES.unknownRuleInFile(`${display}: ${prefix}rules[${JSON.stringify(error.ruleId)}]`, error.ruleId, hint);
  }
  const first = error.problems[0];
  if (!first) return CONFIG_MESSAGES.at(display, same(error.message));
  const where = `${prefix}rules[${JSON.stringify(error.ruleId)}][1]${first.path === '(root)' ? '' : first.path.startsWith('[') ? first.path : `.${first.path}`}`;
  return CONFIG_MESSAGES.at(`${display}: ${where}`, first.message);
}
