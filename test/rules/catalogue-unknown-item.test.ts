import { describe, expect, it } from 'vitest';
import { runRule, spanOf } from '../helpers/lint.js';
import { loadShippedCatalogues } from '../../src/files/catalogues.js';

const catalogues = loadShippedCatalogues();
const XUZHOU = '---\nregion: 徐州市\nprovince: 江苏省\nlevel: city\n---\n\n';
const SUZHOU = '---\nregion: 苏州市\nprovince: 江苏省\nlevel: city\n---\n\n';
const run = (text: string, locale: 'zh-CN' | 'en' = 'zh-CN') => runRule('catalogue-unknown-item', text, { catalogues, locale });

describe('catalogue-unknown-item', () => {
  it('reports a sector of the city’s own list that the province catalogue lacks (Xuzhou “X”)', () => {
    const text = XUZHOU + '提出培育构建“5+X”未来产业体系：“5”即氢能与新型储能、深地空间利用、第三代半导体、细胞和基因技术、通用人工智能5个成长型产业；“X”即零碳负碳（碳捕集利用及封存）、前沿新材料、虚拟现实、生物育种等若干前沿领域。\n';
    const findings = run(text);
    expect(findings).toHaveLength(1);
    expect(spanOf(text, findings[0])).toBe('生物育种');
    expect(findings[0].severity).toBe('warn');
    expect(findings[0].message).toBe('「生物育种」不在上级目录江苏省“10+X”未来产业体系（苏政发〔2023〕104号）中，也不是其中任一领域的别称；请核对名称，或确认为本地新增领域');
  });

  it('speaks English when asked', () => {
    const text = XUZHOU + '“X”即零碳负碳（碳捕集利用及封存）、前沿新材料、虚拟现实、生物育种等若干前沿领域。\n';
    const [f] = run(text, 'en');
    expect(f.message).toBe('"生物育种" is not in the parent catalogue 江苏省“10+X”未来产业体系 (苏政发〔2023〕104号), under its name or any known alias; check the name, or confirm it is a local addition');
  });

  it('reports each unknown name once, pointing at its later occurrences (Suzhou)', () => {
    const text = SUZHOU + '我市已具备抢抓未来产业的先机和能力,8个重点领域为:前沿新材料、光子芯片与光器件、元宇宙、氢能、数字金融、细胞和基因诊疗、空天开发、量子技术。\n\n我市重点发展前沿新材料、光子芯片与光器件、元宇宙、氢能、数字金融、细胞和基因诊疗、空天开发、量子技术等未来产业。\n';
    const findings = run(text);
    expect(findings.map((f) => spanOf(text, f))).toEqual(['光子芯片与光器件', '数字金融']);
    const second = text.lastIndexOf('光子芯片与光器件');
    expect(findings[0].range.start).toBeLessThan(second);
    expect(findings[0].related).toEqual([expect.objectContaining({ message: '「光子芯片与光器件」在此再次出现' })]);
    expect(findings[1].related).toHaveLength(1);
  });

  it('accepts other names of the catalogue’s items (元宇宙, 量子技术, 空天开发, 细胞和基因诊疗, 人形机器人, 氢能和储能)', () => {
    const text = SUZHOU + '重点发展元宇宙、量子技术、空天开发、细胞和基因诊疗、人形机器人、氢能和储能、通用人工智能等未来产业。\n';
    expect(run(text)).toEqual([]);
  });

  it('reports only the unknown part of a joined item', () => {
    const text = XUZHOU + '重点发展第三代半导体、合成生物、氢能与生物育种等未来产业。\n';
    const findings = run(text);
    expect(findings.map((f) => spanOf(text, f))).toEqual(['生物育种']);
  });

  it('leaves lists of other industries alone (主导产业, 战略性新兴产业)', () => {
    const text = SUZHOU + '我市结合电子信息、装备制造、氢能、新型储能四大主导产业的规模优势,依托光子、氢能、集成电路、新型储能等战略性新兴产业的发展优势。\n';
    expect(run(text)).toEqual([]);
  });

  it('leaves lists that are mostly not catalogue sectors alone', () => {
    const text = XUZHOU + '鼓励发展深地储能、先进压缩空气储能、飞轮储能等新型储能。重点支持氢能、燃料电池、储氢装备等产业。\n';
    expect(run(text)).toEqual([]);
  });

  it('does not report quotes of the province or national lists', () => {
    const text = XUZHOU + '江苏省政府于2023年11月印发《关于加快培育发展未来产业的指导意见》，提出全省重点打造“10+X”未来产业体系，即培育发展第三代半导体、未来网络、氢能、新型储能、细胞和基因技术、合成生物、通用智能、虚拟现实、前沿新材料、零碳负碳等10个成长性未来产业，布局量子科技、深海深地空天、先进计算、先进核能等一批前瞻性未来产业。\n\n国家“十四五”规划《纲要》提出，在类脑智能、量子信息、基因技术、未来网络、深海空天开发、氢能与储能等前沿科技和产业变革领域，组织实施未来产业孵化与加速计划。\n';
    expect(run(text)).toEqual([]);
  });

  it('takes the national 纲要 list for a quote even when the sentence does not cite it', () => {
    const text = XUZHOU + '在类脑智能、量子信息、基因技术、未来网络、深海空天开发、氢能与储能等前沿科技和产业变革领域加快布局。\n';
    expect(run(text)).toEqual([]);
  });

  it('does not report a list that quotes a cited document (Suzhou’s 《工作意见》)', () => {
    const text = SUZHOU + '《工作意见》提出,重点发展前沿新材料、光子芯片与光器件、元宇宙、氢能、数字金融、细胞和基因诊疗、空天开发、量子技术等未来产业。\n';
    expect(run(text)).toEqual([]);
  });

  it('does nothing without a parent catalogue (Zhejiang, Guangdong, province documents)', () => {
    const list = '重点发展通用人工智能、合成生物、生物育种、数字金融等未来产业。\n';
    expect(run('---\nregion: 杭州市\nprovince: 浙江省\nlevel: city\n---\n\n' + list)).toEqual([]);
    expect(run('---\nregion: 深圳市\nprovince: 广东省\nlevel: city\n---\n\n' + list)).toEqual([]);
    expect(run('---\nregion: 江苏省\nprovince: 江苏省\nlevel: province\n---\n\n' + list)).toEqual([]);
    expect(run(XUZHOU + list).map((f) => f.message.slice(0, 6))).toEqual(['「生物育种」', '「数字金融」']);
  });

  it('aligns a district with its city catalogue', () => {
    const text = '---\nregion: 徐州市鼓楼区\nlevel: district\n---\n\n重点发展氢能、新型储能、生物育种、量子科技等未来产业。\n';
    const findings = run(text);
    expect(findings.map((f) => spanOf(text, f))).toEqual(['量子科技']);
    expect(findings[0].message).toContain('徐州市“5+X”未来产业体系（徐政发〔2024〕1号）');
  });
});

describe('catalogue-unknown-item where the list opens with a verb', () => {
  const nantong = '---\nregion: 南通市\nprovince: 江苏省\nlevel: city\n---\n\n';
  it('reads the names after 优先发展 / 抢占 and reports only the unknown one', () => {
    const text = nantong + '优先发展低空经济、新型储能、第三代半导体、通用人工智能等若干科创细分赛道。\n';
    const findings = runRule('catalogue-unknown-item', text, { catalogues });
    expect(findings.map((f) => spanOf(text, f))).toEqual(['低空经济']);
    const nanjing = '---\nregion: 南京市\nprovince: 江苏省\nlevel: city\n---\n\n南京将抢占新一代人工智能、第三代半导体、元宇宙、储能与氢能四个未来产业新赛道。\n';
    expect(runRule('catalogue-unknown-item', nanjing, { catalogues }).map((f) => spanOf(nanjing, f))).toEqual(['新一代人工智能']);
  });

  it('says nothing about a first item whose start had to be guessed', () => {
    const text = nantong + '南通要在这方面领先低空经济、新型储能、第三代半导体、通用人工智能等赛道。\n';
    expect(runRule('catalogue-unknown-item', text, { catalogues })).toEqual([]);
  });
});
