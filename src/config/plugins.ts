import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CATEGORIES, SEVERITIES, type LocalizedText, type Rule, type RuleMeta } from '../engine/rule.js';
import type { RuleSetting } from '../engine/rule-settings.js';
import { compileSchema } from '../schema/validator.js';

/**
 * What a plugin module exports (default export, or the module namespace itself):
 * `{ rules: { name: { meta, check } }, configs?: { recommended: { rules, settings } } }`.
 */
export interface PluginModule {
  meta?: { name?: string; version?: string };
  rules?: Record<string, Rule<never>>;
  configs?: Record<string, { rules?: Record<string, RuleSetting>; settings?: Record<string, unknown> }>;
}

export interface LoadedPlugin {
  name: string;
  /** Absolute path of the module file: all a worker thread needs to load it again. */
  modulePath: string;
  /** Rules with ids namespaced `<plugin>/<rule>` and doc paths made absolute. */
  rules: Rule<never>[];
  configs: NonNullable<PluginModule['configs']>;
}

/** A problem with a plugin module, worded in both languages (the config error wraps it). */
export class PluginProblem extends Error {
  constructor(readonly text: LocalizedText) {
    super(text.en);
    this.name = 'PluginProblem';
  }
}

const problem = (zh: string, en: string) => new PluginProblem({ 'zh-CN': zh, en });

/** Names tried for a package specifier, ESLint style: `house` → `policylint-plugin-house`. */
export function packageCandidates(spec: string): string[] {
  if (spec.startsWith('@')) {
    const [scope, name] = spec.split('/');
    if (!name) return [`${scope}/policylint-plugin`];
    return name.startsWith('policylint-plugin') ? [spec] : [`${scope}/policylint-plugin-${name}`, spec];
  }
  return spec.startsWith('policylint-plugin-') ? [spec] : [`policylint-plugin-${spec}`, spec];
}

const isPathSpecifier = (spec: string) => spec.startsWith('.') || path.isAbsolute(spec) || spec.startsWith('file:');

/**
 * The module file a specifier names: a path relative to the config's folder, or a package
 * resolved from that folder (as Node would for a file there). Throws an Error saying what was tried.
 */
export function resolveModule(spec: string, fromDir: string, candidates = packageCandidates(spec)): string {
  if (isPathSpecifier(spec)) {
    const file = spec.startsWith('file:') ? new URL(spec).pathname : path.resolve(fromDir, spec);
    if (!statSync(file, { throwIfNoEntry: false })?.isFile()) throw problem(`文件不存在：${file}`, `no such file: ${file}`);
    return file;
  }
  const require = createRequire(path.join(fromDir, '__policylint__.js'));
  for (const name of candidates) {
    try {
      return require.resolve(name);
    } catch {
      // An ESM-only package has no "require" export: find its package.json and read the entry ourselves.
      const entry = esmEntry(require, name);
      if (entry) return entry;
    }
  }
  throw problem(
    `从 ${fromDir} 找不到包 ${candidates.map((c) => `“${c}”`).join(' 或 ')}（请先 npm install）`,
    `cannot find package ${candidates.map((c) => `"${c}"`).join(' or ')} from ${fromDir} (npm install it first)`,
  );
}

function esmEntry(require: NodeJS.Require, name: string): string | undefined {
  for (const paths of require.resolve.paths(name) ?? []) {
    const dir = path.join(paths, name);
    const pkgFile = path.join(dir, 'package.json');
    if (!statSync(pkgFile, { throwIfNoEntry: false })) continue;
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { exports?: unknown; main?: string; module?: string };
    const dot = typeof pkg.exports === 'object' && pkg.exports && '.' in pkg.exports ? (pkg.exports as Record<string, unknown>)['.'] : pkg.exports;
    const target = pick(dot) ?? pkg.module ?? pkg.main ?? 'index.js';
    const file = path.resolve(dir, target);
    return statSync(file, { throwIfNoEntry: false })?.isFile() ? file : undefined;
  }
  return undefined;
}

function pick(exp: unknown): string | undefined {
  if (typeof exp === 'string') return exp;
  if (exp && typeof exp === 'object') {
    const e = exp as Record<string, unknown>;
    return pick(e.import) ?? pick(e.default) ?? pick(e.node);
  }
  return undefined;
}

/** Import a module file (a plugin or an .mjs config); the default export when there is one. */
export async function importModule(file: string): Promise<unknown> {
  // Node caches modules by URL for the life of the process; a long-lived host (the language
  // server) must see a plugin edited since, so the URL carries the file's modification time.
  const url = `${pathToFileURL(file).href}?mtime=${statSync(file).mtimeMs}`;
  const ns = (await import(url)) as Record<string, unknown>;
  return 'default' in ns ? ns.default : ns;
}

/** Check a plugin's shape and namespace its rules. Throws an Error naming the first problem. */
export function readPlugin(name: string, modulePath: string, exported: unknown): LoadedPlugin {
  if (!exported || typeof exported !== 'object') throw problem('模块没有导出插件对象（export default { rules }）', 'the module does not export a plugin object (export default { rules })');
  const plugin = exported as PluginModule;
  if (plugin.rules !== undefined && (typeof plugin.rules !== 'object' || plugin.rules === null)) throw problem('"rules" 应为规则对象', '"rules" must be an object of rules');
  const rules: Rule<never>[] = [];
  for (const [key, rule] of Object.entries(plugin.rules ?? {})) {
    const where = `rules["${key}"]`;
    if (!rule || typeof rule !== 'object' || typeof rule.check !== 'function' || !rule.meta || typeof rule.meta !== 'object') {
      throw problem(`${where} 应为 { meta, check }（可用 defineRule）`, `${where} must be { meta, check } (use defineRule)`);
    }
    const meta = rule.meta;
    if (!meta.messages || typeof meta.messages !== 'object') throw problem(`${where}.meta.messages 应把消息编号映射到 { "zh-CN", en } 文本`, `${where}.meta.messages must map message ids to { "zh-CN", en } texts`);
    if (!SEVERITIES.includes(meta.severity) || meta.severity === ('off' as never)) throw problem(`${where}.meta.severity 应为 info、warn、error 之一`, `${where}.meta.severity must be one of info, warn, error`);
    if (meta.category !== undefined && !CATEGORIES.includes(meta.category)) throw problem(`${where}.meta.category 应为 ${CATEGORIES.join('、')} 之一`, `${where}.meta.category must be one of ${CATEGORIES.join(', ')}`);
    if (meta.schema !== undefined) {
      try {
        compileSchema(meta.schema);
      } catch (error) {
        const cause = (error as Error).message.split('\n')[0];
        throw problem(`${where}.meta.schema 不是有效的 JSON Schema：${cause}`, `${where}.meta.schema is not a valid JSON Schema: ${cause}`);
      }
    }
    const docs = typeof meta.docs === 'string' && meta.docs && !/^[a-z]+:\/\//i.test(meta.docs) ? path.resolve(path.dirname(modulePath), meta.docs) : (meta.docs ?? '');
    const namespaced: RuleMeta = { ...meta, id: `${name}/${key}`, fixable: meta.fixable ?? false, docs };
    rules.push({ meta: namespaced, check: rule.check.bind(rule) } as Rule<never>);
  }
  return { name, modulePath, rules, configs: plugin.configs ?? {} };
}
