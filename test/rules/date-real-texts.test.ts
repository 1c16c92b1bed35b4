import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { lintText } from '../../src/engine/lint.js';
import { resolveRules } from '../../src/engine/rule-settings.js';
import { builtinRules } from '../../rules/index.js';
import { spanOf } from '../helpers/lint.js';
import { REGISTRY } from '../fixtures/registry.js';
import { EMPTY_CATALOGUES } from '../../src/catalogue/types.js';

// Precision on real texts: every finding of the date rules on each text, exactly.
const DATE_RULES = builtinRules.filter((r) => r.meta.category === 'date');

function dateFindings(path: string, catalogues = REGISTRY) {
  const text = readFileSync(path, 'utf8');
  const { findings } = lintText(text, { rules: resolveRules(DATE_RULES), catalogues });
  return findings.map((f) => [f.ruleId, f.severity, spanOf(text, f)]);
}

describe('date rules on the examples and real texts', () => {
  it('covers the date rules', () => {
    expect(DATE_RULES.map((r) => r.meta.id).sort()).toEqual([
      'date-anachronism', 'date-doc-number-year', 'date-invalid', 'date-missing-year', 'date-range-dash', 'date-reference-mismatch',
      'date-signing-numerals', 'date-two-digit-year', 'date-weekday', 'date-zero-padded',
    ]);
  });

  it('Xuzhou interpretation: exactly the 2013 mismatch', () => {
    expect(dateFindings('examples/xuzhou-interpretation.md')).toEqual([['date-reference-mismatch', 'error', '2013年11月']]);
  });

  it('Suzhou news report: only the year-less 9月1日 (info)', () => {
    expect(dateFindings('examples/suzhou-news-report.md')).toEqual([['date-missing-year', 'info', '9月1日']]);
  });

  it('Beijing 京政办发〔2025〕14号: nothing', () => {
    expect(dateFindings('test/fixtures/real/beijing-jzbf-2025-14.txt')).toEqual([]);
  });

  it('Guangdong interpretation: nothing (2020年9月 for a 2021-2025 plan is normal)', () => {
    expect(dateFindings('test/fixtures/real/guangdong-electronic-info-interpretation-2024.txt')).toEqual([]);
  });

  it('without a registry, only what the text alone shows', () => {
    expect(dateFindings('examples/xuzhou-interpretation.md', EMPTY_CATALOGUES)).toEqual([]);
    expect(dateFindings('examples/suzhou-news-report.md', EMPTY_CATALOGUES)).toEqual([['date-missing-year', 'info', '9月1日']]);
    expect(dateFindings('test/fixtures/real/beijing-jzbf-2025-14.txt', EMPTY_CATALOGUES)).toEqual([]);
    expect(dateFindings('test/fixtures/real/guangdong-electronic-info-interpretation-2024.txt', EMPTY_CATALOGUES)).toEqual([]);
  });
});
