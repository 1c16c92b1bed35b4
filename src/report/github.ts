import type { LintResult } from '../engine/findings.js';
import type { Severity } from '../engine/rule.js';
import { relativePath } from './common.js';

const COMMAND: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'notice' };

/** Escape a workflow command's message (the runner decodes %25, %0D, %0A). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a workflow command property value: also `:` and `,`, which delimit properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands: one annotation per finding (`::error file=…,line=…::message`),
 * warnings as `::warning`, info as `::notice`. Paths relative to cwd (the workspace in Actions).
 */
export function formatGithub(results: LintResult[], { cwd = process.cwd() }: { cwd?: string } = {}): string {
  let out = '';
  for (const r of results) {
    const file = relativePath(r.filePath, cwd);
    for (const f of r.findings) {
      const props = [`file=${escapeProperty(file)}`, `line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`];
      if (f.ruleId) props.push(`title=${escapeProperty(f.ruleId)}`);
      out += `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}\n`;
    }
  }
  return out;
}
