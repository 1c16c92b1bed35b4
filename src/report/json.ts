import path from 'node:path';
import type { Finding, LintResult } from '../engine/findings.js';
import type { LintStats } from '../engine/timing.js';
import { inPieces, type ReportPieces } from './common.js';

/** One message in ESLint's JSON formatter shape (extra fields are additive). */
export interface EslintMessage {
  ruleId: string | null;
  /** 1 = warning (and info, when --info asks for it), 2 = error. */
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  messageId?: string;
  fatal?: true;
  fix?: { range: [number, number]; text: string };
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
  /** Not in ESLint: other places that explain the finding. */
  related?: { message: string; line: number; column: number; endLine: number; endColumn: number }[];
  /** Not in ESLint: an info finding (severity 1, never counted as a warning), so merged reports count alike. */
  info?: true;
}

export interface EslintResult {
  filePath: string;
  messages: EslintMessage[];
  suppressedMessages: [];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  usedDeprecatedRules: [];
  /** As ESLint: the fixed text, present only when fixing changed it. */
  output?: string;
  /** With --stats: milliseconds per phase and per rule for this file (ESLint puts its stats here too). */
  stats?: LintStats;
}

function toMessage(f: Finding): EslintMessage {
  const m: EslintMessage = {
    ruleId: f.ruleId,
    severity: f.severity === 'error' ? 2 : 1,
    message: f.message,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
  };
  if (f.messageId) m.messageId = f.messageId;
  if (f.fatal) m.fatal = true;
  if (f.severity === 'info') m.info = true;
  if (f.fix) m.fix = f.fix;
  if (f.suggestions?.length) m.suggestions = f.suggestions.map((s) => ({ desc: s.desc, fix: s.fix }));
  if (f.related?.length) m.related = f.related.map((r) => ({ message: r.message, line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn }));
  return m;
}

/**
 * ESLint-compatible results. Info findings are severity 1 but never counted as warnings, so
 * `warningCount` (and --max-warnings) mean the same with and without --info.
 */
export function toEslintResults(results: LintResult[], { cwd = process.cwd() }: { cwd?: string } = {}): EslintResult[] {
  return results.map((r) => toEslintResult(r, cwd));
}

function toEslintResult(r: LintResult, cwd: string): EslintResult {
  const messages = r.findings.map(toMessage);
  const result: EslintResult = {
    filePath: path.resolve(cwd, r.filePath),
    messages,
    suppressedMessages: [],
    errorCount: r.findings.filter((f) => f.severity === 'error').length,
    fatalErrorCount: r.findings.filter((f) => f.fatal).length,
    warningCount: r.findings.filter((f) => f.severity === 'warn').length,
    fixableErrorCount: r.findings.filter((f) => f.severity === 'error' && f.fix).length,
    fixableWarningCount: r.findings.filter((f) => f.severity === 'warn' && f.fix).length,
    usedDeprecatedRules: [],
  };
  if (r.output !== undefined) result.output = r.output;
  if (r.stats) result.stats = r.stats;
  return result;
}

export function formatJson(results: LintResult[], options: { cwd?: string } = {}): string {
  return [...formatJsonChunks(results, options)].join('');
}

/** Results per piece of the JSON report: a few hundred KB of text. */
const RESULTS_PER_CHUNK = 200;

/**
 * The JSON report made result by result: `add` gives a piece of text once enough results are in
 * ('' until then), `end` the rest. The pieces joined are exactly formatJson's text, so a run can
 * write its report while it goes on, and a run over tens of thousands of files never builds one
 * string of tens of megabytes (and its UTF-8 copy) next to the results.
 */
export class JsonReportPieces implements ReportPieces {
  private items: string[] = [];
  private first = true;

  constructor(private readonly cwd: string = process.cwd()) {}

  add(result: LintResult): string {
    this.items.push(JSON.stringify(toEslintResult(result, this.cwd)));
    if (this.items.length < RESULTS_PER_CHUNK) return '';
    const piece = `${this.first ? '[' : ','}${this.items.join(',')}`;
    this.first = false;
    this.items = [];
    return piece;
  }

  end(): string {
    return `${this.first ? '[' : this.items.length ? ',' : ''}${this.items.join(',')}]`;
  }
}

/** The JSON report in pieces whose concatenation is exactly formatJson's text. */
export function formatJsonChunks(results: Iterable<LintResult>, { cwd = process.cwd() }: { cwd?: string } = {}): Iterable<string> {
  return inPieces(new JsonReportPieces(cwd), results);
}
