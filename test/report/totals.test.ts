import { describe, expect, it } from 'vitest';
import type { Finding, LintResult } from '../../src/engine/findings.js';
import { countFindings } from '../../src/engine/findings.js';
import { countedResults, totals } from '../../src/report/index.js';

const at = { line: 1, column: 1, endLine: 1, endColumn: 2, range: { start: 0, end: 1 } };
const finding = (severity: Finding['severity'], fatal = false): Finding => ({ ...at, ruleId: fatal ? null : 'x', severity, message: 'm', ...(fatal ? { fatal } : {}) });
const result = (filePath: string, findings: Finding[]): LintResult => ({ filePath, findings, ...countFindings(findings) });

/** An iterable that counts how many times it is read, like packed results unpacked on each pass. */
function readCounting(results: LintResult[]) {
  const reads = { count: 0 };
  return {
    reads,
    items: {
      *[Symbol.iterator]() {
        reads.count++;
        yield* results;
      },
    },
  };
}

const RESULTS = [result('a.md', [finding('error'), finding('warn'), finding('info')]), result('b.md', [finding('error', true), finding('warn')]), result('c.md', [])];

describe('countedResults', () => {
  it('gives the totals of the pass a report made, without reading the results again', () => {
    const { reads, items } = readCounting(RESULTS);
    const counted = countedResults(items);
    expect([...counted.results].map((r) => r.filePath)).toEqual(['a.md', 'b.md', 'c.md']);
    expect(counted.totals()).toEqual({ errorCount: 2, warningCount: 2, infoCount: 1, fatalErrorCount: 1 });
    expect(counted.totals()).toEqual(totals(RESULTS));
    expect(reads.count).toBe(1);
  });

  it('reads the results itself when no pass was completed (a report stopped early, or none read them)', () => {
    const { reads, items } = readCounting(RESULTS);
    const counted = countedResults(items);
    for (const r of counted.results) if (r.filePath === 'a.md') break;
    expect(counted.totals()).toEqual(totals(RESULTS));
    expect(reads.count).toBe(2);
  });

  it('counts a second complete pass once, not twice', () => {
    const counted = countedResults(RESULTS);
    expect([...counted.results]).toHaveLength(3);
    expect([...counted.results]).toHaveLength(3);
    expect(counted.totals().errorCount).toBe(2);
  });
});
