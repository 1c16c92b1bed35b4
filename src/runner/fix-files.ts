import { readFile } from 'node:fs/promises';
import type { Category, Locale } from '../engine/rule.js';
import type { Finding, LintResult } from '../engine/findings.js';
import { countFindings } from '../engine/findings.js';
import { fixText } from '../engine/fix.js';
import { lintText, type LintOptions } from '../engine/lint.js';
import { decodeBuffer, type DecodedText, type TextEncoding } from '../files/read.js';
import { encodeText, roundTrips } from '../files/encode.js';
import { writeFileAtomic } from '../files/write.js';
import { resultOf } from '../report/summary.js';

/** What lintFiles keeps per file (its FileLintResult; not imported, so the two modules do not import each other). */
export type FixedFileResult = LintResult & { encoding: TextEncoding; bom: boolean };

export interface FixFilesOptions {
  /** Write the fixed text back (--fix); false only computes it (--fix-dry-run). */
  write: boolean;
  /** Fix only rules of these categories. */
  types?: Category[];
  /** Rules whose first suggestion is applied too. */
  suggestionRules?: string[];
}

/** A problem with writing the file: a fatal finding of its own, the other files go on. */
function writeProblem(locale: Locale, zh: string, en: string): Finding {
  return { ruleId: null, severity: 'error', message: locale === 'en' ? en : zh, range: { start: 0, end: 0 }, line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true };
}

/**
 * Fix one decoded file. The result's findings are those left after fixing; `output` is the fixed
 * text when it differs. With `write`, the file is rewritten atomically in its own encoding, BOM and
 * line endings, and only when its text changed, so an unchanged file keeps its mtime.
 */
export async function fixFile(file: string, decoded: DecodedText, lintOptions: LintOptions, options: FixFilesOptions, reportData = false): Promise<FixedFileResult> {
  const locale = lintOptions.locale ?? 'zh-CN';
  const fixed = fixText(decoded.text, lintOptions, { types: options.types, suggestionRules: options.suggestionRules });
  const lint = resultOf(fixed.lint, reportData, lintOptions.timer);
  const result: FixedFileResult = { ...lint, filePath: file, encoding: decoded.encoding, bom: decoded.bom };
  if (!fixed.fixed) return result;
  result.output = fixed.output;
  if (!options.write) return result;

  const problem = await writeFixed(file, decoded, fixed.output, locale);
  if (problem) {
    // Nothing was written: report the findings of the file as it still is.
    const before = resultOf(lintText(decoded.text, lintOptions), reportData, lintOptions.timer);
    const findings = [problem, ...before.findings];
    return { ...before, findings, ...countFindings(findings), filePath: file, encoding: decoded.encoding, bom: decoded.bom };
  }
  return result;
}

async function writeFixed(file: string, decoded: DecodedText, output: string, locale: Locale): Promise<Finding | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return writeProblem(locale, `修复未写入：重新读取文件失败（${code}）`, `fixes not written: the file could not be read again (${code})`);
  }
  // The file must still be what was linted, and must survive a decode/encode round trip unchanged;
  // otherwise writing would change more than the fixes.
  if (decodeBuffer(bytes).text !== decoded.text) {
    return writeProblem(locale, '修复未写入：文件在检查期间被修改；请重新运行', 'fixes not written: the file changed while it was being linted; run again');
  }
  if (!roundTrips(bytes)) {
    return writeProblem(
      locale,
      `修复未写入：文件按 ${decoded.encoding} 解码后无法原样写回（含无效字节）；请先将文件另存为 UTF-8`,
      `fixes not written: the file does not survive being decoded as ${decoded.encoding} and written back (it holds invalid bytes); save it as UTF-8 first`,
    );
  }
  try {
    await writeFileAtomic(file, encodeText(output, decoded.encoding, decoded.bom));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return writeProblem(locale, `修复未写入：无法写入文件（${code}）；原文件未改动`, `fixes not written: the file could not be written (${code}); it was left unchanged`);
  }
  return undefined;
}
