import { describe, expect, it } from 'vitest';
import type { Finding, LintResult } from '../../src/engine/findings.js';
import { countFindings } from '../../src/engine/findings.js';
import { formatJson, formatJsonChunks, toEslintResults } from '../../src/report/json.js';

function result(filePath: string, findings: Finding[]): LintResult {
  return { filePath, findings, ...countFindings(findings) };
}

const base = { line: 19, column: 10, endLine: 19, endColumn: 18, range: { start: 600, end: 608 } };

describe('toEslintResults', () => {
  it('maps findings to ESLint messages: severity 2 for errors, 1 for warnings and info', () => {
    const findings: Finding[] = [
      {
        ...base,
        ruleId: 'date-reference-mismatch',
        severity: 'error',
        message: '日期不符',
        messageId: 'mismatch',
        suggestions: [{ desc: '改为 2023年11月', fix: { range: [600, 608], text: '2023年11月' } }],
      },
      { ...base, ruleId: 'list-count-mismatch', severity: 'warn', message: 'w' },
      { ...base, ruleId: 'target-no-deadline', severity: 'info', message: 'i' },
      { ...base, ruleId: null, severity: 'error', message: 'cannot read', fatal: true },
    ];
    const [r] = toEslintResults([result('docs/a.md', findings)], { cwd: '/w' });
    expect(r.filePath).toBe('/w/docs/a.md');
    expect(r.messages.map((m) => m.severity)).toEqual([2, 1, 1, 2]);
    expect(r.messages[0]).toEqual({
      ruleId: 'date-reference-mismatch',
      severity: 2,
      message: '日期不符',
      line: 19,
      column: 10,
      endLine: 19,
      endColumn: 18,
      messageId: 'mismatch',
      suggestions: [{ desc: '改为 2023年11月', fix: { range: [600, 608], text: '2023年11月' } }],
    });
    expect(r.messages[3]).toMatchObject({ ruleId: null, fatal: true });
    // Info is never a warning.
    expect(r).toMatchObject({ errorCount: 2, warningCount: 1, fatalErrorCount: 1, fixableErrorCount: 0, fixableWarningCount: 0, suppressedMessages: [], usedDeprecatedRules: [] });
  });

  it('formats as one JSON array', () => {
    const out = formatJson([result('/w/a.md', []), result('/w/b.md', [])]);
    expect(JSON.parse(out)).toHaveLength(2);
    expect(JSON.parse(out)[0]).toMatchObject({ filePath: '/w/a.md', messages: [], errorCount: 0, warningCount: 0 });
  });
});

describe('formatJsonChunks', () => {
  it('gives, piece by piece, exactly the JSON of all results', () => {
    const finding: Finding = { ...base, ruleId: 'list-count-mismatch', severity: 'warn', message: '“8个”与列出的7项不符', fix: { range: [1, 2], text: '7' } };
    for (const count of [0, 1, 199, 200, 201, 450]) {
      const results = Array.from({ length: count }, (_, i) => result(`docs/${i}.md`, i % 3 ? [finding] : []));
      const chunks = [...formatJsonChunks(results, { cwd: '/w' })];
      expect(chunks.join('')).toBe(JSON.stringify(toEslintResults(results, { cwd: '/w' })));
      expect(formatJson(results, { cwd: '/w' })).toBe(chunks.join(''));
      // A chunk per 200 results and the closing bracket.
      expect(chunks.length).toBe(Math.floor(count / 200) + 1);
      expect([...formatJsonChunks(new Set(results), { cwd: '/w' })].join('')).toBe(chunks.join(''));
    }
  });
});
