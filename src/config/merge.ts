import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageVersion } from '../files/package-info.js';
import { resolveRules, closest, RuleConfigError, type ResolvedRule, type RuleSetting } from '../engine/rule-settings.js';
import type { Locale } from '../engine/rule.js';
import type { CatalogueSet } from '../catalogue/types.js';
import { PRESET_NAMES, presetRules, type PresetName } from '../engine/presets.js';
import type { UnusedDirectiveSetting } from '../engine/directives.js';
import { loadConfigCatalogues, type CatalogueEntry } from './catalogues.js';
import { ConfigError } from './errors.js';
import type { Ignores } from './ignores.js';
import type { Chain, Layer } from './layers.js';
import { CONFIG_MESSAGES, same } from './messages.js';
import { printedConfig } from './print-config.js';
import type { ConfigOverride, EffectiveConfig } from './types.js';

/** What merging needs besides the chain: the resolver's run-wide options. */
export interface MergeOptions {
  cwd: string;
  includeInfo: boolean;
  /** --report-unused-disable-directives, which overrides the configs. */
  reportUnused?: UnusedDirectiveSetting;
  ignores: Ignores;
}

/** The layers added up so far; each step below overwrites what earlier layers set. */
interface Merged {
  /** Each rule's setting, plugin rules starting off. */
  settingsByRule: Record<string, RuleSetting>;
  /** Where each rule was last set (`file: overrides[0].`), so a problem with its options names that place. */
  origin: Map<string, string>;
  settings: Record<string, unknown>;
  catalogueFiles: CatalogueEntry[];
  locale?: Locale;
  reportUnused: UnusedDirectiveSetting;
  /** Every rule id of the chain, in order (suggestions for a misspelt id). */
  ruleIds: string[];
  knownRuleIds: Set<string>;
}

/**
 * Apply the layers in order (later wins), with the overrides this file matches (`layer.override`
 * indexes) after their own layer; then resolve rule options and load the catalogues once.
 */
export function merge(chain: Chain, matched: Set<string>, options: MergeOptions): EffectiveConfig {
  const merged = startWithPluginRulesOff(chain);
  chain.layers.forEach((layer, i) => {
    if (layer.pluginPreset) return mergePluginPreset(merged, chain, layer, layer.pluginPreset);
    mergeLayer(merged, chain, layer);
    layer.config.overrides?.forEach((override, j) => {
      if (matched.has(`${i}.${j}`)) mergeOverride(merged, chain, layer, override, j);
    });
  });
  if (options.reportUnused) merged.reportUnused = options.reportUnused;

  const rules = resolveMergedRules(merged, chain, options.includeInfo);
  const catalogues = loadConfigCatalogues(merged.catalogueFiles, merged.locale, options.cwd);
  checkCatalogueSetting(merged, catalogues, chain);
  const isIgnored = options.ignores.matcher(chain.layers);
  const plugins = Object.fromEntries([...chain.plugins.values()].map((p) => [p.name, p.modulePath]));
  const catalogueList = [...new Set(merged.catalogueFiles.map((c) => c.file))];
  const { settings, locale, reportUnused } = merged;
  const printed = printedConfig(chain, { plugins, catalogues: catalogueList, settings, reportUnusedDisableDirectives: reportUnused, locale }, merged.settingsByRule, rules);
  return {
    files: chain.files.map((c) => c.path),
    locale,
    rules,
    catalogues,
    settings,
    knownRuleIds: merged.knownRuleIds,
    reportUnusedDisableDirectives: reportUnused,
    plugins,
    fingerprint: fingerprintOf(merged, rules, catalogueList, chain),
    isIgnored,
    toJSON: () => printed,
  };
}

/** Nothing merged yet; plugin rules are off until a config or preset turns them on (as in ESLint). */
function startWithPluginRulesOff(chain: Chain): Merged {
  const settingsByRule: Record<string, RuleSetting> = {};
  for (const p of chain.plugins.values()) for (const r of p.rules) settingsByRule[r.meta.id] = 'off';
  const ruleIds = chain.rules.map((r) => r.meta.id);
  return { settingsByRule, origin: new Map(), settings: {}, catalogueFiles: [], locale: undefined, reportUnused: 'off', ruleIds, knownRuleIds: new Set(ruleIds) };
}

/** A `plugin:<name>/<preset>` layer: the plugin's own preset, or a computed one (recommended, strict, all) over its rules. */
function mergePluginPreset(merged: Merged, chain: Chain, layer: Layer, { plugin, preset }: { plugin: string; preset: string }): void {
  const loaded = chain.plugins.get(plugin);
  if (!loaded) throw new ConfigError([CONFIG_MESSAGES.pluginNotLoaded(layer.display, plugin)]);
  const shipped = loaded.configs[preset];
  if (!shipped && !PRESET_NAMES.includes(preset as PresetName)) {
    const available = [...new Set([...Object.keys(loaded.configs), ...PRESET_NAMES])].join(', ');
    throw new ConfigError([CONFIG_MESSAGES.unknownPluginPreset(layer.display, plugin, preset, available)]);
  }
  const rules = shipped?.rules
    ? Object.fromEntries(Object.entries(shipped.rules).map(([id, s]) => [id.includes('/') ? id : `${plugin}/${id}`, s]))
    : presetRules(preset as PresetName, loaded.rules);
  mergeRuleSettings(merged, chain, rules, layer.display, '');
  Object.assign(merged.settings, shipped?.settings ?? {});
}

