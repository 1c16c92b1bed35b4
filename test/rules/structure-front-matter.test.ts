import { describe, expect, it } from 'vitest';
import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById, runRule } from '../helpers/lint.js';

const ID = 'structure-front-matter';
const rule = ruleById(ID);
const WRONG_LEVEL = '---\ntitle: 某方案\nlevel: county\n---\n';

new RuleTester().run(ID, rule, {
  valid: [
    // Valid front matter with English and Chinese keys, and none at all.
    '---\ntitle: 某方案\ndate: 2024-01-08\nlevel: city\n---\n\n正文。\n',
    '---\n标题: 某方案\n成文日期: 2024-01-08\n层级: 市\n发文字号: 徐政办发〔2024〕2号\nx-owner: 办公室\n---\n',
    '没有文首元数据的文件。\n',
  ],
  invalid: [
    {
      name: 'a wrong value, at the value, with what is allowed',
      code: WRONG_LEVEL,
      errors: [{ message: /level[\s\S]*national, province, city, district/, line: 3, column: 8, endLine: 3, endColumn: 14 }],
    },
    {
      name: 'a date in the wrong form and a malformed 文号',
      code: '---\n成文日期: 2024年1月8日\n发文字号: 徐政办发2024-2\n---\n',
      errors: [{ message: /YYYY-MM-DD/, line: 2, column: 7, endLine: 2, endColumn: 16 }, { line: 3, column: 7, endLine: 3, endColumn: 17 }],
    },
  ],
});

new RuleTester({ locale: 'en' }).run(`${ID} in English`, rule, {
  valid: [],
  invalid: [
    {
      name: 'an unknown key, at the key',
      code: '---\ntitle: 某方案\ndat: 2024-01-08\n---\n',
      errors: [{ message: /^front matter dat: unknown key "dat"; allowed keys: title, issuer/, line: 3, column: 1, endLine: 3, endColumn: 4 }],
    },
  ],
});

describe(ID, () => {
  it('is an error', () => {
    expect(runRule(ID, WRONG_LEVEL)[0].severity).toBe('error');
  });

  it('reports a YAML syntax error without crashing', () => {
    // RuleTester would fix the number of findings; the YAML parser decides that, not the rule.
    const findings = runRule(ID, '---\ntitle: "未闭合\n---\n正文\n');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0].message).toContain('YAML');
  });
});
