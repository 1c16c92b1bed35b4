import path from 'node:path';
import { SEVERITIES, type LocalizedText } from '../engine/rule.js';

/** A text that reads the same in both languages (a message from a library, a path). */
export const same = (text: string): LocalizedText => ({ 'zh-CN': text, en: text });

/** A value as messages quote it: JSON, cut to 60 characters. */
export function show(value: unknown): string {
  const s = JSON.stringify(value);
  return s === undefined ? String(value) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** How messages name a file: relative to the working directory when inside it, absolute otherwise. */
export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

/** The suggestion after a message: `；是否是指「x」？` and `; did you mean "x"?`, or nothing without a hint. */
const didYouMean = (hint: string | undefined) => ({ zh: hint ? `；是否是指「${hint}」？` : '', en: hint ? `; did you mean "${hint}"?` : '' });

const SEVERITIES_ZH = SEVERITIES.join('、');
const SEVERITIES_EN = SEVERITIES.join(', ');

/**
 * Every problem a configuration can have, in both languages. `where` is a place such as
 * `policylint.config.yaml: overrides[0].rules["x"]`; `display` a file as messages name it.
 * Users and tests read these texts: change one only on purpose.
 */
export const CONFIG_MESSAGES = {
  /** A problem found at a place, worded by someone else (the schema, a rule's options, a catalogue). */
  at: (where: string, text: LocalizedText): LocalizedText => ({ 'zh-CN': `${where}: ${text['zh-CN']}`, en: `${where}: ${text.en}` }),

  // Finding and reading files.
  /** --config names a file that is not there. */
  configNotFound: (display: string): LocalizedText => ({ 'zh-CN': `${display}: 找不到配置文件`, en: `${display}: configuration file not found` }),
  /** A config file that exists but cannot be read (a permission, a directory). */
  configUnreadable: (display: string, cause: string): LocalizedText => ({ 'zh-CN': `${display}: 无法读取配置文件（${cause}）`, en: `${display}: cannot read the configuration file (${cause})` }),
  /** `where` is the file with `:line:column` when the parser says. */
  invalidJson: (where: string, cause: string): LocalizedText => ({ 'zh-CN': `${where}: JSON 语法错误：${cause}`, en: `${where}: invalid JSON: ${cause}` }),
  /** `where` is the file with `:line:column` when the parser says. */
  invalidYaml: (where: string, cause: string): LocalizedText => ({ 'zh-CN': `${where}: YAML 语法错误：${cause}`, en: `${where}: invalid YAML: ${cause}` }),
  /** An .mjs config whose import failed. */
  configModuleUnloadable: (display: string, cause: string | LocalizedText): LocalizedText => ({ 'zh-CN': `${display}: 无法加载配置模块：${cause}`, en: `${display}: cannot load the configuration module: ${cause}` }),
  /** --ignore-path names a file that cannot be read. */
  ignoreFileUnreadable: (display: string, code: string): LocalizedText => ({ 'zh-CN': `${display}: 无法读取忽略文件（${code}）`, en: `${display}: cannot read the ignore file (${code})` }),

  // Checking one file.
  /** A schema problem at `path`, with the key probably meant when a key is unknown. */
  schemaProblem: (display: string, path: string, text: LocalizedText, hint: string | undefined): LocalizedText => {
    const mean = didYouMean(hint);
    return { 'zh-CN': `${display}: ${path}: ${text['zh-CN']}${mean.zh}`, en: `${display}: ${path}: ${text.en}${mean.en}` };
  },
  /** A rule's severity (alone or first in the array) that is not one of SEVERITIES. */
  badSeverity: (found: unknown): LocalizedText => ({ 'zh-CN': `严重级别应为 ${SEVERITIES_ZH} 之一（实际为 ${show(found)}）`, en: `severity must be one of ${SEVERITIES_EN} (found ${show(found)})` }),
  /** `[severity, options]` whose options are not an object. */
  optionsNotObject: (found: unknown): LocalizedText => ({ 'zh-CN': `规则选项应为对象（实际为 ${show(found)}）`, en: `options must be an object (found ${show(found)})` }),
  /** A rule setting that is neither a severity nor `[severity, options]`. */
  notARuleSetting: (found: unknown): LocalizedText => ({
    'zh-CN': `应为严重级别（${SEVERITIES_ZH}）或 [严重级别, 选项]（实际为 ${show(found)}）`,
    en: `must be a severity (${SEVERITIES_EN}) or [severity, options] (found ${show(found)})`,
  }),
  /** An unknown built-in rule id, found while checking one file. */
  unknownRuleInFile: (where: string, id: string, hint: string | undefined): LocalizedText => ({
    'zh-CN': `${where}: 未知的规则 "${id}"${hint ? `；是否是指 "${hint}"？` : ''}`,
    en: `${where}: unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : ''}`,
  }),

  // Layers: extends, presets and plugins.
  /** A file that extends itself, through others; `cycle` is the files joined by arrows. */
  extendsCycle: (display: string, cycle: string): LocalizedText => ({ 'zh-CN': `${display}: extends 形成循环：${cycle}`, en: `${display}: extends forms a cycle: ${cycle}` }),
  /** `policylint:<name>` that is not a preset; `presets` are the full names. */
  unknownPreset: (where: string, entry: string, presets: string[], hint: string | undefined): LocalizedText => {
    const mean = didYouMean(hint);
    return { 'zh-CN': `${where}: 未知的预设「${entry}」；可用：${presets.join('、')}${mean.zh}`, en: `${where}: unknown preset "${entry}"; available: ${presets.join(', ')}${mean.en}` };
  },
  /** An extended file or shared config package that cannot be resolved. */
  extendedNotFound: (where: string, entry: string, cause: LocalizedText): LocalizedText => ({ 'zh-CN': `${where}: 找不到「${entry}」（${cause['zh-CN']}）`, en: `${where}: cannot find "${entry}" (${cause.en})` }),
  /** A plugin that cannot be resolved, imported or read. */
  pluginUnloadable: (where: string, spec: string, cause: LocalizedText): LocalizedText => ({ 'zh-CN': `${where}: 无法加载插件「${spec}」：${cause['zh-CN']}`, en: `${where}: cannot load plugin "${spec}": ${cause.en}` }),
  /** The cause when one plugin name is given two modules. */
  pluginNameTaken: (name: string, other: string): LocalizedText => ({ 'zh-CN': `名称「${name}」已用于 ${other}`, en: `the name "${name}" is already used for ${other}` }),
  /** `plugin:<name>/<preset>` naming a plugin no config loads. */
  pluginNotLoaded: (display: string, plugin: string): LocalizedText => ({ 'zh-CN': `${display}: 没有加载名为「${plugin}」的插件，请在 plugins 中声明`, en: `${display}: no plugin named "${plugin}" is loaded; declare it under plugins` }),
  /** `plugin:<name>/<preset>` naming a preset the plugin lacks; `available` joined with commas. */
  unknownPluginPreset: (display: string, plugin: string, preset: string, available: string): LocalizedText => ({
    'zh-CN': `${display}: 插件「${plugin}」没有预设「${preset}」；可用：${available}`,
    en: `${display}: plugin "${plugin}" has no preset "${preset}"; available: ${available}`,
  }),

  // Merging.
  /** An unknown rule id (plugin rules included); `plugin` when it names a plugin that is not loaded. */
  unknownRule: (where: string, id: string, plugin: string | undefined, hint: string | undefined): LocalizedText => {
    const mean = didYouMean(hint);
    return {
      'zh-CN': `${where}: 未知的规则「${id}」${plugin ? `（没有加载名为「${plugin}」的插件，请在 plugins 中声明）` : ''}${mean.zh}`,
      en: `${where}: unknown rule "${id}"${plugin ? ` (no plugin named "${plugin}" is loaded; declare it under plugins)` : ''}${mean.en}`,
    };
  },
  /** settings.catalogue naming no loaded catalogue. */
  unknownCatalogue: (where: string, value: unknown, ids: string[], hint: string | undefined): LocalizedText => {
    const mean = didYouMean(hint);
    return {
      'zh-CN': `${where}: settings.catalogue: 没有编号为 ${show(value)} 的目录；可用：${ids.join('、')}${mean.zh}`,
      en: `${where}: settings.catalogue: no catalogue has the id ${show(value)}; available: ${ids.join(', ')}${mean.en}`,
    };
  },
  /** A `catalogues` entry naming no file. */
  catalogueNotFound: (where: string, name: string): LocalizedText => ({ 'zh-CN': `${where}: 找不到目录文件 ${name}`, en: `${where}: catalogue file not found: ${name}` }),
};