/** A config file's (or a preset's) own keys: locale, directive reporting, rules, settings, catalogues. */
function mergeLayer(merged: Merged, chain: Chain, layer: Layer): void {
  const { config } = layer;
  if (config.locale) merged.locale = config.locale;
  if (config.reportUnusedDisableDirectives) merged.reportUnused = config.reportUnusedDisableDirectives;
  mergeRuleSettings(merged, chain, config.rules, layer.display, '', config.locale);
  Object.assign(merged.settings, config.settings ?? {});
  (config.catalogues ?? []).forEach((f, index) => merged.catalogueFiles.push({ file: path.resolve(layer.dir, f), from: layer.display, index }));
}

/** An override the file matches: its rules, settings and locale, over its layer's. */
function mergeOverride(merged: Merged, chain: Chain, layer: Layer, override: ConfigOverride, index: number): void {
  mergeRuleSettings(merged, chain, override.rules, layer.display, `overrides[${index}].`, layer.config.locale);
  Object.assign(merged.settings, override.settings ?? {});
  if (override.locale) merged.locale = override.locale;
}

/** Rule settings over the earlier ones (see overlay); an unknown id is an error with a suggestion. */
function mergeRuleSettings(merged: Merged, chain: Chain, rules: Record<string, RuleSetting> | undefined, display: string, prefix: string, localeHint?: Locale): void {
  for (const [id, setting] of Object.entries(rules ?? {})) {
    if (!merged.knownRuleIds.has(id)) {
      const hint = closest(id, merged.ruleIds);
      const plugin = id.includes('/') ? id.split('/').slice(0, -1).join('/') : undefined;
      const noPlugin = plugin && ![...chain.plugins.keys()].includes(plugin);
      throw new ConfigError([CONFIG_MESSAGES.unknownRule(`${display}: ${prefix}rules[${JSON.stringify(id)}]`, id, noPlugin ? plugin : undefined, hint)], localeHint);
    }
    merged.settingsByRule[id] = overlay(merged.settingsByRule[id], setting);
    merged.origin.set(id, `${display}: ${prefix}`);
  }
}

/** A nearer setting over a farther one: a bare severity keeps the farther options. */
function overlay(farther: RuleSetting | undefined, nearer: RuleSetting): RuleSetting {
  const nearerSeverity = Array.isArray(nearer) ? nearer[0] : nearer;
  const nearerHasOptions = Array.isArray(nearer) && nearer.length > 1;
  if (!nearerHasOptions && Array.isArray(farther) && farther.length > 1) return [nearerSeverity, farther[1] as Record<string, unknown>];
  return nearer;
}

/** The rules that run, options validated and defaulted; a bad option names the place that set it. */
function resolveMergedRules(merged: Merged, chain: Chain, includeInfo: boolean): ResolvedRule[] {
  try {
    return resolveRules(chain.rules, merged.settingsByRule, includeInfo);
  } catch (error) {
    if (error instanceof RuleConfigError) {
      const where = merged.origin.get(error.ruleId) ?? '';
      const first = error.problems[0];
      const at = first && first.path !== '(root)' ? (first.path.startsWith('[') ? first.path : `.${first.path}`) : '';
      const text = first ? first.message : same(error.message);
      throw new ConfigError([CONFIG_MESSAGES.at(`${where}rules[${JSON.stringify(error.ruleId)}][1]${at}`, text)], merged.locale);
    }
    throw error;
  }
}

/** settings.catalogue must name a catalogue that is loaded. */
function checkCatalogueSetting(merged: Merged, catalogues: CatalogueSet, chain: Chain): void {
  const wanted = merged.settings.catalogue;
  if (wanted === undefined || catalogues.catalogues.some((c) => c.id === wanted)) return;
  const ids = catalogues.catalogues.map((c) => c.id);
  const hint = typeof wanted === 'string' ? closest(wanted, ids) : undefined;
  const where = chain.files[0]?.display ?? '<defaults>';
  throw new ConfigError([CONFIG_MESSAGES.unknownCatalogue(where, wanted, ids, hint)], merged.locale);
}

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** EffectiveConfig.fingerprint: a hash of everything that decides findings, file contents included. */
function fingerprintOf(merged: Merged, rules: ResolvedRule[], catalogueFiles: string[], chain: Chain): string {
  return sha256(
    JSON.stringify({
      version: packageVersion(),
      rules: rules.map((r) => [r.rule.meta.id, r.severity, r.options]),
      settings: merged.settings,
      locale: merged.locale ?? null,
      reportUnused: merged.reportUnused,
      catalogues: catalogueFiles.map((f) => [f, sha256(readFileSync(f))]),
      plugins: [...chain.plugins.values()].map((p) => [p.name, p.modulePath, sha256(readFileSync(p.modulePath))]),
    }),
  );
}
