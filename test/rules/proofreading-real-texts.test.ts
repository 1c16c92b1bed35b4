import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fixText } from '../../src/engine/fix.js';
import { lintText } from '../../src/engine/lint.js';
import { resolveRules } from '../../src/engine/rule-settings.js';
import { builtinRules } from '../../rules/index.js';
import { REGISTRY } from '../fixtures/registry.js';

// The reference- rules and the date- proofreading rules on texts they were not written for: every
// finding and every change --fix would make, exactly.
const IDS = /^(?:reference-|date-(?:signing-numerals|zero-padded|two-digit-year|weekday|range-dash)$)/;
const rules = resolveRules(builtinRules.filter((r) => IDS.test(r.meta.id)));

const TEXTS = [
  'examples/xuzhou-interpretation.md',
  'examples/suzhou-news-report.md',
  'test/fixtures/real/beijing-jzbf-2025-14.txt',
  'test/fixtures/real/guangdong-electronic-info-interpretation-2024.txt',
  'test/fixtures/real/suzhou-news-report-page.txt',
  'test/fixtures/real/xuzhou-interpretation-page.txt',
];

function changes(before: string, after: string): [string, string][] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  // Only the changed stretch of each changed line, with a few characters of context.
  return a.flatMap((line, i) => {
    if (line === b[i]) return [];
    let s = 0;
    while (line[s] === b[i][s]) s++;
    let e = 0;
    while (e < line.length - s && line[line.length - 1 - e] === b[i][b[i].length - 1 - e]) e++;
    return [[line.slice(Math.max(0, s - 4), line.length - e + 4), b[i].slice(Math.max(0, s - 4), b[i].length - e + 4)] as [string, string]];
  });
}

describe('proofreading rules on real texts', () => {
  // The Guangdong page cites 》(粤发〔2023〕7号) with half-width parentheses, but it is a web copy
  // with half-width marks throughout, which the punctuation rules leave alone by default.
  const expected: Record<string, { findings: string[]; changes: [string, string][] }> = {};

  for (const path of TEXTS) {
    it(`${path}: ${expected[path] ? 'exactly the expected finding and change' : 'no finding, no change'}`, () => {
      const text = readFileSync(path, 'utf8');
      const want = expected[path] ?? { findings: [], changes: [] };
      expect(lintText(text, { rules, catalogues: REGISTRY }).findings.map((f) => f.ruleId)).toEqual(want.findings);
      const fixed = fixText(text, { rules, catalogues: REGISTRY });
      expect(changes(text, fixed.output)).toEqual(want.changes);
      expect(fixed.notices).toEqual([]);
    });
  }
});
