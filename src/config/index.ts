/**
 * The configuration room's public face: what the runner, the command line, the language server
 * and the API use. Its files, in the order a configuration is built: lookup (which files),
 * config-file and validate (reading one), layers and plugins (what it extends and loads),
 * overrides (which apply to a file), merge (adding it all up), catalogues and ignores (what the
 * merged result loads), print-config (--print-config), resolver (the cached entry point),
 * lint-options (what the engine gets). Every error text is in messages.ts.
 */
export { CONFIG_FILE_NAMES } from './lookup.js';
export { parseConfig, loadConfigFile } from './config-file.js';
export { checkConfig } from './validate.js';
export { ConfigError } from './errors.js';
export { ConfigResolver, type ConfigResolverOptions } from './resolver.js';
export { lintOptionsFor } from './lint-options.js';
export type { PolicylintConfig, ConfigOverride, ConfigFile, EffectiveConfig, PrintedConfig } from './types.js';
export type { PluginModule, LoadedPlugin } from './plugins.js';
export { UsageError } from './usage-error.js';
