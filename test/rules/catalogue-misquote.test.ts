import { describe, expect, it } from 'vitest';
import { runRule, spanOf } from '../helpers/lint.js';
import { loadShippedCatalogues } from '../../src/files/catalogues.js';

const catalogues = loadShippedCatalogues();
const XUZHOU = '---\nregion: 徐州市\nprovince: 江苏省\nlevel: city\n---\n\n';
const run = (text: string, locale: 'zh-CN' | 'en' = 'zh-CN') => runRule('catalogue-misquote', text, { catalogues, locale });

const TEN = '第三代半导体、未来网络、氢能、新型储能、细胞和基因技术、合成生物、通用智能、虚拟现实、前沿新材料、零碳负碳（碳捕集利用与封存）';
const jiangsu = (ten: string, x: string) =>
  XUZHOU + `江苏省政府于2023年11月印发《关于加快培育发展未来产业的指导意见》，提出全省重点打造“10+X”未来产业体系，即培育发展${ten}等10个成长性未来产业，布局${x}等一批前瞻性未来产业。\n`;

describe('catalogue-misquote', () => {
  it('reports an item that is not in the quoted group, with the group and a suggestion (Xuzhou)', () => {
    const text = jiangsu(TEN, '量子科技、深海深地空天、先进计算、先进核能');
    const findings = run(text);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(spanOf(text, f)).toBe('先进计算');
    expect(f.severity).toBe('error');
    expect(f.message).toBe('「先进计算」不在苏政发〔2023〕104号“10+X”中的“X”（前沿未来产业）之列；该组为：量子科技、深海深地空天、类人机器人、先进核能（该组名单据新闻报道整理，官方原文未见）');
    expect(f.suggestions).toEqual([{ desc: '改为「类人机器人」', fix: { range: [f.range.start, f.range.end], text: '类人机器人' } }]);
    expect(f.fix).toBeUndefined();
  });

  it('speaks English when asked', () => {
    const [f] = run(jiangsu(TEN, '量子科技、深海深地空天、先进计算、先进核能'), 'en');
    expect(f.message).toBe('"先进计算" is not in group “X” (前沿未来产业) of “10+X” of 苏政发〔2023〕104号; that group is: 量子科技、深海深地空天、类人机器人、先进核能 (this list is from news reports; the official text was not seen)');
    expect(f.suggestions?.[0].desc).toBe('Replace with "类人机器人"');
  });

  it('accepts a correct quote, in other names too', () => {
    expect(run(jiangsu(TEN, '量子科技、深海深地空天、类人机器人、先进核能'))).toEqual([]);
    expect(run(jiangsu(TEN.replace('通用智能', '通用人工智能'), '量子技术、深海深地空天、人形机器人'))).toEqual([]);
  });

  it('reports an item moved from the other group', () => {
    const text = jiangsu(TEN.replace('未来网络', '量子科技'), '深海深地空天、类人机器人、先进核能');
    const findings = run(text);
    expect(findings.map((f) => spanOf(text, f))).toEqual(['量子科技']);
    expect(findings[0].message).toBe('「量子科技」属于苏政发〔2023〕104号“10+X”中的“X”（前沿未来产业），不属于“10+X”中的“10”（成长型未来产业）');
  });

  it('reports items left out of a quote that claims the whole group by its count', () => {
    const text = jiangsu(TEN.replace('未来网络、', ''), '量子科技、深海深地空天、类人机器人、先进核能');
    const findings = run(text);
    expect(findings).toHaveLength(1);
    expect(spanOf(text, findings[0])).toBe(TEN.replace('未来网络、', ''));
    expect(findings[0].message).toMatch(/^引用苏政发〔2023〕104号“10\+X”中的“10”（成长型未来产业）时漏列：未来网络；该组为：第三代半导体、未来网络/);
  });

  it('does not ask for the whole group when the quote is open (等一批)', () => {
    expect(run(jiangsu(TEN, '量子科技、先进核能'))).toEqual([]);
  });

  it('checks quotes of the national 纲要', () => {
    const text = XUZHOU + '国家“十四五”规划《纲要》提出，在类脑智能、量子信息、基因技术、未来网络、深海空天开发、人工智能等前沿科技和产业变革领域，组织实施未来产业孵化与加速计划，谋划布局一批未来产业。\n';
    const findings = run(text);
    expect(findings.map((f) => spanOf(text, f))).toEqual(['人工智能']);
    expect(findings[0].message).toContain('不在《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》的前沿科技和产业变革领域之列');
    expect(findings[0].suggestions?.[0].fix.text).toBe('氢能与储能');
  });

  it('recognises a quote by the 文号', () => {
    const text = XUZHOU + '苏政发〔2023〕104号提出，布局量子科技、深海深地空天、先进计算、先进核能等一批前瞻性未来产业。\n';
    expect(run(text).map((f) => spanOf(text, f))).toEqual(['先进计算']);
  });

  it('recognises a quote by the cited title (issuer inside the title)', () => {
    const text = XUZHOU + '《省政府关于加快培育发展未来产业的指导意见》提出，布局量子科技、深海深地空天、先进计算、先进核能等一批未来产业。\n';
    expect(run(text).map((f) => spanOf(text, f))).toEqual(['先进计算']);
  });

  it('reads a short generic title as the catalogue of the document’s own region only', () => {
    const quote = '《工作意见》提出,重点发展前沿新材料、光子芯片与光器件、元宇宙、氢能、数字经济、细胞和基因诊疗、空天开发、量子技术等8个重点领域。\n';
    const suzhou = '---\nregion: 苏州市\nprovince: 江苏省\nlevel: city\n---\n\n' + quote;
    const findings = run(suzhou);
    expect(findings.map((f) => spanOf(suzhou, f))).toEqual(['数字经济']);
    expect(findings[0].message).toBe('「数字经济」不在《关于加快培育未来产业的工作意见》的重点领域之列；该组为：前沿新材料、光子芯片与光器件、元宇宙、氢能、数字金融、细胞和基因诊疗、空天开发、量子技术（该组名单据新闻报道整理，官方原文未见）');
    expect(findings[0].suggestions?.[0].fix.text).toBe('数字金融');
    expect(run(XUZHOU + quote)).toEqual([]);
  });

  it('leaves the city’s own “5+X” lists alone, though the sentence names “10+X”', () => {
    const text = XUZHOU + '在全省“10+X”未来产业体系中，基于未来产业成长性评估、我市未来产业发展基础两个方面，科学择定我市未来产业重点发展领域，提出培育构建“5+X”未来产业体系：“5”即氢能与新型储能、深地空间利用、第三代半导体、细胞和基因技术、通用人工智能5个成长型产业；“X”即零碳负碳（碳捕集利用及封存）、前沿新材料、虚拟现实、生物育种等若干前沿领域，加快形成新质生产力，增强发展新动能。同时，密切关注未来网络、合成生物、量子科技、类人机器人等前沿科技。\n';
    expect(run(text)).toEqual([]);
  });

  it('does not take another province’s generic title or label for Jiangsu’s', () => {
    const zhejiang = '---\nregion: 杭州市\nprovince: 浙江省\nlevel: city\n---\n\n';
    const text = zhejiang + '省政府印发《关于培育发展未来产业的指导意见》，提出“10+X”，布局量子科技、先进计算、先进核能等一批前瞻性未来产业。\n';
    expect(run(text)).toEqual([]);
    const generic = XUZHOU.replace('徐州市', '无锡市') + '市政府印发《关于加快培育发展未来产业的指导意见》，布局量子科技、深海深地空天、先进计算、先进核能等一批前瞻性未来产业。\n';
    expect(run(generic)).toEqual([]);
  });

  it('does not take the city’s own list framed by the province’s system for a quote', () => {
    for (const sentence of [
      '根据省“10+X”未来产业部署，重点发展氢能、新型储能、生物育种等未来产业。',
      '江苏省政府印发《关于加快培育发展未来产业的指导意见》后，全市重点发展氢能、新型储能、生物育种等未来产业。',
      '在全省“10+X”未来产业体系中，我市提出重点发展氢能、新型储能、生物育种等未来产业。',
    ]) {
      expect(run(XUZHOU + sentence + '\n'), sentence).toEqual([]);
      // They are the city's own lists, so the unknown item is reported by catalogue-unknown-item instead.
      expect(runRule('catalogue-unknown-item', XUZHOU + sentence + '\n', { catalogues }).map((f) => f.message.slice(0, 6)), sentence).toEqual(['「生物育种」']);
    }
  });

  it('recognises a quote by the issuer when the list names one of its groups', () => {
    const text = XUZHOU + '江苏省政府提出，布局量子科技、深海深地空天、先进计算、先进核能等一批前瞻性未来产业。\n';
    expect(run(text).map((f) => spanOf(text, f))).toEqual(['先进计算']);
  });

  it('does not treat an issuer named in passing as a quote', () => {
    const text = XUZHOU + '省政府支持我市发展氢能、新型储能、生物育种等产业。\n';
    expect(run(text)).toEqual([]);
    // 市政府 in 苏州市政府 is Suzhou's, not the Xuzhou document's own city government.
    const other = XUZHOU.replace('region: 徐州市\nprovince: 江苏省\nlevel: city', 'region: 徐州市鼓楼区\nlevel: district') + '苏州市政府提出，重点发展氢能与新型储能、第三代半导体、数字金融等成长型产业。\n';
    expect(run(other)).toEqual([]);
  });
});
