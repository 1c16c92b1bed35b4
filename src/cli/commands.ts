import { linkSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { LOCALES, type Locale, type Rule } from '../engine/rule.js';
import { PRESET_NAMES, type PresetName } from '../engine/presets.js';
import { closest } from '../engine/rule-settings.js';
import { loadRuleDoc } from '../files/rule-docs.js';
import { ConfigResolver, CONFIG_FILE_NAMES, parseConfig } from '../config/index.js';
import { UsageError, type CliOptions } from './args.js';
import { compactJson, inspectFile } from '../runner/inspect.js';
import { readTextFile } from '../files/read.js';
import { filterResults, format, totals } from '../report/index.js';
import { mergeReports, ReportMergeError, toLintResults } from '../report/merge.js';

/** What these commands need of main's CliIo (declared here: importing main would make a cycle). */
interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  cwd: string;
}

/** The resolver the command line asks for: config file, lookup, ignores and directive reporting. */
export function resolverFor(options: CliOptions, io: { cwd: string }, includeInfo = true): ConfigResolver {
  return new ConfigResolver({
    cwd: io.cwd,
    configFile: options.config,
    includeInfo,
    useConfigLookup: options.configLookup,
    ignorePath: options.ignorePath,
    ignorePatterns: options.ignorePatterns,
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives,
  });
}

/** The rules the configuration of the working directory knows: built-in ones and its plugins'. */
async function knownRules(options: CliOptions, io: CliIo): Promise<readonly Rule<never>[]> {
  const resolver = resolverFor(options, io);
  await resolver.preload();
  return resolver.rulesFor(io.cwd);
}

function summaryOf(rule: Rule<never>, locale: Locale): string {
  return loadRuleDoc(rule.meta)?.summary[locale] || rule.meta.description[locale];
}

/** --list-rules: one line per rule, or a JSON array with --format json. */
export async function runListRules(options: CliOptions, io: CliIo): Promise<number> {
  const locale = options.locale ?? 'zh-CN';
  const rules = await knownRules(options, io);
  const rows = rules.map((r) => ({
    id: r.meta.id,
    category: r.meta.category,
    severity: r.meta.severity,
    fixable: r.meta.fixable,
    hasSuggestions: r.meta.hasSuggestions ?? false,
    summary: summaryOf(r, locale),
  }));
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const header = locale === 'en' ? ['rule', 'category', 'default', 'fixable', 'summary'] : ['规则', '类别', '默认级别', '可修复', '摘要'];
  const yes = locale === 'en' ? 'yes' : '是';
  const table = [header, ...rows.map((r) => [r.id, r.category, r.severity, r.fixable ? yes : '', r.summary])];
  // Only the last column holds CJK text, so padding by code units keeps the ASCII columns aligned.
  const widths = header.map((_, i) => Math.max(...table.map((row) => displayWidth(row[i]))));
  const lines = table.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i] - displayWidth(cell)))).join('  ').trimEnd());
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

/** Terminal columns a string takes: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}

/** --explain <rule>: the rule's doc page in the locale, with its options schema. */
export async function runExplain(options: CliOptions, io: CliIo): Promise<number> {
  const locale = options.locale ?? 'zh-CN';
  const id = options.target ?? '';
  const rules = await knownRules(options, io);
  const rule = rules.find((r) => r.meta.id === id);
  if (!rule) {
    const hint = closest(id, rules.map((r) => r.meta.id));
    throw new UsageError(
      `未知的规则“${id}”${hint ? `；是否是指“${hint}”？` : ''}（用 --list-rules 查看所有规则）`,
      `unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : ''} (see --list-rules)`,
    );
  }
  const { meta } = rule;
  const doc = loadRuleDoc(meta);
  const en = locale === 'en';
  const out: string[] = [`# ${meta.id}`, '', doc?.summary[locale] || meta.description[locale], ''];
  out.push(
    en
      ? `category: ${meta.category} · default: ${meta.severity} · fixable: ${meta.fixable ? 'yes' : 'no'}`
      : `类别：${meta.category} · 默认级别：${meta.severity} · 可自动修复：${meta.fixable ? '是' : '否'}`,
    '',
  );
  if (doc) {
    const explanation = doc.explanation[locale] || doc.explanation[en ? 'zh-CN' : 'en'];
    if (explanation) out.push(en ? '## Explanation' : '## 说明', '', explanation, '');
    const examples = [...doc.examples.invalid.map((e) => [en ? 'Invalid:' : '错误示例：', e]), ...doc.examples.valid.map((e) => [en ? 'Valid:' : '正确示例：', e])];
    if (examples.length) {
      out.push(en ? '## Examples' : '## 示例', '');
      for (const [label, code] of examples) out.push(label, '', '```markdown', code, '```', '');
    }
  } else if (/^[a-z]+:\/\//i.test(meta.docs)) {
    out.push(en ? `Documentation: ${meta.docs}` : `文档：${meta.docs}`, '');
  }
  out.push(en ? '## Options' : '## 选项', '');
  out.push(meta.schema ? ['```json', JSON.stringify(meta.schema, null, 2), '```'].join('\n') : en ? 'This rule has no options.' : '此规则没有选项。', '');
  io.stdout.write(`${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`);
  return 0;
}

