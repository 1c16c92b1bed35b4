import { closest } from '../engine/rule-settings.js';
import type { LocalizedText, Rule } from '../engine/rule.js';
import { PRESET_NAMES, presetRules, type PresetName } from '../engine/presets.js';
import { causeOf, ConfigError, ModuleNotLoaded } from './errors.js';
import { CONFIG_MESSAGES, displayPath, same } from './messages.js';
import { readPlugin, resolveModule, type LoadedPlugin } from './plugins.js';
import type { ConfigFile, PolicylintConfig } from './types.js';

/** One piece of configuration, in the order pieces apply (later wins). */
export interface Layer {
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

/** What applies to a directory: its config files' layers in order, the plugins they load and every rule known. */
export interface Chain {
  key: string;
  files: ConfigFile[];
  layers: Layer[];
  plugins: Map<string, LoadedPlugin>;
  rules: readonly Rule<never>[];
}

/** What building layers needs from the resolver. */
export interface LayerSource {
  cwd: string;
  /** The rules presets are computed from (the built-in ones unless a caller gives others). */
  rules: readonly Rule<never>[];
  /** Imported modules (.mjs configs, plugins) by absolute path. */
  modules: ReadonlyMap<string, unknown>;
  /** A config file read and validated (cached by the resolver). */
  load(file: string): ConfigFile;
}

/** An array of one value, of the values given, or empty. */
export const toArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** The chain for config files found nearest first: the recommended preset, then the farthest file's layers first. */
export function chainOf(key: string, files: ConfigFile[], source: LayerSource): Chain {
  const layers: Layer[] = [{ display: 'policylint:recommended', dir: source.cwd, globDir: source.cwd, config: { rules: presetRules('recommended', source.rules) } }];
  for (const c of [...files].reverse()) layers.push(...layersOf(c, source, []));
  const plugins = pluginsOf(layers, source);
  const rules = [...source.rules, ...[...plugins.values()].flatMap((p) => p.rules)];
  return { key, files, layers, plugins, rules };
}

/** A file's layers: what it extends (recursively, in order), then itself. */
function layersOf(c: ConfigFile, source: LayerSource, trail: string[], globDir = c.dir): Layer[] {
  const display = c.display ?? displayPath(c.path, source.cwd);
  if (trail.includes(c.path)) {
    const cycle = [...trail, c.path].map((f) => displayPath(f, source.cwd)).join(' → ');
    throw new ConfigError([CONFIG_MESSAGES.extendsCycle(display, cycle)], c.config.locale);
  }
  const layers: Layer[] = [];
  toArray(c.config.extends).forEach((entry, index) => {
    const where = `${display}: extends${Array.isArray(c.config.extends) ? `[${index}]` : ''}`;
    const preset = /^policylint:(.+)$/.exec(entry);
    if (preset) {
      const name = preset[1] as PresetName;
      if (!PRESET_NAMES.includes(name)) {
        const hint = closest(name, [...PRESET_NAMES]);
        const presets = PRESET_NAMES.map((n) => `policylint:${n}`);
        throw new ConfigError([CONFIG_MESSAGES.unknownPreset(where, entry, presets, hint && `policylint:${hint}`)], c.config.locale);
      }
      layers.push({ display: entry, dir: c.dir, globDir, config: { rules: presetRules(name, source.rules) } });
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
      throw new ConfigError([CONFIG_MESSAGES.extendedNotFound(where, entry, typeof cause === 'string' ? same(cause) : cause)], c.config.locale);
    }
    layers.push(...layersOf(source.load(file), source, [...trail, c.path], globDir));
  });
  layers.push({ display, dir: c.dir, globDir, config: c.config });
  return layers;
}

/** The plugins the layers declare, by name; the same name twice must mean the same module. */
function pluginsOf(layers: Layer[], source: LayerSource): Map<string, LoadedPlugin> {
  const plugins = new Map<string, LoadedPlugin>();
  for (const layer of layers) {
    for (const [name, spec] of Object.entries(layer.config.plugins ?? {})) {
      const where = `${layer.display}: plugins[${JSON.stringify(name)}]`;
      const fail = (cause: string | LocalizedText) => {
        return new ConfigError([CONFIG_MESSAGES.pluginUnloadable(where, spec, typeof cause === 'string' ? same(cause) : cause)], layer.config.locale);
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
        const other = displayPath(existing.modulePath, source.cwd);
        throw fail(CONFIG_MESSAGES.pluginNameTaken(name, other));
      }
      if (!source.modules.has(file)) throw new ModuleNotLoaded(file, fail);
      try {
        plugins.set(name, readPlugin(name, file, source.modules.get(file)));
      } catch (error) {
        throw fail(causeOf(error));
      }
    }
  }
  return plugins;
}
