import { describe, it, expect } from 'vitest';
import { runRule, spanOf } from '../helpers/lint.js';

const ID = 'list-count-mismatch';

/** The text after applying a finding's first suggestion. */
function applySuggestion(text: string, f: { suggestions?: { fix: { range: [number, number]; text: string } }[] }): string {
  const { range, text: insert } = f.suggestions![0].fix;
  return text.slice(0, range[0]) + insert + text.slice(range[1]);
}

describe('list-count-mismatch: invalid', () => {
  it('reports a 5个 list with an item dropped (Xuzhou 5+X)', () => {
    const text = '提出培育构建“5+X”未来产业体系：“5”即氢能与新型储能、深地空间利用、第三代半导体、通用人工智能5个成长型产业；“X”即零碳负碳（碳捕集利用及封存）、前沿新材料、虚拟现实、生物育种等若干前沿领域。\n';
    const findings = runRule(ID, text);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(spanOf(text, f)).toBe('5个');
    expect(f.range.start).toBe(text.indexOf('5个成长型'));
    expect(f.message).toBe('声明5项，实际列举4项：氢能与新型储能、深地空间利用、第三代半导体、通用人工智能');
    expect(f.suggestions![0].desc).toBe('将“5个”改为“4个”');
    expect(applySuggestion(text, f)).toContain('通用人工智能4个成长型产业');
    expect(f.fix).toBeUndefined();
  });

  it('reports 8个重点领域为: followed by seven (Suzhou, half-width colon)', () => {
    const text = '我市已具备抢抓未来产业的先机和能力,8个重点领域为:前沿新材料、光子芯片与光器件、氢能、数字金融、细胞和基因诊疗、空天开发、量子技术。\n';
    const [f, ...rest] = runRule(ID, text);
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('8个');
    expect(f.message).toBe('声明8项，实际列举7项：前沿新材料、光子芯片与光器件、氢能、数字金融、细胞和基因诊疗、空天开发、量子技术');
    expect(f.suggestions![0].fix.text).toBe('7个');
  });

  it('keeps the Chinese numeral style in the suggestion (五大 → 四大, 八大 → 七大)', () => {
    const text = '我市结合电子信息、装备制造、生物医药、先进材料五大主导产业的规模优势。\n';
    const [f] = runRule(ID, text);
    expect(spanOf(text, f)).toBe('五大');
    expect(f.message).toBe('声明5项，实际列举4项：电子信息、装备制造、生物医药、先进材料');
    expect(f.suggestions![0].fix.text).toBe('四大');

    const eight = '八大领域包括前沿新材料、光子芯片与光器件、元宇宙、氢能、数字金融、细胞和基因诊疗、空天开发。\n';
    const [g] = runRule(ID, eight);
    expect(spanOf(eight, g)).toBe('八大');
    expect(g.suggestions![0].fix.text).toBe('七大');
  });

  it('reports 10个 after nine items, and 8个方面 after nine', () => {
    const ten = '即培育发展第三代半导体、未来网络、氢能、新型储能、细胞和基因技术、通用智能、虚拟现实、前沿新材料、零碳负碳（碳捕集利用与封存）等10个成长性未来产业。\n';
    const [f] = runRule(ID, ten);
    expect(spanOf(ten, f)).toBe('10个');
    expect(f.message).toMatch(/^声明10项，实际列举9项：第三代半导体、/);
    expect(f.suggestions![0].fix.text).toBe('9个');

    const nine = '3. 重点举措。包括突出科技创新策源、加强技术中试孵化、推动产业强企育链、开展应用场景示范、推动创新人才集聚、强化科技金融赋能、创新未来产业治理、深化开放合作交流、完善要素保障8个方面，分别明确重点任务和政策导向。\n';
    const [g] = runRule(ID, nine);
    expect(spanOf(nine, g)).toBe('8个');
    expect(g.message).toMatch(/^声明8项，实际列举9项：/);
  });

  it('reports more items than an open list declares, in English too (Beijing 六种模式)', () => {
    const text = '支持和鼓励高校、科研机构科技人员等通过兼职、在职创办企业、在岗创业、到企业挂职、参与项目合作、离岗创业七种模式开展创新创业。\n';
    const [f] = runRule(ID, text, { locale: 'en' });
    expect(spanOf(text, f)).toBe('七种');
    expect(f.message).toBe('declares 7 items but lists 6: 兼职、在职创办企业、在岗创业、到企业挂职、参与项目合作、离岗创业');
    expect(f.suggestions![0].desc).toBe('change “七种” to “六种”');

    const open = '实施“两大行动”，包括强基行动、攻坚行动、共建行动等。\n';
    const [g] = runRule(ID, open);
    expect(spanOf(open, g)).toBe('两大');
    expect(g.message).toBe('声明2项，实际列举3项：强基行动、攻坚行动、共建行动');
    expect(g.suggestions![0].fix.text).toBe('三大');
  });
});

