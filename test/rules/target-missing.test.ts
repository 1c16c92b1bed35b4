import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRule, spanOf } from '../helpers/lint.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const doc = (title: string, body: string[], date = '2024-01-08') => ['---', `title: ${title}`, `date: ${date}`, '---', '', `# ${title}`, '', ...body.flatMap((l) => [l, '']), ''].join('\n');

const XUZHOU_PLAN = '徐州市加快培育发展未来产业三年行动方案(2024-2026年)';

describe('target-missing', () => {
  it('flags a goals section with only qualitative goals (一批…), as Xuzhou’s 2026 goals read', () => {
    const text = doc(XUZHOU_PLAN, [
      '一、总体要求',
      '（一）发展目标。到2026年，全市未来产业创新能力显著增强，培育一批未来产业领军企业，建设一批未来产业创新平台，形成“5+X”未来产业发展格局。',
      '二、重点任务',
    ]);
    const findings = runRule('target-missing', text);
    expect(findings).toHaveLength(1);
    expect(spanOf(text, findings[0])).toBe('（一）发展目标');
    expect(findings[0].message).toBe('目标部分“发展目标”只有定性表述，没有可量化的指标');
    expect(findings[0].severity).toBe('warn');
  });

  it('flags a goals section whose measurable goals have no year', () => {
    const text = doc('苏州市关于加快培育未来产业的工作意见', ['## 一、发展目标', '全市培育10家以上未来产业创新平台，打造100个以上应用场景。']);
    const findings = runRule('target-missing', text);
    expect(findings.map((f) => [spanOf(text, f), f.messageId])).toEqual([['## 一、发展目标', 'missingYear']]);
    expect(findings[0].message).toContain('没有写明目标年份');
  });

  it('flags a goals section with neither, in English too', () => {
    const text = doc('某市未来产业发展实施意见', ['## 一、主要目标', '全面提升未来产业创新能力。', '## 二、重点任务', '加强技术攻关。']);
    const findings = runRule('target-missing', text, { locale: 'en' });
    expect(findings.map((f) => spanOf(text, f))).toEqual(['## 一、主要目标']);
    expect(findings[0].message).toBe('goals section “主要目标” has neither a target year nor a measurable indicator');
  });

  it('flags a complete plan with no goals section and no dated measurable target, at its title', () => {
    const text = doc('某市未来产业发展行动计划', ['## 一、总体要求', '坚持创新驱动。', '## 二、重点任务', '加强技术攻关。', '## 三、保障措施', '加强组织领导。']);
    const findings = runRule('target-missing', text);
    expect(findings).toHaveLength(1);
    expect(spanOf(text, findings[0])).toBe('某市未来产业发展行动计划');
    expect(findings[0].message).toBe('本行动计划没有目标部分，全文也没有带年份的量化目标');
  });

  it('accepts a goals section with a year and a measurable indicator', () => {
    const text = doc('苏州市关于加快培育未来产业的工作意见', [
      '## 一、发展目标',
      '到2030年,全市重点突破一批填补国内空白的关键核心技术,全市未来产业总产值突破5000亿元。到2035年,全市形成1到2个领跑全国的千亿级未来产业创新集群,全市未来产业总产值突破10000亿元。',
    ], '2023-09-01');
    expect(runRule('target-missing', text)).toEqual([]);
  });

  it('takes the planning period of the title as the year of a goals section', () => {
    const text = doc(XUZHOU_PLAN, ['## 一、发展目标', '培育10家以上未来产业创新平台。']);
    expect(runRule('target-missing', text)).toEqual([]);
  });

  it('accepts a plan without a goals section that has a dated measurable target', () => {
    const text = doc('某市未来产业发展行动计划', ['## 一、总体要求', '到2026年，全市未来产业总产值突破5000亿元。', '## 二、重点任务', '加强技术攻关。', '## 三、保障措施', '加强组织领导。']);
    expect(runRule('target-missing', text)).toEqual([]);
  });

  it('does not judge an excerpt: too few sections, or a goals heading with nothing under it', () => {
    const beijing = ['---', 'title: 北京市建立未来产业投入增长机制 促进未来产业发展的若干措施', 'date: 2025-07-24', '---', '', read('test/fixtures/real/beijing-jzbf-2025-14.txt')].join('\n');
    expect(runRule('target-missing', beijing)).toEqual([]);
    expect(runRule('target-missing', doc(XUZHOU_PLAN, ['## 一、总体要求', '## 二、发展目标']))).toEqual([]);
  });

  it('leaves interpretations, notices and news reports alone', () => {
    expect(runRule('target-missing', read('examples/xuzhou-interpretation.md'))).toEqual([]);
    expect(runRule('target-missing', read('examples/suzhou-news-report.md'))).toEqual([]);
    const notice = ['---', 'title: 关于做好2024年未来产业申报工作的通知', 'date: 2024-03-01', '---', '', '## 一、申报要求', '', '## 二、申报材料', '', '## 三、时间安排', ''].join('\n');
    expect(runRule('target-missing', notice)).toEqual([]);
  });

  it('checks only the kinds it is told to', () => {
    const text = doc('某市支持未来产业发展的若干措施', ['## 一、加强人才支撑', '引进人才。', '## 二、加强资金支持', '设立基金。', '## 三、加强用地保障', '保障用地。']);
    // 若干措施 are not checked by default; a config that adds 措施 checks them.
    expect(runRule('target-missing', text)).toEqual([]);
    expect(runRule('target-missing', text, { options: { kinds: ['意见', '方案', '规划', '计划', '措施'] } }).map((f) => f.messageId)).toEqual(['noGoals']);
  });
});