/** --print-config <file>: the configuration that applies to it, as JSON. */
export async function runPrintConfig(options: CliOptions, io: CliIo): Promise<number> {
  const file = path.resolve(io.cwd, options.target ?? '');
  const resolver = resolverFor(options, io, options.info);
  await resolver.preload([file]);
  const config = resolver.forFile(file);
  io.stdout.write(`${compactJson({ ...config.toJSON(), ignored: config.isIgnored(file), fingerprint: config.fingerprint })}\n`);
  return 0;
}

export const STARTER_CONFIG_NAME = 'policylint.config.yaml';

export interface StarterChoices {
  locale: Locale;
  preset: PresetName;
}

export function starterConfig({ locale, preset }: StarterChoices = { locale: 'zh-CN', preset: 'recommended' }): string {
  return STARTER_CONFIG.replace('extends: policylint:recommended', `extends: policylint:${preset}`).replace('locale: zh-CN', `locale: ${locale}`);
}

export const STARTER_CONFIG = `# policylint 配置 · policylint configuration
# 字段说明见 schemas/config.schema.json · keys are described in schemas/config.schema.json
root: true

# 预设 · presets: policylint:recommended | policylint:strict | policylint:all
extends: policylint:recommended

# 消息语言 · message language: zh-CN | en
locale: zh-CN

# 规则 · rules: off | info | warn | error, or [severity, { options }]
rules: {}
  # catalogue-unknown-item: warn

# 上级目录等补充目录文件 · extra catalogue files, relative to this file
catalogues: []

# 按文件调整 · settings for some files
overrides: []
  # - files: ["news/**"]
  #   rules:
  #     catalogue-unknown-item: "off"

# 不检查的文件 · files not to lint
ignores: []
`;

/** On a terminal, ask for the message language and the preset (Enter keeps the default). */
async function askChoices(io: CliIo, en: boolean): Promise<StarterChoices> {
  const rl = createInterface({ input: io.stdin!, terminal: false });
  // The line iterator buffers: answers typed (or pasted) ahead of their question are kept.
  const lines = rl[Symbol.asyncIterator]();
  try {
    const pick = async <T extends string>(question: string, allowed: readonly T[], fallback: T): Promise<T> => {
      for (;;) {
        io.stdout.write(`${question} [${allowed.join('/')}] (${fallback}) `);
        const next = await lines.next();
        const answer = next.done ? '' : String(next.value).trim();
        if (!answer) return fallback;
        const found = allowed.find((a) => a.toLowerCase() === answer.toLowerCase());
        if (found) return found;
        io.stdout.write(en ? `Please answer one of ${allowed.join(', ')}.\n` : `请回答 ${allowed.join('、')} 之一。\n`);
      }
    };
    const locale = await pick(en ? 'Message language?' : '消息语言？', LOCALES, en ? 'en' : 'zh-CN');
    const preset = await pick(en ? 'Preset?' : '预设？', PRESET_NAMES, 'recommended');
    return { locale, preset };
  } finally {
    rl.close();
  }
}

/**
 * --init: write a starter config into the working directory. On a terminal it asks for the
 * language and the preset; otherwise (CI, a pipe) it asks nothing. Never overwrites an existing
 * configuration; writes atomically.
 */
