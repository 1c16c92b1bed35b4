import type { Finding, LintResult } from '../engine/findings.js';
import { countFindings } from '../engine/findings.js';
import type { Locale } from '../engine/rule.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';

export { formatJson, toEslintResults, type EslintResult, type EslintMessage } from './json.js';
export { formatStylish, displayWidth } from './stylish.js';

export const FORMATS = ['stylish', 'json'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface FormatOptions {
  /** Paths in stylish output are shown relative to this; json uses absolute paths. */
  cwd: string;
  locale: Locale;
  /** Use ANSI colours (stylish only). */
  color: boolean;
}

export function format(name: FormatName, results: LintResult[], options: FormatOptions): string {
  return name === 'json' ? formatJson(results, options) : formatStylish(results, options);
}

/**
 * Keep what the run reports: --quiet keeps errors only; info findings only when asked for.
 * Counts are recomputed so they always describe the findings shown.
 */
export function filterResults(results: LintResult[], { quiet = false, includeInfo = false }: { quiet?: boolean; includeInfo?: boolean }): LintResult[] {
  const keep = (f: Finding) => f.severity === 'error' || (!quiet && (f.severity === 'warn' || (f.severity === 'info' && includeInfo)));
  return results.map((r) => {
    const findings = r.findings.filter(keep);
    return { ...r, findings, ...countFindings(findings) };
  });
}

export function totals(results: LintResult[]): { errorCount: number; warningCount: number; infoCount: number; fatalErrorCount: number } {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  let fatalErrorCount = 0;
  for (const r of results) {
    const c = countFindings(r.findings);
    errorCount += c.errorCount;
    warningCount += c.warningCount;
    infoCount += c.infoCount;
    fatalErrorCount += r.findings.filter((f) => f.fatal).length;
  }
  return { errorCount, warningCount, infoCount, fatalErrorCount };
}
