import type { Finding, LintResult } from '../engine/findings.js';
import { countFindings } from '../engine/findings.js';
import { formatJson, JsonReportPieces } from './json.js';
import { formatStylish } from './stylish.js';
import { formatCompact, formatUnix } from './compact.js';
import { formatGithub } from './github.js';
import { formatMarkdown } from './markdown.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatHtml } from './html.js';
import { inPieces, type FormatOptions, type ReportPieces } from './common.js';

export { formatJson, formatJsonChunks, JsonReportPieces, toEslintResults, type EslintResult, type EslintMessage } from './json.js';
export { formatStylish, displayWidth } from './stylish.js';

export { formatCompact, formatUnix } from './compact.js';
export { formatGithub, escapeData, escapeProperty } from './github.js';
export { formatMarkdown } from './markdown.js';
export { formatJunit } from './junit.js';
export { formatSarif, toSarif } from './sarif.js';
export { formatHtml, escapeHtml } from './html.js';
export { describeRules, docsUrlFor, DEFAULT_HOMEPAGE, type ReportRule, type ToolInfo, type FormatOptions, type ReportPieces } from './common.js';

export const FORMATS = ['stylish', 'json', 'compact', 'unix', 'sarif', 'junit', 'github', 'markdown', 'html'] as const;
export type FormatName = (typeof FORMATS)[number];

/** The formats that read finding contexts (HTML; SARIF's fingerprints) or document summaries (HTML). */
export function needsReportData(formats: readonly FormatName[]): boolean {
  return formats.some((f) => f === 'html' || f === 'sarif');
}

/** Every formatter is a pure function of the results and options (merge-reports reuses them). */
const FORMATTERS: Record<FormatName, (results: LintResult[], options: FormatOptions) => string> = {
  stylish: formatStylish,
  json: formatJson,
  compact: formatCompact,
  unix: formatUnix,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
  markdown: formatMarkdown,
  html: formatHtml,
};

export function format(name: FormatName, results: LintResult[], options: FormatOptions): string {
  return FORMATTERS[name](results, options);
}

/** Formats whose text can be made result by result (a large run's report is written as it is made). */
const PIECEWISE_FORMATTERS: Partial<Record<FormatName, (options: FormatOptions) => ReportPieces>> = {
  json: (options) => new JsonReportPieces(options.cwd),
};

/** Whether a format can be made result by result. */
export function isPiecewise(name: FormatName): boolean {
  return PIECEWISE_FORMATTERS[name] !== undefined;
}

/** The format made result by result, or undefined when it needs every result at once. */
export function formatPieces(name: FormatName, options: FormatOptions): ReportPieces | undefined {
  return PIECEWISE_FORMATTERS[name]?.(options);
}

/**
 * The report in pieces whose concatenation equals format()'s text. Piecewise formats read the
 * results one at a time (they may be unpacked on the fly); the others get them all at once, in one piece.
 */
export function formatChunks(name: FormatName, results: Iterable<LintResult>, options: FormatOptions): Iterable<string> {
  const pieces = formatPieces(name, options);
  return pieces ? inPieces(pieces, results) : [FORMATTERS[name](Array.isArray(results) ? results : [...results], options)];
}

/**
 * Keep what the run reports: --quiet keeps errors only; info findings only when asked for.
 * Counts are recomputed so they always describe the findings shown.
 */
export function filterResults(results: LintResult[], options: { quiet?: boolean; includeInfo?: boolean }): LintResult[] {
  return results.map((r) => filterResult(r, options));
}

/** filterResults for one result. */
export function filterResult(result: LintResult, { quiet = false, includeInfo = false }: { quiet?: boolean; includeInfo?: boolean }): LintResult {
  const findings = result.findings.filter((f) => f.severity === 'error' || (!quiet && (f.severity === 'warn' || (f.severity === 'info' && includeInfo))));
  return { ...result, findings, ...countFindings(findings) };
}

export type Totals = { errorCount: number; warningCount: number; infoCount: number; fatalErrorCount: number };

export function emptyTotals(): Totals {
  return { errorCount: 0, warningCount: 0, infoCount: 0, fatalErrorCount: 0 };
}

export function totals(results: Iterable<LintResult>): Totals {
  const sum = emptyTotals();
  for (const r of results) addTotals(sum, r);
  return sum;
}

/** Count one result's findings into `sum`. */
export function addTotals(sum: Totals, r: LintResult): void {
  const c = countFindings(r.findings);
  sum.errorCount += c.errorCount;
  sum.warningCount += c.warningCount;
  sum.infoCount += c.infoCount;
  sum.fatalErrorCount += r.findings.filter((f) => f.fatal).length;
}

/**
 * Results that count themselves as they are read: once a report has read them all, `totals()`
 * reuses that pass instead of reading every result again (each read of a packed result unpacks
 * it). Until a pass completes, `totals()` reads them itself.
 */
export function countedResults(results: Iterable<LintResult>): { results: Iterable<LintResult>; totals(): Totals } {
  let counted: Totals | undefined;
  return {
    results: {
      *[Symbol.iterator]() {
        const sum = emptyTotals();
        for (const r of results) {
          addTotals(sum, r);
          yield r;
        }
        counted ??= sum;
      },
    },
    totals: () => counted ?? totals(results),
  };
}
