import path from 'node:path';
import { lintText } from '../engine/lint.js';
import { fixText, type FixOptions } from '../engine/fix.js';
import type { Locale } from '../engine/rule.js';
import { decodeBuffer, type DecodedText } from '../files/read.js';
import { lintOptionsFor, type ConfigResolver } from '../config/index.js';
import { resultOf } from '../report/summary.js';
import type { FileLintResult } from '../runner/run.js';

/** How a result for standard input without --stdin-filename is named (as ESLint names it). */
export const STDIN_NAME = '<stdin>';

export interface StdinLintOptions {
  cwd: string;
  /** --stdin-filename, relative to cwd or absolute. */
  filename?: string;
  locale?: Locale;
  resolver: ConfigResolver;
  /** --fix-dry-run: fix the text in memory; the result's `output` is the fixed text when it changed. */
  fix?: FixOptions;
  /** Add sentence contexts and the document summary (for the reports that show them). */
  reportData?: boolean;
}

export interface StdinLint {
  result: FileLintResult;
  /** The decoded input: what a fixer (--fix-dry-run) rewrites and prints. */
  decoded: DecodedText;
  /** The path matched the configuration's ignores: nothing was linted. */
  ignored: boolean;
}

/** All of a stream's bytes (standard input is read whole before linting, like a file). */
export async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/**
 * Lint standard input's bytes as if they were the file `filename`: decoded like a file
 * (BOM, UTF-16, GB18030), with the configuration and ignores found for that path. Without a
 * filename the configuration is the working directory's.
 */
export function lintStdinBytes(bytes: Uint8Array, options: StdinLintOptions): StdinLint {
  const filePath = options.filename ? path.resolve(options.cwd, options.filename) : STDIN_NAME;
  const config = options.filename ? options.resolver.forFile(filePath) : options.resolver.forDirectory(options.cwd);
  const decoded = decodeBuffer(bytes);
  const base = { filePath, encoding: decoded.encoding, bom: decoded.bom };
  if (options.filename && config.isIgnored(filePath)) {
    return { result: { ...base, findings: [], errorCount: 0, warningCount: 0, infoCount: 0 }, decoded, ignored: true };
  }
  const locale = options.locale ?? config.locale ?? 'zh-CN';
  const lintOptions = lintOptionsFor(config, filePath, locale);
  if (options.fix) {
    const fixed = fixText(decoded.text, lintOptions, options.fix);
    const result = resultOf(fixed.lint, options.reportData ?? false);
    return { result: { ...result, ...base, ...(fixed.fixed ? { output: fixed.output } : {}) }, decoded, ignored: false };
  }
  const result = resultOf(lintText(decoded.text, lintOptions), options.reportData ?? false);
  return { result: { ...result, ...base }, decoded, ignored: false };
}

/** The note printed on stderr when the stdin path is ignored (ESLint warns likewise instead of linting). */
export function ignoredNote(shownPath: string, locale: Locale): string {
  return locale === 'en'
    ? `policylint: ${shownPath} is ignored by the configuration's ignores; standard input was not linted.\n`
    : `policylint: ${shownPath} 被配置的 ignores 忽略，标准输入未检查。\n`;
}
