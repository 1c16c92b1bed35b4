import { describe, it, expect } from 'vitest';
import { model, spanOf } from './helpers/lint.js';
import { foldText } from '../src/parse/normalize.js';

describe('text blocks', () => {
  it('keeps exact offsets through CJK-friendly emphasis', () => {
    const text = '一段**重点项目，**是指纳入计划的项目。\n';
    const m = model(text);
    expect(m.blocks[0].text).toBe('一段重点项目，是指纳入计划的项目。');
    const i = m.blocks[0].text.indexOf('是指');
    expect(text.slice(m.blocks[0].offsets[i], m.blocks[0].offsets[i] + 2)).toBe('是指');
  });

  it('cuts a GFM autolink literal at the first Chinese character', () => {
    const text = '请登录（https://www.gov.cn）提交材料，截止日期为2024年3月1日。\n';
    const m = model(text);
    const b = m.blocks[0];
    expect(b.text).toBe('请登录（https://www.gov.cn）提交材料，截止日期为2024年3月1日。');
    const i = b.text.indexOf('2024');
    expect(text.slice(b.offsets[i], b.offsets[i] + 4)).toBe('2024');
  });

  it('joins a line broken between two Chinese characters and folds half-width marks', () => {
    const m = model('北京市建立未来产业投入增长机制\n促进未来产业发展的若干措施\n');
    expect(m.blocks[0].text).toBe('北京市建立未来产业投入增长机制促进未来产业发展的若干措施');
    const n = model('各区人民政府,市政府各委:现将（１２）项\n');
    expect(n.blocks[0].norm).toBe('各区人民政府，市政府各委：现将（12）项');
  });

  it('splits a pasted paragraph at sentence ends, numbered lines and 落款 lines', () => {
    const m = model('京政办发〔2025〕14号\n各区人民政府：\n现印发给你们。\n北京市人民政府办公厅\n2025年7月24日\n一、健全体系\n（一）构建高地。以项目制为牵引。\n');
    expect(m.blocks.map((b) => b.text)).toEqual([
      '京政办发〔2025〕14号', '各区人民政府：', '现印发给你们。', '北京市人民政府办公厅', '2025年7月24日', '一、健全体系', '（一）构建高地。以项目制为牵引。',
    ]);
  });

  it('handles CRLF line endings with exact positions', () => {
    const text = '# 标题\r\n\r\n第一段，\r\n接着写。\r\n';
    const m = model(text);
    expect(m.blocks[1].text).toBe('第一段，接着写。');
    const i = m.blocks[1].text.indexOf('接着');
    expect(text.slice(m.blocks[1].offsets[i], m.blocks[1].offsets[i] + 2)).toBe('接着');
  });
});

describe('sections', () => {
  it('finds sections in headings and numbered paragraphs, nested by numbering', () => {
    const text = ['# 某某方案', '', '一、总体要求', '', '（一）指导思想。坚持创新。', '', '1. 总体要求。在全省体系中。', '', '2. 发展方向。氢能。', '', '二、保障措施', ''].join('\n');
    const m = model(text);
    expect(m.sections.map((s) => [s.title, s.level, s.numbering?.style ?? 'markdown'])).toEqual([
      ['某某方案', 1, 'markdown'],
      ['总体要求', 2, 'chinese'],
      ['指导思想', 3, 'paren-chinese'],
      ['总体要求', 4, 'arabic'],
      ['发展方向', 4, 'arabic'],
      ['保障措施', 2, 'chinese'],
    ]);
    const s = m.sections[3];
    expect(spanOf(text, { range: s.numbering!.range })).toBe('1.');
    expect(m.sections[1].range.end).toBe(m.sections[5].range.start);
  });

  it('accepts half-width brackets pasted from Word', () => {
    const m = model('(一)构建未来产业发展人才高地。以项目制为牵引。\n');
    expect(m.sections[0]).toMatchObject({ title: '构建未来产业发展人才高地', numbering: { style: 'paren-chinese', value: 1 } });
  });
});

