import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRule, spanOf } from '../helpers/lint.js';
import { fixWith } from '../helpers/fix.js';

const ID = 'reference-docnum-bracket';

describe(ID, () => {
  it('flags [ ] （ ） ( ) 【 】 ［ ］ around the year, and fixes them to 〔〕', () => {
    for (const [written, fixed] of [['国发[2021]29号', '国发〔2021〕29号'], ['京政办发（2025）14号', '京政办发〔2025〕14号'], ['粤发(2023)7号', '粤发〔2023〕7号'], ['苏政发【2023】104号', '苏政发〔2023〕104号'], ['苏政发［2023］104号', '苏政发〔2023〕104号']]) {
      const text = `根据《关于加快培育发展未来产业的指导意见》（${written}），制定本方案。`;
      const [f, ...rest] = runRule(ID, text);
      expect(rest).toEqual([]);
      expect(spanOf(text, f)).toBe(written.replace(/^[^\[（(【［]+/, '').replace(/\d+号$/, ''));
      expect(f.severity).toBe('error');
      expect(fixWith(ID, text)).toBe(text.replace(written, fixed));
    }
  });

  it('words the message in both languages', () => {
    const text = '国发[2021]29号';
    expect(runRule(ID, text)[0].message).toBe('文号国发[2021]29号的年份应使用六角括号：[2021] → 〔2021〕');
    expect(runRule(ID, text, { locale: 'en' })[0].message).toBe('the year in 国发[2021]29号 belongs in tortoise-shell brackets: [2021] → 〔2021〕');
  });

  it('replaces Markdown-escaped brackets with their backslashes', () => {
    expect(fixWith(ID, '依据国发\\[2021\\]29号文件执行。')).toBe('依据国发〔2021〕29号文件执行。');
  });

  it('keeps full-width year digits as written (the number rules own them)', () => {
    expect(fixWith(ID, '国发[２０２１]29号')).toBe('国发〔２０２１〕29号');
  });

  it('accepts 〔〕 and finds nothing in the real texts', () => {
    expect(runRule(ID, '《关于加快培育发展未来产业的指导意见》（徐政发〔2024〕1号）')).toEqual([]);
    for (const f of ['examples/xuzhou-interpretation.md', 'examples/suzhou-news-report.md', 'test/fixtures/real/beijing-jzbf-2025-14.txt', 'test/fixtures/real/guangdong-electronic-info-interpretation-2024.txt']) {
      expect(runRule(ID, readFileSync(f, 'utf8')), f).toEqual([]);
    }
  });
});
