import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Rule } from '../engine/rule.js';
import type { UnusedDirectiveSetting } from '../engine/directives.js';
import { builtinRules } from '../../rules/index.js';
import { loadConfigFile } from './config-file.js';
import { causeOf, ConfigError, ModuleNotLoaded } from './errors.js';
import { Ignores } from './ignores.js';
import { chainOf, type Chain, type LayerSource } from './layers.js';
import { configFileIn, configFilesUpward } from './lookup.js';
import { merge } from './merge.js';
import { CONFIG_MESSAGES, displayPath } from './messages.js';
import { matchedOverrides } from './overrides.js';
import { importModule } from './plugins.js';
import type { ConfigFile, EffectiveConfig } from './types.js';
import { checkConfig } from './validate.js';

/** How a ConfigResolver finds configurations: the command line's configuration options. */
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
  private readonly ignores: Ignores;
  private readonly layerSource: LayerSource;

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
        throw new ConfigError([CONFIG_MESSAGES.configNotFound(display)]);
      }
      this.explicit = file;
    }
    this.ignores = new Ignores(this.cwd, options.ignorePath, options.ignorePatterns ?? []);
    this.layerSource = { cwd: this.cwd, rules: this.rules, modules: this.modules, load: (file) => this.load(file) };
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
    const files = this.explicit ? [this.load(this.explicit)] : this.lookup ? configFilesUpward(dir, (d) => this.configIn(d), (f) => this.load(f)) : [];
    const key = files.map((c) => c.path).join('\0');
    let chain = this.chains.get(key);
    if (!chain) {
      chain = chainOf(key, files, this.layerSource);
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
          throw new ModuleNotLoaded(file, (cause) => new ConfigError([CONFIG_MESSAGES.configModuleUnloadable(display, cause)]));
        }
        c = checkConfig(this.modules.get(file), file, display, this.rules);
      } else c = loadConfigFile(file, this.cwd, this.rules);
      this.loaded.set(file, c);
    }
    return c;
  }

  private configIn(dir: string): string | null {
    let found = this.dirConfig.get(dir);
    if (found === undefined) {
      found = configFileIn(dir);
      this.dirConfig.set(dir, found);
    }
    return found;
  }

  private resolve(chain: Chain, file: string | undefined): EffectiveConfig {
    const matched = file ? matchedOverrides(chain, file) : [];
    const key = `${chain.key}|${matched.join(',')}`;
    let effective = this.effective.get(key);
    if (!effective) {
      effective = merge(chain, new Set(matched), { cwd: this.cwd, includeInfo: this.includeInfo, reportUnused: this.reportUnused, ignores: this.ignores });
      this.effective.set(key, effective);
    }
    return effective;
  }
}
