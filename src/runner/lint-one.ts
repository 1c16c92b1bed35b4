import { readFileSync } from 'node:fs';
import { lintText } from '../engine/lint.js';
import type { Finding, LintResult } from '../engine/findings.js';
import { countFindings } from '../engine/findings.js';
import type { Locale } from '../engine/rule.js';
import { StatsCollector } from '../engine/timing.js';
import { decodeBuffer, type TextEncoding } from '../files/read.js';
import { lintOptionsFor, type ConfigResolver } from '../config/index.js';
import { fixFile, type FixFilesOptions } from './fix-files.js';
import { resultOf } from '../report/summary.js';

export interface FileLintResult extends LintResult {
  /** Absolute path. */
  filePath: string;
  /** How the file was decoded; absent when it could not be read. */
  encoding?: TextEncoding;
  bom?: boolean;
}

export interface LintOneOptions {
  /** Message language; overrides the configuration's `locale`. */
  locale?: Locale;
  /** Collect per-phase and per-rule timings. */
  stats?: boolean;
  /** Fix the file (--fix writes it; --fix-dry-run only computes the output). */
  fix?: FixFilesOptions;
  /** Add sentence contexts and the document summary, which only some reports read (report/summary.ts). */
  reportData?: boolean;
}

/** Why a file could not be read, in words a drafter understands. */
function unreadable(error: NodeJS.ErrnoException, locale: Locale): string {
  const code = error.code ?? '';
  const zh: Record<string, string> = { EACCES: '没有读取权限', EPERM: '没有读取权限', EISDIR: '这是一个目录，不是文件', ENOENT: '文件不存在', ELOOP: '符号链接循环' };
  const en: Record<string, string> = { EACCES: 'permission denied', EPERM: 'permission denied', EISDIR: 'it is a directory, not a file', ENOENT: 'no such file', ELOOP: 'symbolic link loop' };
  const cause = (locale === 'en' ? en : zh)[code] ?? error.message;
  return locale === 'en' ? `cannot read file: ${cause}${code ? ` (${code})` : ''}` : `无法读取文件：${cause}${code ? `（${code}）` : ''}`;
}

export function fatalResult(filePath: string, message: string): FileLintResult {
  const finding: Finding = {
    ruleId: null,
    severity: 'error',
    message,
    range: { start: 0, end: 0 },
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    fatal: true,
  };
  return { filePath, findings: [finding], ...countFindings([finding]) };
}

/**
 * Read, decode and lint one file with the configuration found for it. Never throws for the
 * file's sake: an unreadable file or a crash becomes a fatal finding, so one bad file does not
 * cost the run. Used on the main thread and in worker threads alike.
 */
export async function lintOneFile(file: string, resolver: ConfigResolver, options: LintOneOptions = {}, bytes?: Uint8Array): Promise<FileLintResult> {
  const config = resolver.forFile(file);
  const locale = options.locale ?? config.locale ?? 'zh-CN';
  const collector = options.stats ? new StatsCollector() : undefined;
  let decoded;
  try {
    const start = performance.now();
    // Synchronous: files are linted one after another, and a thread-pool hop per small file costs more than the read.
    const data = bytes ?? readFileSync(file);
    decoded = collector ? collector.time('decode', () => decodeBuffer(data)) : decodeBuffer(data);
    collector?.add('read', performance.now() - start - (collector.stats.phases.decode ?? 0));
  } catch (error) {
    return fatalResult(file, unreadable(error as NodeJS.ErrnoException, locale));
  }
  try {
    const lintOptions = { ...lintOptionsFor(config, file, locale), timer: collector };
    if (options.fix) return await fixFile(file, decoded, lintOptions, options.fix, options.reportData);
    const result = resultOf(lintText(decoded.text, lintOptions), options.reportData ?? false, collector);
    const out: FileLintResult = { ...result, filePath: file, encoding: decoded.encoding, bom: decoded.bom };
    if (collector) out.stats = collector.stats;
    return out;
  } catch (error) {
    // A crash while parsing one file must not cost the findings of the others.
    const message = (error as Error).message;
    return fatalResult(file, locale === 'en' ? `internal error while linting this file: ${message}` : `检查此文件时发生内部错误：${message}`);
  }
}