describe('target-missing on an excerpt with a numbered lead', () => {
  it('does not count 1. 2. items before the first 一、 as parts of the plan', () => {
    const text = [
      '某市人民政府关于印发《某市未来产业行动方案》的通知', '',
      '1.先进核能。加快技术攻关。', '',
      '2.新型储能。推动技术研发。', '',
      '一、明确总体要求', '',
      '为了加快培育未来产业，制定本行动方案。', '',
    ].join('\n');
    expect(runRule('target-missing', text)).toEqual([]);
  });
});

describe('target-missing on eval4 repros', () => {
  it('takes a bare year opening a sentence as the goals’ year (p02): at most no measurable indicator', () => {
    const text = ['---', 'title: 某省关于深化预算管理制度改革的实施意见', '---', '', '一、总体要求', '', '2.目标任务。从2014年开始，全面启动改革。2015年在改革上取得决定性进展。2016年基本完成各项改革任务。', ''].join('\n');
    expect(runRule('target-missing', text).map((f) => f.messageId)).toEqual(['missingIndicator']);
  });

  it('does not call a goals section with a table of numbers empty (p12)', () => {
    const text = [
      '---', 'title: 某市“十四五”节能减排实施方案', 'date: 2022-06-01', '---', '',
      '## 一、主要目标', '', '到2025年，全市节能减排主要指标如下表。', '',
      '| 指标 | 2020年 | 2025年 | 属性 |', '| --- | --- | --- | --- |',
      '| 单位地区生产总值能耗下降（%） | — | 14.5 | 约束性 |', '| 非化石能源消费比重（%） | 15 | 20 | 预期性 |', '',
      '## 二、重点任务', '', '## 三、保障措施', '',
    ].join('\n');
    expect(runRule('target-missing', text)).toEqual([]);
    // A table of words only does not count.
    const words = text.replace(/\|.*\|\n/g, '').replace('如下表。', '如下表。\n\n| 指标 | 属性 |\n| --- | --- |\n| 能耗 | 约束性 |\n');
    expect(runRule('target-missing', words)).toHaveLength(1);
  });

  it('does not judge a text cut off inside its goals section', () => {
    const text = doc('某市关于加快培育发展未来产业的实施意见', ['一、思路目标', '通过5年努力，基本形成未来产业生态体系。', '——技术水平持续跃升。加强科技和产业融合，引进一批']);
    expect(runRule('target-missing', text)).toEqual([]);
    expect(runRule('target-missing', `${text.trimEnd()}高层次人才。\n`).map((f) => f.messageId)).toEqual(['missingBoth']);
  });
});
