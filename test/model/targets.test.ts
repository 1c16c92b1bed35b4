import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { model, spanOf } from '../helpers/lint.js';
import { extractTargets, indicatorKey, planPeriodEnd } from '../../src/model/targets.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

// Real sentences from the Suzhou report (苏州日报, 2023-09-04), half-width commas kept as published.
const SUZHOU_2030 =
  '《工作意见》提出,到2030年,全市重点突破一批填补国内空白的关键核心技术,未来产业与战略性新兴产业、优势主导产业形成有效衔接,全市未来产业总产值突破5000亿元。到2035年,全市形成1到2个领跑全国的千亿级未来产业创新集群,全市未来产业总产值突破10000亿元。';
const SUZHOU_PLATFORMS =
  '在资金支持方面,全市探索建立社会资金和金融资本共同支持的投入机制。到2030年,全市加强技术与产业联动,培育10家以上未来产业创新平台,实现“科学发现—技术发明—产业应用”全链式布局;引育20家以上未来产业链主企业,组建一批创新联合体;完善未来产业创新成果转化体系,建设10个以上未来产业先导园区;推出100个以上核心产品,打造100个以上应用场景,构建相互促进、融合发展的产业生态。';

describe('extractTargets', () => {
  it('reads year, indicator, value, unit and comparator from the Suzhou 2030/2035 goals', () => {
    const text = `${SUZHOU_2030}\n`;
    const m = model(text);
    expect(m.targets.map((t) => [t.year, t.yearSource, t.indicator, t.indicatorKey, t.value, t.valueText, t.unit, t.comparator, t.measurable])).toEqual([
      [2030, 'clause', '未来产业总产值', '未来产业总产值', 5e11, '5000', '元', '>', true],
      [2035, 'clause', '领跑全国的千亿级未来产业创新集群', '千亿级未来产业创新集群', 1, '1到2', '个', '>=', true],
      [2035, 'clause', '未来产业总产值', '未来产业总产值', 1e12, '10000', '元', '>', true],
    ]);
    const [first, cluster] = m.targets;
    expect(spanOf(text, { range: first.valueRange! })).toBe('5000亿元');
    expect(spanOf(text, first)).toBe('全市未来产业总产值突破5000亿元');
    expect(spanOf(text, { range: cluster.valueRange! })).toBe('1到2个');
    // The year links to the date extractor's fact when it has one, with exact offsets either way.
    expect(spanOf(text, first.deadline!)).toContain('2030');
    expect(first.citing).toBe('工作意见');
  });

  it('reads counted goals with 以上 and takes the year from the deadline earlier in the sentence', () => {
    const text = `${SUZHOU_PLATFORMS}\n`;
    const m = model(text);
    expect(m.targets.map((t) => [t.indicator, t.value, t.unit, t.comparator, t.year, t.yearSource])).toEqual([
      ['未来产业创新平台', 10, '家', '>=', 2030, 'clause'],
      ['未来产业链主企业', 20, '家', '>=', 2030, 'clause'],
      ['未来产业先导园区', 10, '个', '>=', 2030, 'clause'],
      ['核心产品', 100, '个', '>=', 2030, 'clause'],
      ['应用场景', 100, '个', '>=', 2030, 'clause'],
    ]);
    expect(m.targets.every((t) => t.citing === undefined)).toBe(true);
  });

  it('inherits the year from an earlier sentence of the paragraph', () => {
    const m = model('到2030年，全市未来产业发展取得显著成效。培育10家以上未来产业创新平台，引育20家以上未来产业链主企业。\n');
    expect(m.targets.map((t) => [t.indicator, t.year, t.yearSource])).toEqual([
      ['未来产业创新平台', 2030, 'paragraph'],
      ['未来产业链主企业', 2030, 'paragraph'],
    ]);
  });

  it('normalises Chinese numerals, 万/亿 multipliers and percentages', () => {
    const text = [
      '# 某市未来产业发展行动方案',
      '',
      '## 一、发展目标',
      '',
      '到2026年，培育十家未来产业研究院，实施百项关键核心技术攻关，全市工业总产值达到4万亿元，未来产业增加值占比达到30%，研发投入强度达到3.5%左右，单位能耗控制在0.5吨标准煤以内，年度投资规模达到9～16亿元。',
      '',
    ].join('\n');
    const m = model(text);
    expect(m.targets.filter((t) => t.measurable).map((t) => [t.indicator, t.value, t.valueText, t.unit, t.comparator])).toEqual([
      ['未来产业研究院', 10, '十', '家', '='],
      ['关键核心技术攻关', 100, '百', '项', '='],
      ['工业总产值', 4e12, '4', '元', '>='],
      ['未来产业增加值占比', 30, '30', '%', '>='],
      ['研发投入强度', 3.5, '3.5', '%', '~'],
      ['单位能耗', 0.5, '0.5', '吨标准煤', '<='],
      ['年度投资规模', 9e8, '9～16', '元', '>='],
    ]);
  });

  it('takes the year from a lead-in paragraph, a section title and the planning period, in that order', () => {
    const text = [
      '---',
      'title: 某市加快培育发展未来产业三年行动方案（2024—2026年）',
      'date: 2024-01-08',
      '---',
      '',
      '# 某市加快培育发展未来产业三年行动方案（2024—2026年）',
      '',
      '## 一、发展目标',
      '',
      '到2025年，全市未来产业发展取得显著成效：',
      '',
      '1. 创新能力显著增强。培育十家以上未来产业研究院。',
      '',
      '## 二、2030年目标',
      '',
      '全市未来产业总产值突破2万亿元。',
      '',
      '## 三、重点任务',
      '',
      '力争建设5个未来产业先导区。',
      '',
    ].join('\n');
    const m = model(text);
    const measurable = m.targets.filter((t) => t.measurable);
    expect(measurable.map((t) => [t.indicator, t.year, t.yearSource])).toEqual([
      ['未来产业研究院', 2025, 'section'],
      ['未来产业总产值', 2030, 'section'],
      ['未来产业先导区', 2026, 'period'],
    ]);
    expect(spanOf(text, measurable[0].deadline!)).toContain('2025');
    expect(spanOf(text, measurable[1].deadline!)).toBe('2030年');
    expect(measurable[2].deadline).toBeUndefined();
  });

  it('takes every year from the date extractor’s deadline facts, with their exact ranges', () => {
    const text = '到2030年，全市未来产业总产值突破5000亿元。全市产值2027年前突破3000亿元。到“十四五”末，建成5个先导区。\n';
    const m = model(text);
    expect(m.targets.every((t) => t.deadline && m.dates.includes(t.deadline))).toBe(true);
    expect(m.targets.map((t) => [t.indicator, t.year, t.yearSource, spanOf(text, t.deadline!), spanOf(text, { range: t.deadline!.valueRange })])).toEqual([
      ['未来产业总产值', 2030, 'clause', '到2030年', '2030年'],
      ['产值', 2027, 'clause', '2027年前', '2027年'],
      ['先导区', 2025, 'clause', '到“十四五”末', '“十四五”末'],
    ]);
    // No date facts, no years: targets do not read dates on their own.
    expect(extractTargets(m.blocks, m.sections, [], m.meta).every((t) => t.year === undefined)).toBe(true);
  });

  it('finds a deadline written with Chinese numerals, 年前 or “十四五”末', () => {
    const m = model('力争到二〇三〇年，培育20家以上链主企业。全市产值2027年前突破3000亿元。到“十四五”末，建成5个先导区。\n');
    expect(m.targets.map((t) => [t.indicator, t.year, t.yearSource])).toEqual([
      ['链主企业', 2030, 'clause'],
      ['产值', 2027, 'clause'],
      ['先导区', 2025, 'clause'],
    ]);
  });

  it('makes qualitative goals in a goals section into targets that are not measurable', () => {
    const m = model('# 某市未来产业行动方案\n\n## 一、发展目标\n\n到2026年，全市培育一批未来产业领军企业，形成协同发展的未来产业格局。\n');
    expect(m.targets.map((t) => [t.indicator, t.year, t.measurable, t.value])).toEqual([
      ['培育一批未来产业领军企业', 2026, false, undefined],
      ['形成协同发展的未来产业格局', 2026, false, undefined],
    ]);
  });

  it('skips achievements, specifications, list counts, subsidies and 文号', () => {
    const text = [
      '# 2030年未来产业总产值破5000亿',
      '',
      // Real sentences: Suzhou's 近年来 paragraph and Xuzhou's 6英寸以上 and 8个方面.
      '近年来,我市始终坚持把创新作为引领发展的第一动力,连续2年规模以上工业总产值突破4万亿元,稳居全国前列。',
      '',
      '第三代半导体，以发展相对成熟的碳化硅、氮化镓材料为切入点，重点发展6英寸以上衬底晶圆等相关材料及关键器件。',
      '',
      '3. 重点举措。包括突出科技创新策源、加强技术中试孵化、推动产业强企育链、开展应用场景示范、推动创新人才集聚、强化科技金融赋能、创新未来产业治理、深化开放合作交流8个方面，分别明确重点任务和政策导向。',
      '',
      '到2025年，对新认定的未来产业研究院，给予最高1000万元奖励。截至2023年底，全市已建成5G基站2万个。',
      '',
      '制定《徐州市加快培育发展未来产业的指导意见》（徐政发〔2024〕1号），培育发展第三代半导体、未来网络等10个成长性未来产业。',
      '',
    ].join('\n');
    expect(model(text).targets).toEqual([]);
  });

  it('skips support conditions and funding, and years inside cited titles', () => {
    expect(model('到2025年，全市未来产业加快发展。对营业收入首次达到1亿元的企业，给予一次性奖励。市级财政确保每年安排不少于2亿元专项资金。\n').targets).toEqual([]);
    const cited = model('根据《2030年前碳达峰行动方案》，力争建设5个零碳园区。\n').targets;
    expect(cited.map((t) => [t.indicator, t.value, t.year])).toEqual([['零碳园区', 5, undefined]]);
  });

  it('takes a quantity governed by a goal verb as a target even without a year', () => {
    const m = model('力争培育10家以上未来产业创新平台。\n');
    expect(m.targets).toHaveLength(1);
    expect(m.targets[0]).toMatchObject({ indicator: '未来产业创新平台', value: 10, measurable: true });
    expect(m.targets[0].year).toBeUndefined();
  });

  it('finds no targets in the examples except Suzhou’s 2030/2035 goals', () => {
    expect(model(read('examples/xuzhou-interpretation.md')).targets).toEqual([]);
    const suzhou = model(read('examples/suzhou-news-report.md'));
    expect(suzhou.targets.map((t) => `${t.year}:${t.indicatorKey}${t.comparator}${t.value}${t.unit}`)).toEqual([
      '2030:未来产业总产值>500000000000元',
      '2035:千亿级未来产业创新集群>=1个',
      '2035:未来产业总产值>1000000000000元',
      '2030:未来产业创新平台>=10家',
      '2030:未来产业链主企业>=20家',
      '2030:未来产业先导园区>=10个',
      '2030:核心产品>=100个',
      '2030:应用场景>=100个',
    ]);
    expect(model(read('test/fixtures/real/beijing-jzbf-2025-14.txt')).targets).toEqual([]);
    expect(model(read('test/fixtures/real/guangdong-electronic-info-interpretation-2024.txt')).targets).toEqual([]);
  });
});

