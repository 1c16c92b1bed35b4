import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRule, spanOf } from '../helpers/lint.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const doc = (title: string, body: string[]) => ['---', `title: ${title}`, 'date: 2023-09-01', '---', '', ...body.flatMap((l) => [l, '']), ''].join('\n');

describe('target-no-deadline', () => {
  it('flags a goal-verb target with no year anywhere', () => {
    const text = doc('苏州市关于加快培育未来产业的工作意见', ['## 三、重点任务', '全市加强技术与产业联动，力争培育10家以上未来产业创新平台。']);
    const findings = runRule('target-no-deadline', text);
    expect(findings).toHaveLength(1);
    expect(spanOf(text, findings[0])).toBe('力争培育10家以上未来产业创新平台');
    expect(findings[0].message).toBe('量化目标“力争培育10家以上未来产业创新平台”没有完成年份');
    expect(findings[0].severity).toBe('warn');
  });

  it('flags each measurable goal of an undated goals section, in English too', () => {
    const text = doc('苏州市关于加快培育未来产业的工作意见', ['## 一、发展目标', '全市引育20家以上未来产业链主企业，建设10个以上未来产业先导园区。']);
    const findings = runRule('target-no-deadline', text, { locale: 'en' });
    expect(findings.map((f) => spanOf(text, f))).toEqual(['全市引育20家以上未来产业链主企业', '建设10个以上未来产业先导园区']);
    expect(findings[1].message).toBe('measurable target “建设10个以上未来产业先导园区” has no year to be reached by');
  });

  it('accepts a year from the sentence, the paragraph, the section or the planning period', () => {
    expect(runRule('target-no-deadline', doc('苏州市关于加快培育未来产业的工作意见', ['到2030年,全市加强技术与产业联动,培育10家以上未来产业创新平台。']))).toEqual([]);
    expect(runRule('target-no-deadline', doc('苏州市关于加快培育未来产业的工作意见', ['## 一、2030年目标', '培育10家以上未来产业创新平台。']))).toEqual([]);
    expect(runRule('target-no-deadline', doc('徐州市加快培育发展未来产业三年行动方案(2024-2026年)', ['## 一、发展目标', '培育10家以上未来产业创新平台。']))).toEqual([]);
  });

  it('ignores numbers that are not goals: achievements, supports, counts and specifications', () => {
    const text = doc('某市支持未来产业发展的若干措施', [
      '近年来,我市始终坚持把创新作为引领发展的第一动力,连续2年规模以上工业总产值突破4万亿元,稳居全国前列。',
      '对新认定的未来产业研究院，给予最高1000万元奖励。',
      '重点发展6英寸以上衬底晶圆等相关材料及关键器件。',
    ]);
    expect(runRule('target-no-deadline', text)).toEqual([]);
    expect(runRule('target-no-deadline', read('examples/xuzhou-interpretation.md'))).toEqual([]);
  });
});

describe('target-no-deadline on eval4 repros', () => {
  it('takes a bare year opening the sentence as the year (p08, p08b)', () => {
    expect(runRule('target-no-deadline', '2023年力争完成能源项目投资70亿元，力争清洁能源装机容量增加30万千瓦。\n')).toEqual([]);
    expect(runRule('target-no-deadline', '2024年，力争全市规模以上工业增加值增长8%以上。\n')).toEqual([]);
  });

  it('pairs years and values listed with 分别 (p07, p07b, w07)', () => {
    expect(runRule('target-no-deadline', '---\ndate: 2023-01-10\n---\n\n一、发展目标\n\n全市数字经济核心产业增加值2025年、2030年分别达到1000亿元、2000亿元。\n')).toEqual([]);
    expect(runRule('target-no-deadline', '一、发展目标\n\n全市数字经济核心产业增加值2025年、2030年分别达到1000亿元、2000亿元。\n')).toEqual([]);
    expect(runRule('target-no-deadline', '---\ndate: 2023-01-10\n---\n\n一、发展目标\n\n全市数字经济核心产业增加值到2025年、2027年、2030年分别达到1000亿元、1500亿元、2000亿元。\n')).toEqual([]);
    // Unequal counts: no year is guessed and the values are not reported as undated.
    expect(runRule('target-no-deadline', '一、发展目标\n\n全市数字经济核心产业增加值2025年、2030年分别达到1000亿元。\n')).toEqual([]);
  });

  it('does not take a scope (以…为主要对象) as a goal (w08)', () => {
    const text = '一、总体目标\n\n以全市就业年龄段的7600多名持证残疾人为主要对象，促进残疾人就业。到2025年，全市新增残疾人就业800人以上。\n';
    expect(runRule('target-no-deadline', text)).toEqual([]);
  });
});