describe('list-count-mismatch: invalid, count after a middle item', () => {
  it('reports 11个 after twelve items when more words follow its noun (eval4 r-recall-12)', () => {
    const text = '其中,提出加快推动高原特色现代农业、绿色铝、光伏、先进制造业、绿色能源、烟草、新材料、生物医药、数字经济、文旅康养、现代物流、出口导向型11个重点产业大力发展的目标任务、产业布局和重点举措。\n';
    const [f, ...rest] = runRule(ID, text);
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('11个');
    expect(f.message).toMatch(/^声明11项，实际列举12项：高原特色现代农业、.*、出口导向型$/);
    expect(f.suggestions![0].fix.text).toBe('12个');
    expect(runRule(ID, text.replace('11个', '12个'))).toEqual([]);
  });
});

describe('list-count-mismatch: valid', () => {
  it('accepts the real counts (10+X, 5+X, 8个方面, 四大, 五大行动 with 和, 六种, 9项)', () => {
    for (const text of [
      '提出全省重点打造“10+X”未来产业体系，即培育发展第三代半导体、未来网络、氢能、新型储能、细胞和基因技术、合成生物、通用智能、虚拟现实、前沿新材料、零碳负碳（碳捕集利用与封存）等10个成长性未来产业，布局量子科技、深海深地空天、先进计算、先进核能等一批前瞻性未来产业。',
      '“5”即氢能与新型储能、深地空间利用、第三代半导体、细胞和基因技术、通用人工智能5个成长型产业；“X”即零碳负碳（碳捕集利用及封存）、前沿新材料、虚拟现实、生物育种等若干前沿领域。',
      '我市结合电子信息、装备制造、生物医药、先进材料四大主导产业的规模优势。',
      '全市实施加快培育未来产业的“五大行动”,包括优势产业“强基行动”、关键技术“攻坚行动”、创新主体“引培行动”、发展空间“优化行动”和生态伙伴“共建行动”。',
      '支持和鼓励高校、科研机构科技人员等通过兼职、在职创办企业、在岗创业、到企业挂职、参与项目合作、离岗创业六种模式开展创新创业。',
      '本产业集群包含国民经济行业分类中的计算机制造、通信设备制造、广播电视设备制造、雷达及配套设备制造、非专业视听设备制造、智能消费设备制造、电子器件制造、电子元件及电子专用材料制造、其他电子元件制造9项中',
    ]) {
      expect(runRule(ID, text + '\n'), text).toEqual([]);
    }
  });

  it('does not read 连续2年, 5000亿元 or 1到2个 as list counts', () => {
    const text = [
      '培育壮大战略性新兴产业,连续2年规模以上工业总产值突破4万亿元,稳居全国前列。',
      '未来产业与战略性新兴产业、优势主导产业形成有效衔接,全市未来产业总产值突破5000亿元。',
      '到2035年,全市形成1到2个领跑全国的千亿级未来产业创新集群、3个先导区。',
      '培育10家以上未来产业创新平台、20家以上未来产业链主企业。',
    ].join('\n\n');
    expect(runRule(ID, text)).toEqual([]);
  });

  it('does not take a count of the noun before it for a count of the list', () => {
    const text = [
      '新建、改扩建学校10所。',
      '新建、改建公园5个，建设绿道、驿站2处。',
      '培育高新技术企业、专精特新企业各5家。',
      '统筹推进“五位一体”总体布局、协调推进“四个全面”战略布局。',
      '在2024年、2025年两年内完成。',
      '举办论坛、展会、对接会等活动30场以上。',
    ].join('\n\n');
    expect(runRule(ID, text)).toEqual([]);
  });

  it('does not give one count to two lists across a clause (eval4 p03, Yunnan)', () => {
    expect(runRule(ID, '以专项行动、绿色铝等5个配套政策为支撑，为产业布局、高质量发展指明了方向。\n')).toEqual([]);
    expect(
      runRule(ID, '该政策体系以产业强省三年行动为统领,以农业现代化等7个系列专项三年行动、绿色铝等5个配套政策为支撑,为未来三年云南省产业谋篇布局、高质量发展指明了方向。\n'),
    ).toEqual([]);
  });

  it('counts an item joined by 和 in the middle of the list as two (eval4 p04)', () => {
    expect(runRule(ID, '提出做优一产、做强二产、做大三产和主体倍增、科技创新、开放合作6个方面16项工程。\n')).toEqual([]);
    expect(runRule(ID, '提出做优一产、做强二产、做大三产、主体倍增、科技创新和开放合作6个方面16项工程。\n')).toEqual([]);
  });

  it('accepts open lists: 等一批, a count before the items with 等, and a few named of many', () => {
    expect(runRule(ID, '布局量子科技、深海深地空天、先进计算、先进核能等一批前瞻性未来产业。\n')).toEqual([]);
    expect(runRule(ID, '实施“五大行动”，包括优势产业“强基行动”、关键技术“攻坚行动”等。\n')).toEqual([]);
    expect(runRule(ID, '省发展改革委、省科技厅等12个部门联合印发实施。\n')).toEqual([]);
  });
});
