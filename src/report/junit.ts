import type { Finding, LintResult } from '../engine/findings.js';
import type { Locale } from '../engine/rule.js';
import { oneLine, relativePath, SEVERITY_WORD, type ReportRule } from './common.js';
import { escapeXml } from './xml.js';

interface Case {
  name: string;
  findings: Finding[];
}

/**
 * JUnit XML as GitLab and Jenkins read it: one <testsuite> per file, one <testcase> per rule that
 * ran (a rule with errors or warnings fails, its findings listed with line and column in the
 * <failure>), and a fatal problem (unreadable file) as an <error>. Info findings never fail a
 * case; they go to <system-out>.
 */
export function formatJunit(results: LintResult[], { cwd = process.cwd(), rules }: { cwd?: string; locale?: Locale; rules?: ReportRule[] } = {}): string {
  const ruleIds = (rules ?? []).map((r) => r.id);
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const r of results) {
    const file = relativePath(r.filePath, cwd);
    const cases = new Map<string, Case>();
    for (const id of ruleIds) cases.set(id, { name: id, findings: [] });
    const fatal = r.findings.filter((f) => f.fatal || !f.ruleId);
    for (const f of r.findings) {
      if (f.fatal || !f.ruleId) continue;
      if (!cases.has(f.ruleId)) cases.set(f.ruleId, { name: f.ruleId, findings: [] });
      cases.get(f.ruleId)!.findings.push(f);
    }
    // A file with no rule configured still shows up as one passing case.
    if (!cases.size && !fatal.length) cases.set('policylint', { name: 'policylint', findings: [] });

    const body: string[] = [];
    let suiteFailures = 0;
    for (const c of cases.values()) {
      const failing = c.findings.filter((f) => f.severity !== 'info');
      const infos = c.findings.filter((f) => f.severity === 'info');
      let inner = '';
      if (failing.length) {
        suiteFailures++;
        const lines = failing.map((f) => `${file}:${f.line}:${f.column}: ${SEVERITY_WORD[f.severity]} ${oneLine(f.message)}`).join('\n');
        const first = failing[0];
        const type = failing.some((f) => f.severity === 'error') ? 'error' : 'warning';
        inner += `<failure message="${escapeXml(`${first.line}:${first.column} ${oneLine(first.message)}`)}" type="${type}">${escapeXml(lines, { attribute: false })}</failure>`;
      }
      if (infos.length) inner += `<system-out>${escapeXml(infos.map((f) => `${file}:${f.line}:${f.column}: info ${oneLine(f.message)}`).join('\n'), { attribute: false })}</system-out>`;
      body.push(`    <testcase classname="${escapeXml(file)}" name="${escapeXml(c.name)}" file="${escapeXml(file)}"${inner ? `>${inner}</testcase>` : ' />'}`);
    }
    for (const f of fatal) {
      body.push(`    <testcase classname="${escapeXml(file)}" name="${escapeXml(f.ruleId ?? 'policylint')}" file="${escapeXml(file)}"><error message="${escapeXml(oneLine(f.message))}" type="fatal">${escapeXml(`${file}:${f.line}:${f.column}: ${oneLine(f.message)}`)}</error></testcase>`);
    }
    const count = cases.size + fatal.length;
    tests += count;
    failures += suiteFailures;
    errors += fatal.length;
    suites.push(`  <testsuite name="${escapeXml(file)}" tests="${count}" failures="${suiteFailures}" errors="${fatal.length}" skipped="0">\n${body.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="policylint" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
}