describe('target helpers', () => {
  it('reads the planning period from a title', () => {
    expect(planPeriodEnd('徐州市加快培育发展未来产业三年行动方案(2024-2026年)')).toBe(2026);
    expect(planPeriodEnd('广东省发展新一代电子信息战略性支柱产业集群行动计划（2023—2025年）')).toBe(2025);
    expect(planPeriodEnd('某省“十四五”数字经济发展规划')).toBe(2025);
    expect(planPeriodEnd('某省“十五五”规划')).toBe(2030);
    expect(planPeriodEnd('关于加快培育未来产业的工作意见')).toBeUndefined();
  });

  it('keys an indicator without its modifiers', () => {
    expect(indicatorKey('领跑全国的千亿级未来产业创新集群')).toBe('千亿级未来产业创新集群');
    expect(indicatorKey('全市“未来产业”总产值')).toBe('未来产业总产值');
  });
});

describe('two dated values in one clause', () => {
  it('gives each value its own year and the same indicator', () => {
    const text = '---\ndate: 2024-12-30\n---\n\n到2028年，全市服务业高质量发展取得阶段性成效。服务业增加值2025年突破4000亿元、2028年冲刺5000亿元。\n';
    const m = model(text);
    expect(m.targets.filter((t) => t.measurable).map((t) => [t.indicator, t.year, t.yearSource, t.value, t.comparator])).toEqual([
      ['服务业增加值', 2025, 'clause', 4e11, '>'],
      ['服务业增加值', 2028, 'clause', 5e11, '>='],
    ]);
  });
});

