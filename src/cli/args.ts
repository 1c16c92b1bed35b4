import { parseArgs } from 'node:util';
import { LOCALES, type Locale } from '../engine/rule.js';
import { FORMATS, type FormatName } from '../report/index.js';
import { CACHE_STRATEGIES, type CacheStrategy } from './cache.js';
import { parseConcurrency, type Concurrency } from './workers.js';
import { parseShard, type Shard } from './shard.js';
import { UsageError } from './usage-error.js';

export interface CliOptions {
  command: 'lint' | 'inspect' | 'merge-reports' | 'help' | 'version';
  patterns: string[];
  format: FormatName;
  config?: string;
  locale?: Locale;
  /** -1: no limit. */
  maxWarnings: number;
  quiet: boolean;
  info: boolean;
  /** true/false when asked for; undefined: decide from the terminal. */
  color?: boolean;
  /** Scale options (issue 6); raw values are checked where they are used. */
  stats: boolean;
  cache: boolean;
  cacheLocation?: string;
  cacheStrategy: CacheStrategy;
  concurrency: Concurrency;
  shard?: Shard;
  changedSince?: string;
}

export { UsageError } from './usage-error.js';

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  locale: { type: 'string' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean' },
  info: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
  stats: { type: 'boolean' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  'cache-strategy': { type: 'string' },
  concurrency: { type: 'string' },
  shard: { type: 'string' },
  'changed-since': { type: 'string' },
} as const;

/** Parse argv (without node and the script). Throws UsageError. */
export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw describeParseError(error as Error & { code?: string });
  }
  const { values, positionals } = parsed;

  const format = values.format ?? 'stylish';
  if (!FORMATS.includes(format as FormatName)) {
    throw new UsageError(`--format 的值应为 ${FORMATS.join('、')} 之一（实际为“${format}”）`, `--format must be one of ${FORMATS.join(', ')} (found "${format}")`);
  }
  const locale = values.locale;
  if (locale !== undefined && !LOCALES.includes(locale as Locale)) {
    throw new UsageError(`--locale 的值应为 ${LOCALES.join('、')} 之一（实际为“${locale}”）`, `--locale must be one of ${LOCALES.join(', ')} (found "${locale}")`);
  }
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings'].trim();
    if (!/^(-1|\d+)$/.test(raw)) {
      throw new UsageError(`--max-warnings 的值应为非负整数（实际为“${raw}”）`, `--max-warnings must be a non-negative integer (found "${raw}")`);
    }
    maxWarnings = Number(raw);
  }
  if (values.color && values['no-color']) {
    throw new UsageError('--color 与 --no-color 不能同时使用', '--color and --no-color cannot be used together');
  }

  let command: CliOptions['command'] = 'lint';
  let patterns = positionals;
  if (values.help) command = 'help';
  else if (values.version) command = 'version';
  else if (positionals[0] === 'inspect') {
    command = 'inspect';
    patterns = positionals.slice(1);
    if (patterns.length !== 1) {
      throw new UsageError('inspect 需要且只需要一个文件：policylint inspect <文件>', 'inspect takes exactly one file: policylint inspect <file>');
    }
  } else if (positionals[0] === 'merge-reports') {
    command = 'merge-reports';
    patterns = positionals.slice(1);
    if (patterns.length === 0) {
      throw new UsageError('merge-reports 需要至少一个报告文件：policylint merge-reports a.json b.json …', 'merge-reports needs at least one report file: policylint merge-reports a.json b.json …');
    }
  }
  const cacheStrategy = values['cache-strategy'] ?? 'content';
  if (!CACHE_STRATEGIES.includes(cacheStrategy as CacheStrategy)) {
    throw new UsageError(`--cache-strategy 的值应为 ${CACHE_STRATEGIES.join('、')} 之一（实际为“${cacheStrategy}”）`, `--cache-strategy must be one of ${CACHE_STRATEGIES.join(', ')} (found "${cacheStrategy}")`);
  }
  if (values['changed-since'] !== undefined && !values['changed-since'].trim()) {
    throw new UsageError('--changed-since 需要一个 git 引用（分支、标签或提交），例如 --changed-since origin/main', '--changed-since needs a git ref (branch, tag or commit), e.g. --changed-since origin/main');
  }

  return {
    command,
    patterns,
    format: format as FormatName,
    config: values.config,
    locale: locale as Locale | undefined,
    maxWarnings,
    quiet: values.quiet ?? false,
    info: values.info ?? false,
    color: values['no-color'] ? false : values.color ? true : undefined,
    stats: values.stats ?? false,
    // Naming a location asks for the cache too.
    cache: (values.cache ?? false) || values['cache-location'] !== undefined,
    cacheLocation: values['cache-location'],
    cacheStrategy: cacheStrategy as CacheStrategy,
    concurrency: values.concurrency === undefined ? 'auto' : parseConcurrency(values.concurrency),
    shard: values.shard === undefined ? undefined : parseShard(values.shard),
    changedSince: values['changed-since']?.trim(),
  };
}

