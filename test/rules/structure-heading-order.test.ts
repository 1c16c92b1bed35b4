import { describe, expect, it } from 'vitest';
import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById, runRule } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const ID = 'structure-heading-order';
const rule = ruleById(ID);
const EARLY = '（一）发展目标。到2026年，全市新增企业100家。\n\n（二）主要任务。加快建设创新平台。\n\n一、保障措施\n';
const SKIPPED = '一、总体要求\n\n1. 加强组织领导。\n\n2. 加大政策支持。\n';

new RuleTester().run(ID, rule, {
  valid: [
    // Skipped levels are allowed by default.
    SKIPPED,
    // The standard order, a document that uses only （一）, and a new part under an unnumbered heading.
    '一、总体要求\n\n（一）发展目标。\n\n1. 加强领导。\n\n（1）落实责任。\n\n二、保障措施\n',
    '（一）加强组织领导。\n\n（二）加大政策支持。\n',
    '## 通知\n\n（一）加强组织领导。\n\n## 实施方案\n\n一、总体要求\n',
    ...textCases(),
  ],
  invalid: [
    {
      name: 'a （一） series before the 一、 of the same part, once, at its first number',
      code: EARLY,
      errors: [{ message: '「（一）」出现在上一层级的「一、」之前；层次序数依次为一、（一）1.（1）', line: 1, column: 1, endLine: 1, endColumn: 4, related: [{ line: 5 }] }],
    },
  ],
});

new RuleTester({ locale: 'en' }).run(`${ID} in English`, rule, {
  valid: [],
  invalid: [
    {
      name: 'skipped levels with { allowSkippedLevels: false }',
      code: SKIPPED,
      options: { allowSkippedLevels: false },
      errors: [{ message: '“1.” sits directly under “一、”, skipping the “（一）” level', line: 3, column: 1, endLine: 3, endColumn: 3 }],
    },
  ],
});

describe(ID, () => {
  it('is a warning', () => {
    expect(runRule(ID, EARLY)[0].severity).toBe('warn');
  });
});
