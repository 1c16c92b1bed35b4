import { parseArgs } from 'node:util';
import { CATEGORIES, LOCALES, type Category, type Locale } from '../engine/rule.js';
import { builtinRules } from '../../rules/index.js';
import { FORMATS, type FormatName } from '../report/index.js';
import { CACHE_STRATEGIES, type CacheStrategy } from '../runner/cache.js';
import { parseConcurrency, type Concurrency } from '../runner/concurrency.js';
import { parseShard, type Shard } from '../runner/shard.js';
import { UsageError } from '../config/usage-error.js';
import { CLI_OPTIONS } from './option-table.js';

export interface CliOptions {
  command: 'lint' | 'inspect' | 'merge-reports' | 'help' | 'version' | 'list-rules' | 'explain' | 'print-config' | 'init';
  patterns: string[];
  /** The first --format's name (stylish by default). */
  format: FormatName;
  /** Every --format, each to its file or (without one) to stdout. */
  outputs: ReportOutput[];
  config?: string;
  locale?: Locale;
  /** -1: no limit. */
  maxWarnings: number;
  quiet: boolean;
  info: boolean;
  /** true/false when asked for; undefined: decide from the terminal. */
  color?: boolean;
  /** --fix (write) or --fix-dry-run (do not write), with what to fix. */
  fix?: { write: boolean; types?: Category[]; suggestionRules: string[] };
  /** false with --no-config-lookup. */
  configLookup: boolean;
  ignorePath?: string;
  ignorePatterns: string[];
  /** --report-unused-disable-directives (warn) or --report-unused-disable-directives-severity. */
  reportUnusedDisableDirectives?: 'off' | 'warn' | 'error';
  /** --explain's rule id, --print-config's file. */
  target?: string;
  /** --stdin: lint standard input instead of files. */
  stdin: boolean;
  /** --stdin-filename: the path standard input is linted as (config, ignores, messages). */
  stdinFilename?: string;
  /** Scale options (issue 6); raw values are checked where they are used. */
  stats: boolean;
  cache: boolean;
  cacheLocation?: string;
  cacheStrategy: CacheStrategy;
  concurrency: Concurrency;
  shard?: Shard;
  changedSince?: string;
}

export interface ReportOutput {
  format: FormatName;
  /** Where to write it (relative to cwd); stdout when absent. */
  file?: string;
}

export { UsageError } from '../config/usage-error.js';

/** Parse argv (without node and the script). Throws UsageError. */
export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: CLI_OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw describeParseError(error as Error & { code?: string });
  }
  const { values, positionals } = parsed;

  const outputs = parseOutputs(values.format ?? [], values['output-file']);
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

  const fix = parseFixOptions(values);
  let reportUnused: CliOptions['reportUnusedDisableDirectives'];
  if (values['report-unused-disable-directives']) reportUnused = 'warn';
  const unusedSeverity = values['report-unused-disable-directives-severity'];
  if (unusedSeverity !== undefined) {
    if (!['off', 'warn', 'error'].includes(unusedSeverity)) {
      throw new UsageError(
        `--report-unused-disable-directives-severity 的值应为 off、warn、error 之一（实际为“${unusedSeverity}”）`,
        `--report-unused-disable-directives-severity must be one of off, warn, error (found "${unusedSeverity}")`,
      );
    }
    reportUnused = unusedSeverity as 'off' | 'warn' | 'error';
  }
  if (values['stdin-filename'] !== undefined && !values.stdin) {
    throw new UsageError('--stdin-filename 只能与 --stdin 一起使用', '--stdin-filename can only be used with --stdin');
  }
  if (values.stdin && values.fix) {
    throw new UsageError('--fix 不能用于标准输入（无处写回）；请用 --fix-dry-run 输出修复后的文本', '--fix cannot be used with --stdin (there is no file to write); use --fix-dry-run to print the fixed text');
  }
  if (values.stdin && positionals.length) {
    throw new UsageError(`使用 --stdin 时不能再给出文件（收到“${positionals[0]}”）；要指定路径请用 --stdin-filename`, `--stdin cannot be combined with files (found "${positionals[0]}"); name the path with --stdin-filename`);
  }

  let command: CliOptions['command'] = 'lint';
  let patterns = positionals;
  let target: string | undefined;
  if (values.help) command = 'help';
  else if (values.version) command = 'version';
  else if (values['list-rules']) command = 'list-rules';
  else if (values.explain !== undefined) [command, target] = ['explain', values.explain];
  else if (values['print-config'] !== undefined) [command, target] = ['print-config', values['print-config']];
  else if (values.init) command = 'init';
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
    format: outputs[0].format,
    outputs,
    config: values.config,
    locale: locale as Locale | undefined,
    maxWarnings,
    quiet: values.quiet ?? false,
    info: values.info ?? false,
    color: values['no-color'] ? false : values.color ? true : undefined,
    ...(fix ? { fix } : {}),
    configLookup: !values['no-config-lookup'],
    ignorePath: values['ignore-path'],
    ignorePatterns: values['ignore-pattern'] ?? [],
    reportUnusedDisableDirectives: reportUnused,
    target,
    stdin: values.stdin ?? false,
    stdinFilename: values['stdin-filename'],
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