function describeParseError(error: Error & { code?: string }): UsageError {
  const option = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const name = option.split(',').pop()!.trim().split(' ')[0];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`未知选项“${option}”`, `unknown option "${option}"`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/argument missing|ambiguous/.test(error.message)) {
        return new UsageError(`选项 ${name} 需要一个值（以 - 开头的值请写成 ${name}=值）`, `option ${name} needs a value (write ${name}=VALUE for a value starting with -)`);
      }
      return new UsageError(`选项 ${name} 不接受值`, `option ${name} does not take a value`);
    default:
      return new UsageError(error.message.split('\n')[0], error.message.split('\n')[0]);
  }
}

export const HELP_TEXT = `policylint — 政策文件（Markdown）草稿检查工具

用法：
  policylint [选项] [文件|目录|glob ...]   检查文件（无参数时检查当前目录）
  policylint inspect <文件>                以 JSON 输出从文件中提取的事实（日期、列举、目标、引用、文号）
  policylint merge-reports <报告 ...>      合并分片运行的 json（或 SARIF）报告，按 --format 输出

目录表示其下所有 **/*.md；node_modules 与 .git 总是跳过；明确列出的文件不论扩展名都会检查。

选项：
  -f, --format <stylish|json>  输出格式（默认 stylish；json 与 ESLint 兼容）
  -c, --config <文件>          只使用这个配置文件（不再向上查找）
      --locale <zh-CN|en>      消息语言（默认 zh-CN，或配置文件中的 locale）
      --max-warnings <n>       警告数超过 n 时退出码为 1
      --quiet                  只报告错误
      --info                   同时报告“提示”级发现（不计入警告）
      --color, --no-color      强制使用／不使用颜色（也遵循 NO_COLOR）
      --cache                  复用未改动文件的结果（按内容、配置、目录数据和版本判断）
      --cache-location <路径>  缓存文件（默认 .policylintcache；给目录则放在其中）
      --cache-strategy <content|metadata>  按内容哈希（默认）或按大小与修改时间判断是否改动
      --concurrency <auto|off|n>  用 n 个线程检查（主线程加 n−1 个工作线程；默认 auto：文件多且有多核时用全部核心）
      --shard <k/n>            只检查 n 份中的第 k 份（按大小均衡、结果确定，供 CI 矩阵使用）
      --changed-since <引用>   只检查自该 git 引用以来改动的文件（配置或目录数据改动时检查全部）
      --stats                  在标准错误输出各阶段与各规则耗时（json 格式中另含 stats 字段）
  -v, --version                显示版本
  -h, --help                   显示本帮助

配置文件：policylint.config.json|yaml|yml 或 .policylintrc.json|yaml|yml，
  从每个被检查文件所在目录向上查找（近者优先，遇 root: true 停止）。
退出码：0 无错误且警告未超限；1 有错误或警告超限；2 用法、配置或内部错误。

Usage:
  policylint [options] [files|dirs|globs ...]   lint files (the current directory when none are given)
  policylint inspect <file>                      print the facts extracted from a file as JSON
  policylint merge-reports <report ...>          merge shards' json (or SARIF) reports, print in --format

A directory stands for its **/*.md; node_modules and .git are always skipped; files named
explicitly are linted whatever their extension.

Options:
  -f, --format <stylish|json>  output format (default stylish; json is ESLint-compatible)
  -c, --config <file>          use this configuration file only (no lookup)
      --locale <zh-CN|en>      message language (default zh-CN, or the config's locale)
      --max-warnings <n>       exit with 1 when there are more than n warnings
      --quiet                  report errors only
      --info                   also report info findings (never counted as warnings)
      --color, --no-color      force colours on/off (NO_COLOR is honoured too)
      --cache                  reuse results of unchanged files (content, config, catalogues, version)
      --cache-location <path>  cache file (default .policylintcache; a directory holds it)
      --cache-strategy <content|metadata>  detect changes by content hash (default) or size and mtime
      --concurrency <auto|off|n>  lint on n threads (main + n−1 workers; default auto: every core, for many files)
      --shard <k/n>            lint part k of n (balanced by size, deterministic; for CI matrices)
      --changed-since <ref>    lint only files changed since a git ref (all when config or catalogues changed)
      --stats                  print time per phase and per rule to stderr (json gets a stats key)
  -v, --version                print the version
  -h, --help                   print this help

Configuration: policylint.config.json|yaml|yml or .policylintrc.json|yaml|yml, found upward from
  each linted file (nearer wins; the search stops at root: true).
Exit codes: 0 no errors and warnings within the limit; 1 errors or too many warnings;
  2 usage, configuration or internal error.
`;
