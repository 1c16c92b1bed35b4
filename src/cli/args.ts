import { parseArgs } from 'node:util';
import { LOCALES, type Locale } from '../engine/rule.js';
import { FORMATS, type FormatName } from '../report/index.js';

export interface CliOptions {
  command: 'lint' | 'inspect' | 'help' | 'version';
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
  /** --stdin: lint standard input instead of files. */
  stdin: boolean;
  /** --stdin-filename: the path standard input is linted as (config, ignores, messages). */
  stdinFilename?: string;
}

/** A command line that cannot be run: one line saying why (both languages, the caller picks). */
export class UsageError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'UsageError';
  }

  localized(locale: Locale): string {
    return locale === 'en' ? this.en : this.zh;
  }
}

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
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
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

  if (values['stdin-filename'] !== undefined && !values.stdin) {
    throw new UsageError('--stdin-filename 只能与 --stdin 一起使用', '--stdin-filename can only be used with --stdin');
  }
  if (values.stdin && positionals.length) {
    throw new UsageError(`使用 --stdin 时不能再给出文件（收到“${positionals[0]}”）；要指定路径请用 --stdin-filename`, `--stdin cannot be combined with files (found "${positionals[0]}"); name the path with --stdin-filename`);
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
    stdin: values.stdin ?? false,
    stdinFilename: values['stdin-filename'],
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
  policylint --stdin [--stdin-filename <路径>]   检查标准输入（编辑器、钩子使用）

目录表示其下所有 **/*.md；node_modules 与 .git 总是跳过；明确列出的文件不论扩展名都会检查。

选项：
  -f, --format <stylish|json>  输出格式（默认 stylish；json 与 ESLint 兼容）
  -c, --config <文件>          只使用这个配置文件（不再向上查找）
      --locale <zh-CN|en>      消息语言（默认 zh-CN，或配置文件中的 locale）
      --max-warnings <n>       警告数超过 n 时退出码为 1
      --quiet                  只报告错误
      --info                   同时报告“提示”级发现（不计入警告）
      --color, --no-color      强制使用／不使用颜色（也遵循 NO_COLOR）
      --stdin                  检查从标准输入读入的文本（编码识别同文件）
      --stdin-filename <路径>  把标准输入当作这个文件检查（据此查找配置、ignores）
  -v, --version                显示版本
  -h, --help                   显示本帮助

配置文件：policylint.config.json|yaml|yml 或 .policylintrc.json|yaml|yml，
  从每个被检查文件所在目录向上查找（近者优先，遇 root: true 停止）。
退出码：0 无错误且警告未超限；1 有错误或警告超限；2 用法、配置或内部错误。

Usage:
  policylint [options] [files|dirs|globs ...]   lint files (the current directory when none are given)
  policylint inspect <file>                      print the facts extracted from a file as JSON
  policylint --stdin [--stdin-filename <path>]   lint standard input (for editors and hooks)

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
      --stdin                  lint text read from standard input (decoded like files)
      --stdin-filename <path>  lint standard input as this file (config and ignores found for it)
  -v, --version                print the version
  -h, --help                   print this help

Configuration: policylint.config.json|yaml|yml or .policylintrc.json|yaml|yml, found upward from
  each linted file (nearer wins; the search stops at root: true).
Exit codes: 0 no errors and warnings within the limit; 1 errors or too many warnings;
  2 usage, configuration or internal error.
`;
