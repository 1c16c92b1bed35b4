import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageVersion } from '../files/package-info.js';
import { resolveRules, closest, RuleConfigError, type ResolvedRule, type RuleSetting } from '../engine/rule-settings.js';
import type { Locale } from '../engine/rule.js';
import { PRESET_NAMES, presetRules, type PresetName } from '../engine/presets.js';
import type { UnusedDirectiveSetting } from '../engine/directives.js';
import { loadConfigCatalogues, type CatalogueEntry } from './catalogues.js';
import { ConfigError } from './errors.js';
import type { Ignores } from './ignores.js';
import type { Chain } from './layers.js';
import { CONFIG_MESSAGES, same } from './messages.js';
import type { EffectiveConfig, PrintedConfig } from './types.js';

/** What merging needs besides the chain: the resolver's run-wide options. */
export interface MergeOptions {
  cwd: string;
  includeInfo: boolean;
  /** --report-unused-disable-directives, which overrides the configs. */
  reportUnused?: UnusedDirectiveSetting;
  ignores: Ignores;
}

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** Apply the layers in order (later wins), with the overrides this file matches after their own layer. */
export function merge(chain: Chain, matched: Set<string>, options: MergeOptions): EffectiveConfig {
  const settingsByRule: Record<string, RuleSetting> = {};
  const origin = new Map<string, string>();
  // Plugin rules are off until a config or preset turns them on (as in ESLint).
  for (const p of chain.plugins.values()) for (const r of p.rules) settingsByRule[r.meta.id] = 'off';
  const ruleIds = chain.rules.map((r) => r.meta.id);
  const knownRuleIds = new Set(ruleIds);
  const settings: Record<string, unknown> = {};
  const catalogueFiles: CatalogueEntry[] = [];
  let locale: Locale | undefined;
  let reportUnused: UnusedDirectiveSetting = 'off';

  const applyRules = (rules: Record<string, RuleSetting> | undefined, display: string, prefix: string, localeHint?: Locale) => {
    for (const [id, setting] of Object.entries(rules ?? {})) {
      if (!knownRuleIds.has(id)) {
        const hint = closest(id, ruleIds);
        const plugin = id.includes('/') ? id.split('/').slice(0, -1).join('/') : undefined;
        const noPlugin = plugin && ![...chain.plugins.keys()].includes(plugin);
        throw new ConfigError([CONFIG_MESSAGES.unknownRule(`${display}: ${prefix}rules[${JSON.stringify(id)}]`, id, noPlugin ? plugin : undefined, hint)], localeHint);
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
        throw new ConfigError([CONFIG_MESSAGES.pluginNotLoaded(layer.display, plugin)]);
      }
      const shipped = loaded.configs[preset];
      if (!shipped && !PRESET_NAMES.includes(preset as PresetName)) {
        const available = [...new Set([...Object.keys(loaded.configs), ...PRESET_NAMES])].join(', ');
        throw new ConfigError([CONFIG_MESSAGES.unknownPluginPreset(layer.display, plugin, preset, available)]);
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
  if (options.reportUnused) reportUnused = options.reportUnused;

  let rules: ResolvedRule[];
  try {
    rules = resolveRules(chain.rules, settingsByRule, options.includeInfo);
  } catch (error) {
    if (error instanceof RuleConfigError) {
      const where = origin.get(error.ruleId) ?? '';
      const first = error.problems[0];
      const at = first && first.path !== '(root)' ? (first.path.startsWith('[') ? first.path : `.${first.path}`) : '';
      const text = first ? first.message : same(error.message);
      throw new ConfigError([CONFIG_MESSAGES.at(`${where}rules[${JSON.stringify(error.ruleId)}][1]${at}`, text)], locale);
    }
    throw error;
  }
  const catalogues = loadConfigCatalogues(catalogueFiles, locale, options.cwd);
  if (settings.catalogue !== undefined && !catalogues.catalogues.some((c) => c.id === settings.catalogue)) {
    const ids = catalogues.catalogues.map((c) => c.id);
    const hint = typeof settings.catalogue === 'string' ? closest(settings.catalogue, ids) : undefined;
    const where = chain.files[0]?.display ?? '<defaults>';
    throw new ConfigError([CONFIG_MESSAGES.unknownCatalogue(where, settings.catalogue, ids, hint)], locale);
  }
  const isIgnored = options.ignores.matcher(chain.layers);
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
    isIgnored,
    toJSON: () => printed,
  };
}

/** A nearer setting over a farther one: a bare severity keeps the farther options. */
function overlay(farther: RuleSetting | undefined, nearer: RuleSetting): RuleSetting {
  const nearerSeverity = Array.isArray(nearer) ? nearer[0] : nearer;
  const nearerHasOptions = Array.isArray(nearer) && nearer.length > 1;
  if (!nearerHasOptions && Array.isArray(farther) && farther.length > 1) return [nearerSeverity, farther[1] as Record<string, unknown>];
  return nearer;
}