/**
 * `--format name` or `--format name:file`, repeatable; `--output-file` names the file of a single
 * format. At most one format goes to stdout (two would interleave), and no file is named twice.
 */
function parseOutputs(formats: string[], outputFile: string | undefined): ReportOutput[] {
  const outputs = (formats.length ? formats : ['stylish']).map((spec): ReportOutput => {
    const colon = spec.indexOf(':');
    const name = (colon === -1 ? spec : spec.slice(0, colon)).trim();
    const file = colon === -1 ? undefined : spec.slice(colon + 1);
    if (!FORMATS.includes(name as FormatName)) {
      throw new UsageError(`--format 的值应为 ${FORMATS.join('、')} 之一（实际为“${name}”）`, `--format must be one of ${FORMATS.join(', ')} (found "${name}")`);
    }
    if (file !== undefined && !file.trim()) {
      throw new UsageError(`--format ${name}: 冒号后应为输出文件名，如 --format ${name}:report.${name}`, `--format ${name}: a file name must follow the colon, as in --format ${name}:report.${name}`);
    }
    return file === undefined ? { format: name as FormatName } : { format: name as FormatName, file };
  });
  if (outputFile !== undefined) {
    if (!outputFile.trim()) throw new UsageError('--output-file 需要一个文件名', '--output-file needs a file name');
    if (outputs.length > 1 || outputs[0].file !== undefined) {
      throw new UsageError('--output-file 只能与单个 --format 一起使用；多种格式请写成 --format 格式:文件', '--output-file applies to a single --format; for several formats write --format NAME:FILE');
    }
    outputs[0].file = outputFile;
  }
  const toStdout = outputs.filter((o) => o.file === undefined);
  if (toStdout.length > 1) {
    throw new UsageError(
      `只能有一种格式输出到标准输出（${toStdout.map((o) => o.format).join('、')}）；其余请写成 --format 格式:文件`,
      `only one format can go to standard output (${toStdout.map((o) => o.format).join(', ')}); give the others a file: --format NAME:FILE`,
    );
  }
  const files = outputs.filter((o) => o.file !== undefined).map((o) => o.file!);
  const twice = files.find((f, i) => files.indexOf(f) !== i);
  if (twice) throw new UsageError(`输出文件“${twice}”被指定了两次`, `the output file "${twice}" is named twice`);
  return outputs;
}