describe('front matter', () => {
  it('maps Chinese keys and validates them', () => {
    const text = '---\n标题: 某方案\n成文日期: 2024-01-08\n层级: 市\n发文字号: 徐政办发〔2024〕2号\n---\n\n正文。\n';
    const m = model(text);
    expect(m.frontMatter.problems).toEqual([]);
    expect(m.meta.title?.value).toBe('某方案');
    expect(m.meta.date?.value).toEqual({ year: 2024, month: 1, day: 8 });
    expect(m.meta.level?.value).toBe('city');
    expect(m.meta.docNumber?.value.key).toBe('徐政办发〔2024〕2号');
  });

  it('reports a bad value at its position with the allowed values', () => {
    const text = '---\ntitle: 某方案\nlevel: county\ndate: 2024/01/08\n---\n';
    const m = model(text);
    const byPath = Object.fromEntries(m.frontMatter.problems.map((p) => [p.path, p]));
    expect(byPath.level.message.en).toContain('national, province, city, district');
    expect(text.slice(byPath.level.range.start, byPath.level.range.end)).toBe('county');
    expect(text.slice(byPath.date.range.start, byPath.date.range.end)).toBe('2024/01/08');
    expect(m.meta.date).toBeUndefined();
  });

  it('reports YAML syntax errors instead of crashing', () => {
    const m = model('---\ntitle: [unclosed\n---\n正文\n');
    expect(m.frontMatter.problems.length).toBeGreaterThan(0);
    expect(m.frontMatter.problems[0].message.en).toMatch(/YAML syntax error/);
  });
});

describe('pasted text', () => {
  it('keeps lines indented by four spaces as text, not code', () => {
    const m = model('    各省、自治区、直辖市人民政府：\n\n    国务院\n\n    2016年12月15日\n');
    expect(m.blocks.map((b) => b.text.trim())).toEqual(['各省、自治区、直辖市人民政府：', '国务院', '2016年12月15日']);
    expect(m.meta.issuer?.value).toBe('国务院');
  });

  it('ends a numbered heading line at its line break', () => {
    const m = model('二、重点领域\n发挥杭州数字经济优势，布局未来产业。\n');
    expect(m.blocks.map((b) => b.text)).toEqual(['二、重点领域', '发挥杭州数字经济优势，布局未来产业。']);
    expect(m.sections[0].title).toBe('重点领域');
  });
});

describe('folding', () => {
  it('folds one unit for one, so folded indices are source indices', () => {
    const raw = '到２０３０年,产值(约)5000亿元:\t目标!～〜　完成?';
    const folded = foldText(raw);
    expect(folded).toBe('到2030年，产值（约）5000亿元： 目标！～～ 完成？');
    expect(folded.length).toBe(raw.length);
  });
});

describe('section facts', () => {
  it('records whether a section has a body or a table of numbers, and where an excerpt is cut off', () => {
    const m = model(['## 一、总体要求', '', '## 二、发展目标', '', '| 指标 | 2025年 |', '|---|---|', '| 产值 | 800 |', '', '（一）近期目标。到2025年，引进一批'].join('\n') + '\n');
    const byTitle = Object.fromEntries(m.sections.map((s) => [s.title, s]));
    expect(byTitle['总体要求']).toMatchObject({ hasBody: false, hasNumericTable: false });
    expect(byTitle['发展目标']).toMatchObject({ hasBody: true, hasNumericTable: true });
    expect(byTitle['近期目标']).toMatchObject({ hasBody: true, hasNumericTable: false });
    expect(m.cutOff).toEqual({ section: byTitle['近期目标'].index });
    expect(model('（一）近期目标。到2025年，建成10个园区。\n').cutOff).toBeUndefined();
    expect(model('（一）近期目标\n').sections[0].hasBody).toBe(false);
  });
});
