import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import { resolveRules } from '../../src/engine/rule-settings.js';
import { builtinRules } from '../../rules/index.js';
import { formatStylish } from '../../src/report/stylish.js';
import { toEslintResults } from '../../src/report/json.js';

const rules = resolveRules(builtinRules);
const TEXT = '# 关于开展调研的通知\n\n依据国发[2021]29号文件，请于24年3月底前报送。\n\n徐州市人民政府\n\n2024年1月8日\n';

describe('fixes and suggestions in the reports', () => {
  const { model: _m, ...result } = lintText(TEXT, { rules, filePath: 'draft.md' });

  it('stylish shows each suggestion under its finding and counts what --fix can fix, in both languages', () => {
    const zh = formatStylish([result], { cwd: '.', locale: 'zh-CN' }).split('\n');
    const row = zh.findIndex((l) => l.includes('date-two-digit-year'));
    expect(zh[row + 1].trim()).toBe('⇒ 建议：改为2024年');
    expect(zh.at(-2)).toBe('  其中 1 个错误和 0 个警告可用 --fix 选项自动修复。');
    const en = formatStylish([lintText(TEXT, { rules, filePath: 'draft.md', locale: 'en' })], { cwd: '.', locale: 'en' });
    expect(en).toContain('⇒ suggestion: change it to 2024年');
    expect(en).toContain('1 error and 0 warnings potentially fixable with the `--fix` option.');
  });

  it('json carries fix and suggestions, and output only when fixing changed the text', () => {
    const [json] = toEslintResults([result]);
    expect(json.fixableErrorCount).toBe(1);
    expect(json.messages.find((m) => m.ruleId === 'reference-docnum-bracket')?.fix).toEqual({ range: [TEXT.indexOf('[2021]'), TEXT.indexOf('[2021]') + 6], text: '〔2021〕' });
    expect('output' in json).toBe(false);
    expect(toEslintResults([{ ...result, output: 'x' }])[0].output).toBe('x');
  });
});
