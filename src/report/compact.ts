import type { LintResult } from '../engine/findings.js';
import type { Locale } from '../engine/rule.js';
import { oneLine, relativePath, SEVERITY_WORD } from './common.js';
import { summaryLine } from './stylish.js';
import { countFindings } from '../engine/findings.js';

/**
 * One finding a line, `path:line:col: severity message [rule-id]`, the shape editors' problem
 * matchers and grep expect. `compact` ends with the summary line; `unix` prints findings only.
 */
export function formatCompact(results: LintResult[], { cwd = process.cwd(), locale = 'zh-CN', summary = true }: { cwd?: string; locale?: Locale; summary?: boolean } = {}): string {
  let out = '';
  const all = results.flatMap((r) => r.findings);
  for (const r of results) {
    const file = relativePath(r.filePath, cwd);
    for (const f of r.findings) {
      out += `${file}:${f.line}:${f.column}: ${SEVERITY_WORD[f.severity]} ${oneLine(f.message)}${f.ruleId ? ` [${f.ruleId}]` : ''}\n`;
    }
  }
  if (summary && all.length) out += `\n${summaryLine(countFindings(all), locale)}\n`;
  return out;
}

export function formatUnix(results: LintResult[], options: { cwd?: string; locale?: Locale } = {}): string {
  return formatCompact(results, { ...options, summary: false });
}