// Real sentences from policy documents that once gave wrong facts.
describe('comparison base years (比2020年下降14.5%)', () => {
  it('keeps the clause deadline as the target year and leaves 比/较 and the base year out of the indicator', () => {
    const base = model('---\ndate: 2023-05-04\n---\n\n二、主要目标\n\n到2025年，全区单位地区生产总值能源消耗比2020年下降14.5%。\n');
    expect(base.targets.map((t) => [t.year, t.yearSource, t.deadline?.text, t.indicator, t.value, t.unit, t.comparator])).toEqual([
      [2025, 'clause', '到2025年', '单位地区生产总值能源消耗', 14.5, '%', '<='],
    ]);
    const twoBases = model('一、主要目标\n\n到2025年，单位地区生产总值能耗较2020年累计下降14.5%，单位GDP用水量比2020年降低20%。\n');
    expect(twoBases.targets.map((t) => [t.year, t.indicator, t.comparator])).toEqual([
      [2025, '单位地区生产总值能耗', '<='],
      [2025, '单位GDP用水量', '<='],
    ]);
    const since2005 = model('---\ndate: 2022-12-28\n---\n\n到2030年，单位地区生产总值二氧化碳排放比2005年下降68%以上。\n');
    expect(since2005.targets.map((t) => [t.year, t.indicator])).toEqual([[2030, '单位地区生产总值二氧化碳排放']]);
  });

  it('reads 与…相比 and 以…为基数 as bases, and 占比2025年 as a year', () => {
    const m = model('到2025年，全市GDP与2020年相比增长30%。到2030年，单位能耗以2020年为基数下降20%。\n');
    expect(m.targets.map((t) => [t.year, t.indicator])).toEqual([[2025, 'GDP'], [2030, '单位能耗']]);
    const share = model('## 一、发展目标\n\n数字经济核心产业增加值占比2025年达到30%。\n');
    expect(share.targets.map((t) => [t.year, t.yearSource, t.indicator])).toEqual([[2025, 'clause', '数字经济核心产业增加值占比']]);
  });

  it('pairs names listed before 分别 with the values after it (山东碳达峰方案)', () => {
    const m = model('到2025年，单位地区生产总值能源消耗、二氧化碳排放分别比2020年下降14.5%、20.5%。\n');
    expect(m.targets.map((t) => [t.year, t.indicator, t.value, t.comparator])).toEqual([
      [2025, '单位地区生产总值能源消耗', 14.5, '<='],
      [2025, '二氧化碳排放', 20.5, '<='],
    ]);
  });
});

