import type { Basis, SourceRange } from '../model/types.js';
import type { EvidenceSource, Severity } from './rule.js';
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

/** A fact a finding rests on (see ReportEvidence), worded in the run's locale. */
export interface FindingEvidence {
  message: string;
  basis?: Basis;
  /** Where the fact stands in the text. */
  position?: Position;
  source?: EvidenceSource;
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
  /** The facts the finding rests on, strongest evidence first. */
  evidence?: FindingEvidence[];
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

/**
 * What a reviewer's report shows about one document besides its findings. Plain JSON data only
 * (results cross worker threads and caches) and small: no source text beyond short item names.
 */
export interface DocumentSummary {
  title?: string;
  issuer?: string;
  /** 文号 as written. */
  docNumber?: string;
  /** 成文日期, ISO-like: 2024-01-08, 2024-01 or 2024. */
  date?: string;
  region?: string;
  province?: string;
  level?: string;
  /** 文种: 行动方案, 通知 … */
  kind?: string;
  /** The parent catalogue the document is aligned with, when one governs it. */
  catalogue?: { id: string; name: string; source: string };
  /** Every sector list of the document's own, item by item against the parent catalogue. */
  alignment: AlignmentRow[];
}

export type AlignmentMatch = 'exact' | 'alias' | 'composite' | 'not-found';

export interface AlignmentRow {
  /** The item as the document lists it. */
  item: string;
  line: number;
  column: number;
  /** Index of the list in the document (rows of one list share it). */
  list: number;
  match: AlignmentMatch;
  /** The catalogue item it matched and that item's group. */
  catalogueItem?: string;
  group?: string;
}

/** The sentence around a finding, with the finding's span as [start, end) indices into `text`. */
export interface FindingContext {
  text: string;
  start: number;
  end: number;
}