/** --fix / --fix-dry-run with --fix-type and --fix-suggestions, checked as ESLint checks them. */
function parseFixOptions(values: { fix?: boolean; 'fix-dry-run'?: boolean; 'fix-type'?: string[]; 'fix-suggestions'?: string[] }): CliOptions['fix'] {
  if (values.fix && values['fix-dry-run']) {
    throw new UsageError('--fix 与 --fix-dry-run 不能同时使用', '--fix and --fix-dry-run cannot be used together');
  }
  const fixing = values.fix || values['fix-dry-run'];
  for (const option of ['fix-type', 'fix-suggestions'] as const) {
    if (values[option] && !fixing) throw new UsageError(`--${option} 需要与 --fix 或 --fix-dry-run 一起使用`, `--${option} requires --fix or --fix-dry-run`);
  }
  if (!fixing) return undefined;
  let types: Category[] | undefined;
  if (values['fix-type']) {
    types = values['fix-type'].flatMap((v) => v.split(/[,，]/)).map((v) => v.trim()).filter(Boolean) as Category[];
    const unknown = types.find((t) => !CATEGORIES.includes(t));
    if (unknown !== undefined || !types.length) {
      throw new UsageError(`--fix-type 的值应为 ${CATEGORIES.join('、')} 中的一个或多个（以逗号分隔；实际为“${unknown ?? ''}”）`, `--fix-type takes one or more of ${CATEGORIES.join(', ')}, comma-separated (found "${unknown ?? ''}")`);
    }
  }
  const suggestionRules = (values['fix-suggestions'] ?? []).flatMap((v) => v.split(/[,，]/)).map((v) => v.trim()).filter(Boolean);
  const known = new Set(builtinRules.map((r) => r.meta.id));
  const unknownRule = suggestionRules.find((id) => !known.has(id));
  if (unknownRule !== undefined) {
    throw new UsageError(`--fix-suggestions：没有名为“${unknownRule}”的规则`, `--fix-suggestions: there is no rule "${unknownRule}"`);
  }
  return { write: !!values.fix, ...(types ? { types } : {}), suggestionRules };
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
  policylint --stdin [--stdin-filename <路径>]   检查标准输入（编辑器、钩子使用）
  policylint merge-reports <报告 ...>      合并分片运行的 json（或 SARIF）报告，按 --format 输出

目录表示其下所有 **/*.md；node_modules 与 .git 总是跳过；明确列出的文件不论扩展名都会检查。

选项：
  -f, --format <格式>[:<文件>]  输出格式，可重复；带文件名时写入该文件（默认 stylish）：
                               stylish、json（与 ESLint 兼容）、compact、unix、sarif、junit、
                               github（Actions 注释）、markdown（PR 摘要）、html（审核报告）
  -o, --output-file <文件>     把（唯一的）--format 输出写入文件
  -c, --config <文件>          只使用这个配置文件（不再向上查找）
      --locale <zh-CN|en>      消息语言（默认 zh-CN，或配置文件中的 locale）
      --max-warnings <n>       警告数超过 n 时退出码为 1
      --quiet                  只报告错误
      --info                   同时报告“提示”级发现（不计入警告）
      --color, --no-color      强制使用／不使用颜色（也遵循 NO_COLOR）
      --fix                    自动修复安全的问题并写回文件（保留编码、BOM 与换行符）
      --fix-dry-run            同 --fix 但不写文件；--format json 时结果含修复后的全文 output
      --fix-type <类别,...>    只修复这些类别的规则（${CATEGORIES.join(',')}）
      --fix-suggestions <规则> 同时采用该规则的第一条建议（需人工确认的更正；可重复）
      --no-config-lookup       不查找配置文件（只用内置默认值或 --config）
      --ignore-path <文件>     用这个 gitignore 格式的文件代替当前目录的 .policylintignore
      --ignore-pattern <glob>  再忽略这些文件（gitignore 语法，可重复）
      --report-unused-disable-directives
                               报告没有屏蔽任何问题的 policylint-disable 注释（警告）
      --report-unused-disable-directives-severity <off|warn|error>
                               同上，指定级别
      --list-rules             列出规则（编号、类别、默认级别、可自动修复、摘要）
      --explain <规则>         显示规则的文档（说明、示例、选项）
      --print-config <文件>    以 JSON 输出该文件适用的最终配置
      --init                   在当前目录写入初始配置 policylint.config.yaml（终端中询问语言与预设；不覆盖已有文件）
      --stdin                  检查从标准输入读入的文本（编码识别同文件）
      --stdin-filename <路径>  把标准输入当作这个文件检查（据此查找配置、ignores）
      --cache                  复用未改动文件的结果（按内容、配置、目录数据和版本判断）
      --cache-location <路径>  缓存文件（默认 .policylintcache；给目录则放在其中）
      --cache-strategy <content|metadata>  按内容哈希（默认）或按大小与修改时间判断是否改动
      --concurrency <auto|off|n>  用 n 个线程检查（主线程加 n−1 个工作线程；默认 auto：文件多且有多核时用全部核心）
      --shard <k/n>            只检查 n 份中的第 k 份（按大小均衡、结果确定，供 CI 矩阵使用）
      --changed-since <引用>   只检查自该 git 引用以来改动的文件（配置或目录数据改动时检查全部）
      --stats                  在标准错误输出各阶段与各规则耗时（json 格式中另含 stats 字段）
  -v, --version                显示版本
  -h, --help                   显示本帮助

配置文件：policylint.config.json|yaml|yml|mjs、.policylintrc.json|yaml|yml 或 package.json 的
  "policylint" 键，从每个被检查文件所在目录向上查找（近者优先，遇 root: true 停止）。
  预设：policylint:recommended（默认）、policylint:strict、policylint:all；插件规则名为 <插件>/<规则>。
行内指令：<!-- policylint-disable 规则 -- 原因 -->、<!-- policylint-enable -->、
  <!-- policylint-disable-next-line 规则 -->、<!-- policylint-disable-line -->、<!-- policylint-disable-file -->。
退出码：0 无错误且警告未超限；1 有错误或警告超限；2 用法、配置或内部错误。
  使用 --fix 时按修复后剩余的问题计算。

Usage:
  policylint [options] [files|dirs|globs ...]   lint files (the current directory when none are given)
  policylint inspect <file>                      print the facts extracted from a file as JSON
  policylint --stdin [--stdin-filename <path>]   lint standard input (for editors and hooks)
  policylint merge-reports <report ...>          merge shards' json (or SARIF) reports, print in --format

A directory stands for its **/*.md; node_modules and .git are always skipped; files named
explicitly are linted whatever their extension.

Options:
  -f, --format <name>[:<file>] output format, repeatable; with a file name it is written there
                               (default stylish): stylish, json (ESLint-compatible), compact, unix,
                               sarif, junit, github (Actions annotations), markdown (PR summary),
                               html (review report)
  -o, --output-file <file>     write the (single) --format's output to this file
  -c, --config <file>          use this configuration file only (no lookup)
      --locale <zh-CN|en>      message language (default zh-CN, or the config's locale)
      --max-warnings <n>       exit with 1 when there are more than n warnings
      --quiet                  report errors only
      --info                   also report info findings (never counted as warnings)
      --color, --no-color      force colours on/off (NO_COLOR is honoured too)
      --fix                    apply the safe fixes and write the files (encoding, BOM, line endings kept)
      --fix-dry-run            as --fix without writing; with --format json each result has the fixed text as output
      --fix-type <category,...> fix only rules of these categories (${CATEGORIES.join(',')})
      --fix-suggestions <rule> also apply the first suggestion of this rule's findings (repeatable)
      --no-config-lookup       use no configuration file (only the defaults, or --config)
      --ignore-path <file>     read gitignore-style patterns from this file instead of ./.policylintignore
      --ignore-pattern <glob>  also ignore these files (gitignore syntax; repeatable)
      --report-unused-disable-directives
                               report policylint-disable comments that suppress nothing (as warnings)
      --report-unused-disable-directives-severity <off|warn|error>
                               the same, at this severity
      --list-rules             list the rules (id, category, default severity, fixable, summary)
      --explain <rule>         print a rule's doc page (explanation, examples, options)
      --print-config <file>    print the configuration that applies to the file, as JSON
      --init                   write a starter policylint.config.yaml here (asks language and preset on a terminal; never overwrites)
      --stdin                  lint text read from standard input (decoded like files)
      --stdin-filename <path>  lint standard input as this file (config and ignores found for it)
      --cache                  reuse results of unchanged files (content, config, catalogues, version)
      --cache-location <path>  cache file (default .policylintcache; a directory holds it)
      --cache-strategy <content|metadata>  detect changes by content hash (default) or size and mtime
      --concurrency <auto|off|n>  lint on n threads (main + n−1 workers; default auto: every core, for many files)
      --shard <k/n>            lint part k of n (balanced by size, deterministic; for CI matrices)
      --changed-since <ref>    lint only files changed since a git ref (all when config or catalogues changed)
      --stats                  print time per phase and per rule to stderr (json gets a stats key)
  -v, --version                print the version
  -h, --help                   print this help

Configuration: policylint.config.json|yaml|yml|mjs, .policylintrc.json|yaml|yml or the "policylint"
  key of package.json, found upward from each linted file (nearer wins; the search stops at root: true).
  Presets: policylint:recommended (default), policylint:strict, policylint:all; plugin rules are <plugin>/<rule>.
Inline directives: <!-- policylint-disable rule -- reason -->, <!-- policylint-enable -->,
  <!-- policylint-disable-next-line rule -->, <!-- policylint-disable-line -->, <!-- policylint-disable-file -->.
Exit codes: 0 no errors and warnings within the limit; 1 errors or too many warnings;
  2 usage, configuration or internal error. With --fix, the problems left after fixing count.
`;