describe('a bare year opening a sentence', () => {
  it('dates an undated document’s goals when a goal word follows it', () => {
    const reform = model('---\ntitle: 某省关于深化预算管理制度改革的实施意见\n---\n\n一、总体要求\n\n2.目标任务。从2014年开始，全面启动改革。2015年在改革上取得决定性进展。2016年基本完成各项改革任务。\n');
    const dated = reform.targets.filter((t) => t.year !== undefined);
    expect(dated.map((t) => [t.indicator, t.year, t.yearSource, t.measurable])).toEqual([['基本完成各项改革任务', 2016, 'clause', false]]);
    expect(dated[0].deadline).toMatchObject({ kind: 'point', precision: 'year', text: '2016年' });
    const investment = model('2023年力争完成能源项目投资70亿元，力争清洁能源装机容量增加30万千瓦。\n');
    expect(investment.targets.map((t) => [t.indicator, t.year, t.yearSource, t.value])).toEqual([
      ['能源项目投资', 2023, 'clause', 7e9],
      ['清洁能源装机容量增加', 2023, 'clause', 3e5],
    ]);
    expect(investment.targets.every((t) => t.deadline?.kind === 'point' && t.deadline.precision === 'year')).toBe(true);
    const growth = model('2024年，力争全市规模以上工业增加值增长8%以上。\n');
    expect(growth.targets.map((t) => [t.indicator, t.year, t.yearSource, t.comparator])).toEqual([['规模以上工业增加值增长', 2024, 'clause', '>=']]);
  });

  it('dates goals when the year is not before the document’s year, and reads an earlier year as history', () => {
    const plan = model('---\ndate: 2024-03-19\n---\n\n## 二、主要目标\n\n2024年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n');
    expect(plan.targets.map((t) => [t.indicator, t.year, t.yearSource])).toEqual([['地区生产总值增长', 2024, 'clause']]);
    const history = model('---\ndate: 2024-03-19\n---\n\n## 二、主要目标\n\n2023年，全市实现地区生产总值3347.6亿元。到2026年，地区生产总值达到4000亿元。\n');
    expect(history.targets.map((t) => [t.indicator, t.year, t.value])).toEqual([['地区生产总值', 2026, 4e11]]);
  });

  it('does not take 2023年以来 or an undated year without a goal word as a deadline', () => {
    expect(model('2023年以来，全市力争培育企业10家。\n').targets).toEqual([]);
    const m = model('## 一、发展目标\n\n2022年全市地区生产总值5000亿元。\n');
    expect(m.targets.map((t) => [t.indicator, t.year])).toEqual([['地区生产总值', undefined]]);
  });
});

