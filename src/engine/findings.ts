import type { SourceRange } from '../model/types.js';
import type { Severity } from './rule.js';
import type { DocumentSummary, FindingContext } from './summary.js';
import type { LintStats } from './timing.js';

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface FindingSuggestion {
  desc: string;
  fix: { range: [number, number]; text: string };
}

export interface FindingRelated extends Position {
  message: string;
}

/** One reported problem, located and worded in the run's locale. */
export interface Finding extends Position {
  /** null for problems that are not a rule's (unreadable file, internal error). */
  ruleId: string | null;
  severity: Severity;
  message: string;
  messageId?: string;
  range: SourceRange;
  fix?: { range: [number, number]; text: string };
  suggestions?: FindingSuggestion[];
  related?: FindingRelated[];
  /** The file could not be linted at all. */
  fatal?: boolean;
  /** The sentence around the finding with its span (for reports; not in the ESLint-shaped json). */
  context?: FindingContext;
}

export interface LintResult {
  filePath: string;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** Metadata and catalogue alignment (for the HTML report); absent when the file could not be linted. */
  document?: DocumentSummary;
  /** The fixed text, when fixing changed it (--fix, --fix-dry-run). */
  output?: string;
  /** Time per phase and rule, when asked for (--stats). */
  stats?: LintStats;
}

export function countFindings(findings: Finding[]): Pick<LintResult, 'errorCount' | 'warningCount' | 'infoCount'> {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const f of findings) {
    if (f.severity === 'error') errorCount++;
    else if (f.severity === 'warn') warningCount++;
    else infoCount++;
  }
  return { errorCount, warningCount, infoCount };
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? '');
}
