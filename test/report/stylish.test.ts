import { describe, expect, it } from 'vitest';
import type { Finding, LintResult } from '../../src/engine/findings.js';
import { countFindings } from '../../src/engine/findings.js';
import { displayWidth, formatStylish, summaryLine } from '../../src/report/stylish.js';
import { filterResults } from '../../src/report/index.js';

function finding(line: number, column: number, severity: Finding['severity'], message: string, ruleId: string | null = 'date-invalid'): Finding {
  return { ruleId, severity, message, line, column, endLine: line, endColumn: column + 1, range: { start: 0, end: 1 } };
}

function result(filePath: string, findings: Finding[]): LintResult {
  return { filePath, findings, ...countFindings(findings) };
}

describe('displayWidth', () => {
  it('counts CJK and full-width characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('日期')).toBe(4);
    expect(displayWidth('（一）、。')).toBe(10);
    expect(displayWidth('２０２３年')).toBe(10);
    expect(displayWidth('“10+X”')).toBe(6);
    expect(displayWidth('𠀀')).toBe(2);
  });
});

describe('formatStylish', () => {
  const results = [
    result('/w/docs/a.md', [
      finding(3, 8, 'error', '日期「2013年11月」与所引文件的印发时间（2023年）不符', 'date-reference-mismatch'),
      finding(12, 15, 'warn', 'list has 5 items', 'list-count-mismatch'),
    ]),
    result('/w/b.md', []),
  ];

  it('groups by file (relative path), aligns columns by display width, and ends with a summary', () => {
    const out = formatStylish(results, { cwd: '/w', locale: 'zh-CN' });
    const lines = out.split('\n');
    expect(lines).toEqual([
      '',
      'docs/a.md',
      '   3:8   error    日期「2013年11月」与所引文件的印发时间（2023年）不符  date-reference-mismatch',
      '  12:15  warning  list has 5 items                                      list-count-mismatch',
      '',
      '✖ 共 2 个问题（1 个错误，1 个警告）',
      '',
    ]);
    // The rule ids start in the same terminal column.
    const at = (l: string) => displayWidth(l.slice(0, l.indexOf(l.includes('date-') ? 'date-' : 'list-')));
    expect(at(lines[2])).toBe(at(lines[3]));
  });

  it('speaks English with plurals', () => {
    expect(summaryLine({ errorCount: 1, warningCount: 0, infoCount: 0 }, 'en')).toBe('1 problem (1 error, 0 warnings)');
    expect(summaryLine({ errorCount: 2, warningCount: 1, infoCount: 3 }, 'en')).toBe('6 problems (2 errors, 1 warning, 3 infos)');
    expect(formatStylish(results, { cwd: '/w', locale: 'en' })).toContain('✖ 2 problems (1 error, 1 warning)');
  });

  it('prints nothing when there is nothing to report', () => {
    expect(formatStylish([result('/w/b.md', [])], { cwd: '/w' })).toBe('');
  });

  it('shows info findings as "info", with an info mark when nothing else is reported', () => {
    const out = formatStylish([result('/w/a.md', [finding(1, 1, 'info', '提示')])], { cwd: '/w', locale: 'zh-CN' });
    expect(out).toContain('  1:1  info  提示  date-invalid');
    expect(out).toContain('ℹ 共 1 个问题（0 个错误，0 个警告，1 条提示）');
  });

  it('shows a fatal finding without a rule id, and files outside cwd by absolute path', () => {
    const out = formatStylish([result('/elsewhere/x.md', [{ ...finding(1, 1, 'error', '无法读取文件：没有读取权限（EACCES）', null), fatal: true }])], { cwd: '/w' });
    expect(out).toContain('/elsewhere/x.md\n  1:1  error  无法读取文件：没有读取权限（EACCES）\n');
  });

  it('lists related places under a finding', () => {
    const f = { ...finding(20, 3, 'error', '与前文不一致', 'list-inconsistent'), related: [{ message: '首次列举于此', line: 8, column: 5, endLine: 8, endColumn: 9 }] };
    const out = formatStylish([result('/w/a.md', [f])], { cwd: '/w' });
    const lines = out.split('\n');
    const row = lines.findIndex((l) => l.includes('与前文不一致'));
    // The arrow stands under the message.
    expect(lines[row + 1]).toBe(`${' '.repeat(lines[row].indexOf('与前文不一致'))}↳ 8:5  首次列举于此`);
  });

  it('colours only when asked', () => {
    expect(formatStylish(results, { cwd: '/w', color: false })).not.toContain('\u001b[');
    const coloured = formatStylish(results, { cwd: '/w', color: true });
    expect(coloured).toContain('\u001b[31merror');
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(formatStylish(results, { cwd: '/w', color: false }));
  });
});

describe('filterResults', () => {
  const r = result('/w/a.md', [finding(1, 1, 'error', 'e'), finding(2, 1, 'warn', 'w'), finding(3, 1, 'info', 'i')]);

  it('keeps info only with includeInfo, and errors only with quiet; counts follow', () => {
    expect(filterResults([r], {})[0]).toMatchObject({ errorCount: 1, warningCount: 1, infoCount: 0 });
    expect(filterResults([r], { includeInfo: true })[0].findings).toHaveLength(3);
    expect(filterResults([r], { quiet: true, includeInfo: true })[0]).toMatchObject({ errorCount: 1, warningCount: 0, infoCount: 0 });
  });
});