describe('years and values listed with 分别', () => {
  it('pairs them in order, with the subject before the years as the indicator', () => {
    const twoYears = model('---\ndate: 2023-01-10\n---\n\n一、发展目标\n\n全市数字经济核心产业增加值2025年、2030年分别达到1000亿元、2000亿元。\n');
    expect(twoYears.targets.map((t) => [t.indicator, t.year, t.yearSource, t.deadline?.text, t.value, t.comparator])).toEqual([
      ['数字经济核心产业增加值', 2025, 'clause', '2025年', 1e11, '>='],
      ['数字经济核心产业增加值', 2030, 'clause', '2030年', 2e11, '>='],
    ]);
    const threeYears = model('---\ndate: 2023-01-10\n---\n\n一、发展目标\n\n全市数字经济核心产业增加值到2025年、2027年、2030年分别达到1000亿元、1500亿元、2000亿元。\n');
    expect(threeYears.targets.map((t) => [t.indicator, t.year, t.deadline?.text, t.value])).toEqual([
      ['数字经济核心产业增加值', 2025, '到2025年', 1e11],
      ['数字经济核心产业增加值', 2027, '2027年', 1.5e11],
      ['数字经济核心产业增加值', 2030, '2030年', 2e11],
    ]);
    const comma = model('到2025年、2030年，全市数字经济增加值分别达到100亿元、200亿元。\n');
    expect(comma.targets.map((t) => [t.indicator, t.year])).toEqual([['数字经济增加值', 2025], ['数字经济增加值', 2030]]);
  });

  it('invents no year when the counts differ', () => {
    expect(model('## 一、发展目标\n\n全市数字经济增加值2025年、2030年分别达到100亿元。\n').targets).toEqual([]);
  });
});

describe('direction and scope', () => {
  it('keeps a falling verb’s ceiling when the value is approximate, and 达到…左右 stays approximate', () => {
    const m = model('到2025年，煤炭消费比重降至55%左右，研发投入强度达到约3.5%。到2030年，煤炭消费比重降至约50%。\n');
    expect(m.targets.map((t) => [t.indicator, t.year, t.value, t.comparator])).toEqual([
      ['煤炭消费比重', 2025, 55, '<='],
      ['研发投入强度', 2025, 3.5, '~'],
      ['煤炭消费比重', 2030, 50, '<='],
    ]);
  });

  it('takes 以…为主要对象 as scope, not a goal, and no table label as a goal', () => {
    const scope = model('一、总体目标\n\n以全市就业年龄段的7600多名持证残疾人为主要对象，促进残疾人就业。到2025年，全市新增残疾人就业800人以上。\n');
    expect(scope.targets.map((t) => [t.indicator, t.year, t.value, t.comparator])).toEqual([['新增残疾人就业', 2025, 800, '>=']]);
    const table = model('## 第三章 规划目标\n\n| 指标 | 基期年 | 目标年 | 属性 |\n| --- | --- | --- | --- |\n| 永久基本农田保护面积（公顷） | 81.43 | 81.43 | 约束性 |\n');
    expect(table.targets).toEqual([]);
  });

  it('gives a value without a subject the indicator of the value before it in the sentence, in the same unit', () => {
    const m = model('到２０２７年，全县农村居民人均可支配收入达到３万元，到２０３０年达到２.５万元。\n');
    expect(m.targets.map((t) => [t.indicator, t.year, t.value])).toEqual([
      ['农村居民人均可支配收入', 2027, 30000],
      ['农村居民人均可支配收入', 2030, 25000],
    ]);
  });
});
