import { describe, it, expect } from 'vitest';
import { runRule, spanOf } from '../helpers/lint.js';
import { resolveRules, RuleConfigError } from '../../src/engine/rule-settings.js';
import { ruleById } from '../helpers/lint.js';
import { applyEdit, applyAllFixes, realFindings } from '../helpers/proofreading.js';

const ID = 'term-substitution';

describe('term-substitution', () => {
  it('fixes 截止 before a time to 截至, with the reason', () => {
    const text = '截止2024年底，全市共有企业。\n';
    const [f, ...rest] = runRule(ID, text);
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('截止');
    expect(f.message).toBe('「截止」应为「截至」（表示“到某时为止”用“截至”；“截止”指到期停止，后面不带时间）');
    expect(applyEdit(text, f.fix)).toBe('截至2024年底，全市共有企业。\n');
    expect(applyEdit('截止目前\n', runRule(ID, '截止目前\n')[0].fix)).toBe('截至目前\n');
    expect(runRule(ID, '截止到2024年底，申报截止时间另行通知。\n')).toEqual([]);
  });

  it('applies the shipped list in English and leaves 截止日期, cited titles and code alone', () => {
    const text = '其它企业按装设备，申报截止日期另行通知，《其它事项的通知》与 `其它` 照录。\n';
    const findings = runRule(ID, text, { locale: 'en' });
    expect(findings.map((f) => spanOf(text, f))).toEqual(['其它', '按装']);
    expect(findings[0].message).toBe('“其它” should be “其他” (official texts write 其他)');
    expect(applyAllFixes(text, findings)).toBe('其他企业安装设备，申报截止日期另行通知，《其它事项的通知》与 `其它` 照录。\n');
  });

  it('takes entries from the config: words, patterns with $1, suggestions only, replacing the defaults', () => {
    const options = {
      substitutions: [
        { words: ['建国以来'], expected: '新中国成立以来', reason: '固定表述' },
        { pattern: '(\\d+)多万', expected: '$1万多', fixable: false },
      ],
      replaceDefaults: true,
    };
    const text = '建国以来，其它地区新增100多万人。\n';
    const findings = runRule(ID, text, { options, severity: 'warn' });
    expect(findings.map((f) => spanOf(text, f))).toEqual(['建国以来', '100多万']);
    expect(findings[0].message).toBe('「建国以来」应为「新中国成立以来」（固定表述）');
    expect(findings[1].fix).toBeUndefined();
    expect(applyEdit(text, findings[1].suggestions![0].fix)).toBe('建国以来，其它地区新增100万多人。\n');
  });

  it('rejects a malformed entry when the config is read, naming the option', () => {
    const rule = ruleById(ID);
    expect(() => resolveRules([rule], { [ID]: ['warn', { substitutions: [{ expected: 'x' }] }] })).toThrow(RuleConfigError);
    expect(() => resolveRules([rule], { [ID]: ['warn', { substitutions: [{ pattern: '(', expected: 'x' }] }] })).toThrow(/substitutions/);
  });

  it('finds nothing in the real texts', () => {
    expect(realFindings(ID)).toEqual([]);
  });
});