export async function runInit(options: CliOptions, io: CliIo): Promise<number> {
  const en = (options.locale ?? 'zh-CN') === 'en';
  const existing = CONFIG_FILE_NAMES.find((name) => statSync(path.join(io.cwd, name), { throwIfNoEntry: false }));
  if (existing) {
    throw new UsageError(`${existing} 已存在，未做任何修改（--init 不会覆盖已有配置）`, `${existing} already exists; nothing was changed (--init never overwrites a configuration)`);
  }
  const choices = io.stdin?.isTTY && io.stdout.isTTY ? await askChoices(io, en) : { locale: 'zh-CN' as Locale, preset: 'recommended' as PresetName };
  const text = starterConfig(choices);
  // The starter must stay a valid config: a broken template would fail the user's first run.
  parseConfig(text, path.join(io.cwd, STARTER_CONFIG_NAME), STARTER_CONFIG_NAME);
  const target = path.join(io.cwd, STARTER_CONFIG_NAME);
  const temp = path.join(io.cwd, `.${STARTER_CONFIG_NAME}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    // A hard link appears whole or not at all, and fails rather than replace a file created meanwhile.
    linkSync(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`无法写入 ${STARTER_CONFIG_NAME}（${code}）`, `cannot write ${STARTER_CONFIG_NAME} (${code})`);
  } finally {
    rmSync(temp, { force: true });
  }
  io.stdout.write(en ? `Wrote ${STARTER_CONFIG_NAME}.\n` : `已写入 ${STARTER_CONFIG_NAME}。\n`);
  return 0;
}

/** policylint inspect <file>: the model as JSON, with the findings. */
export async function runInspect(options: CliOptions, io: CliIo & { stderr: { write(text: string): unknown } }): Promise<number> {
  const file = path.resolve(io.cwd, options.patterns[0]);
  const resolver = resolverFor(options, io);
  await resolver.preload([file]);
  let decoded;
  try {
    decoded = await readTextFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const locale = options.locale ?? 'zh-CN';
    const shown = options.patterns[0];
    io.stderr.write(`policylint: ${locale === 'en' ? `cannot read ${shown}` : `无法读取 ${shown}`}${code ? ` (${code})` : ''}\n`);
    return 2;
  }
  const report = inspectFile(file, decoded, resolver, options.locale);
  io.stdout.write(`${compactJson(report)}\n`);
  return 0;
}

/** policylint merge-reports a.json b.json …: one report with the totals of a single run. */
export async function runMergeReports(options: CliOptions, io: CliIo & { env: Record<string, string | undefined> }): Promise<number> {
  const locale: Locale = options.locale ?? 'zh-CN';
  const inputs = [];
  for (const name of options.patterns) {
    const file = path.resolve(io.cwd, name);
    try {
      inputs.push({ file: name, text: await readFile(file, 'utf8') });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      throw new UsageError(`${name}: 无法读取报告文件（${code}）`, `${name}: cannot read the report file (${code})`);
    }
  }
  let merged;
  try {
    merged = mergeReports(inputs);
  } catch (error) {
    if (error instanceof ReportMergeError) throw new UsageError(error.zh, error.en);
    throw error;
  }
  if (merged.kind === 'sarif') {
    if (options.format !== 'stylish' && (options.format as string) !== 'sarif') {
      throw new UsageError('SARIF 报告合并后仍输出 SARIF；请去掉 --format 或使用 --format sarif', 'merged SARIF logs are printed as SARIF; drop --format or use --format sarif');
    }
    io.stdout.write(`${JSON.stringify(merged.log)}\n`);
    const levels = merged.log.runs.flatMap((r) => (r.results ?? []).map((x) => x.level));
    // SARIF's default level is warning.
    return levels.some((l) => l === 'error') ? 1 : 0;
  }
  if (options.format === 'json' && !options.quiet) {
    // Passed through as they are: whatever fields the shards' reports carry survive the merge.
    io.stdout.write(`${JSON.stringify(merged.results)}\n`);
    const errors = merged.results.reduce((n, r) => n + r.errorCount, 0);
    const warnings = merged.results.reduce((n, r) => n + r.warningCount, 0);
    return errors > 0 || (options.maxWarnings >= 0 && warnings > options.maxWarnings) ? 1 : 0;
  }
  const results = filterResults(toLintResults(merged.results), { quiet: options.quiet, includeInfo: true });
  const color = options.color ?? (io.env.NO_COLOR ? false : io.stdout.isTTY === true);
  const output = format(options.format, results, { cwd: io.cwd, locale, color });
  if (output) io.stdout.write(options.format === 'json' ? `${output}\n` : output);
  const { errorCount, warningCount } = totals(results);
  const tooManyWarnings = options.maxWarnings >= 0 && warningCount > options.maxWarnings;
  return errorCount > 0 || tooManyWarnings ? 1 : 0;
}
