import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine/findings.js';
import type { Severity } from '../engine/rule.js';
import { ruleDocHref, ruleMeta, type DocumentLint } from './workspace.js';

export const SOURCE = 'policylint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warn: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** A finding's range in LSP positions: both count UTF-16 code units, so offsets convert directly. */
export function findingRange(document: TextDocument, finding: Finding): Range {
  return { start: document.positionAt(finding.range.start), end: document.positionAt(finding.range.end) };
}

export function toDiagnostic(document: TextDocument, lint: DocumentLint, finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: findingRange(document, finding),
    severity: finding.fatal ? DiagnosticSeverity.Error : SEVERITY[finding.severity],
    source: SOURCE,
    message: finding.message,
  };
  if (finding.ruleId) {
    diagnostic.code = finding.ruleId;
    const meta = ruleMeta(lint, finding.ruleId);
    const href = meta && ruleDocHref(meta);
    if (href) diagnostic.codeDescription = { href };
  }
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map(
      (r): DiagnosticRelatedInformation => ({
        // Related places carry 1-based lines and columns in UTF-16 units (vfile-location).
        location: { uri: lint.uri, range: { start: { line: r.line - 1, character: r.column - 1 }, end: { line: r.endLine - 1, character: r.endColumn - 1 } } },
        message: r.message,
      }),
    );
  }
  return diagnostic;
}

/** Everything to publish for a document: its findings, or the one problem (configuration, crash) that stopped them. */
export function toDiagnostics(document: TextDocument, lint: DocumentLint): Diagnostic[] {
  if (lint.problem) {
    const start = { line: 0, character: 0 };
    return [{ range: { start, end: start }, severity: DiagnosticSeverity.Error, source: SOURCE, message: lint.problem }];
  }
  return lint.findings.map((f) => toDiagnostic(document, lint, f));
}
