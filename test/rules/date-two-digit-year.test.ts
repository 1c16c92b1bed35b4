import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRule, spanOf } from '../helpers/lint.js';
import { fixWith } from '../helpers/fix.js';

const ID = 'date-two-digit-year';
const SIGNED = (body: string) => `# 关于开展调研的通知\n\n${body}\n\n徐州市人民政府\n\n2024年1月8日\n`;

describe(ID, () => {
  it('flags 24年3月 and 25年底, suggesting the century the document’s year gives', () => {
    const text = SIGNED('各地区于24年3月底前报送方案，25年底前完成。');
    const fs = runRule(ID, text);
    expect(fs.map((f) => spanOf(text, f))).toEqual(['24年', '25年']);
    expect(fs[0].severity).toBe('warn');
    expect(fs[0].message).toBe('“24年”的年份只写了两位，应写全四位');
    expect(fs[0].suggestions?.map((s) => s.desc)).toEqual(['改为2024年']);
    expect(fixWith(ID, text)).toBe(text);
    expect(fixWith(ID, text, { suggestionRules: [ID] })).toContain('各地区于2024年3月底前报送方案，2025年底前完成。');
  });

  it('only reports when the century is unknown', () => {
    const [f] = runRule('date-two-digit-year', '各地区于24年3月底前报送。', { locale: 'en' });
    expect(f.message).toBe('the year in “24年” has only two digits; write all four');
    expect(f.suggestions).toBeUndefined();
  });

  it('leaves durations, full years, 3个月 and the real texts alone', () => {
    expect(runRule(ID, SIGNED('用30年时间，历时10年3个月，到2025年7月，近10年底'))).toEqual([]);
    expect(runRule(ID, SIGNED('《24年3月工作要点》'))).toEqual([]);
    for (const f of ['test/fixtures/real/beijing-jzbf-2025-14.txt', 'test/fixtures/real/guangdong-electronic-info-interpretation-2024.txt', 'examples/xuzhou-interpretation.md']) expect(runRule(ID, readFileSync(f, 'utf8')), f).toEqual([]);
  });
});
