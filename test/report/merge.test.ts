import { describe, expect, it } from 'vitest';
import { mergeReports, ReportMergeError, toLintResults } from '../../src/report/merge.js';

describe('merge-reports', () => {
  const result = (filePath: string, severities: (1 | 2)[], info = false) => ({
    filePath,
    messages: severities.map((severity, i) => ({ ruleId: 'r', severity, message: `m${i}`, line: i + 1, column: 1, endLine: i + 1, endColumn: 2, ...(info && severity === 1 ? { info: true } : {}) })),
    suppressedMessages: [],
    errorCount: severities.filter((s) => s === 2).length,
    fatalErrorCount: 0,
    warningCount: info ? 0 : severities.filter((s) => s === 1).length,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  });

  it('joins json reports in path order and keeps info apart from warnings', () => {
    const merged = mergeReports([
      { file: 'b.json', text: JSON.stringify([result('/w/c.md', [2]), result('/w/a.md', [1], true)]) },
      { file: 'a.json', text: `\ufeff${JSON.stringify([result('/w/b.md', [1, 2])])}` },
    ]);
    expect(merged.kind).toBe('eslint');
    if (merged.kind !== 'eslint') return;
    expect(merged.results.map((r) => r.filePath)).toEqual(['/w/a.md', '/w/b.md', '/w/c.md']);
    const ours = toLintResults(merged.results);
    expect(ours.map((r) => [r.errorCount, r.warningCount, r.infoCount])).toEqual([[0, 0, 1], [1, 1, 0], [1, 0, 0]]);
  });

  it('refuses overlapping shards with different findings, and mixed kinds', () => {
    expect(() => mergeReports([{ file: 'a.json', text: JSON.stringify([result('/w/a.md', [2])]) }, { file: 'b.json', text: JSON.stringify([result('/w/a.md', [1])]) }])).toThrow(/shards must not overlap/);
    expect(() => mergeReports([{ file: 'a.json', text: '[]' }, { file: 'b.sarif', text: JSON.stringify({ version: '2.1.0', runs: [] }) }])).toThrow(/same --format/);
    expect(() => mergeReports([{ file: 'x.json', text: '{' }])).toThrow(/x\.json: not valid JSON/);
  });

  it('merges SARIF runs of one tool: results joined, rules united, indices remapped', () => {
    const run = (rules: string[], results: { ruleId: string; uri: string }[]) => ({
      tool: { driver: { name: 'policylint', rules: rules.map((id) => ({ id })) } },
      artifacts: results.map((r) => ({ location: { uri: r.uri } })),
      results: results.map((r, i) => ({ ruleId: r.ruleId, ruleIndex: rules.indexOf(r.ruleId), level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: r.uri, index: i } } }] })),
    });
    const a = { version: '2.1.0', runs: [run(['x', 'y'], [{ ruleId: 'y', uri: 'a.md' }])] };
    const b = { version: '2.1.0', runs: [run(['z', 'y'], [{ ruleId: 'z', uri: 'b.md' }, { ruleId: 'y', uri: 'c.md' }])] };
    const merged = mergeReports([{ file: 'a.sarif', text: JSON.stringify(a) }, { file: 'b.sarif', text: JSON.stringify(b) }]);
    if (merged.kind !== 'sarif') throw new Error('expected SARIF');
    const [only] = merged.log.runs;
    expect(merged.log.runs).toHaveLength(1);
    expect(only.tool.driver.rules!.map((r) => r.id)).toEqual(['x', 'y', 'z']);
    expect(only.results!.map((r) => [r.ruleId, r.ruleIndex, r.locations![0].physicalLocation!.artifactLocation!.index])).toEqual([['y', 1, 0], ['z', 2, 1], ['y', 1, 2]]);
    expect(only.artifacts!.map((x) => x.location!.uri)).toEqual(['a.md', 'b.md', 'c.md']);
  });
});
