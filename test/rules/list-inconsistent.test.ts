import { describe, it, expect } from 'vitest';
import { runRule, spanOf } from '../helpers/lint.js';

const ID = 'list-inconsistent';

// The two Suzhou statements of the eight fields (the second is open: …等未来产业).
const FIRST = '依托战略性新兴产业集聚优势和技术积累,我市已具备抢抓未来产业的先机和能力,8个重点领域为:前沿新材料、光子芯片与光器件、元宇宙、氢能、数字金融、细胞和基因诊疗、空天开发、量子技术。';
const again = (items: string) =>
  `我市结合电子信息、装备制造、生物医药、先进材料四大主导产业的规模优势,依托光子、集成电路、人工智能、新能源、创新药物、纳米新材料等战略性新兴产业的发展优势,重点发展${items}等未来产业。`;
const EIGHT = '前沿新材料、光子芯片与光器件、元宇宙、氢能、数字金融、细胞和基因诊疗、空天开发、量子技术';

describe('list-inconsistent: invalid', () => {
  it('reports a member renamed in the restatement (量子技术 → 量子科技) with the first statement related', () => {
    const text = `${FIRST}\n\n${again(EIGHT.replace('量子技术', '量子科技'))}\n`;
    const findings = runRule(ID, text);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(spanOf(text, f)).toBe('量子科技');
    expect(f.range.start).toBe(text.indexOf('量子科技'));
    expect(f.message).toBe('“量子科技”与前文列举中的“量子技术”名称不一致');
    expect(f.suggestions![0]).toMatchObject({ desc: '改为前文的“量子技术”', fix: { range: [f.range.start, f.range.end], text: '量子技术' } });
    expect(f.related).toHaveLength(1);
    expect(f.related![0]).toMatchObject({ line: 1, column: text.indexOf('量子技术') + 1, message: '前文列举（8个重点领域）' });
  });

  it('says the same in English', () => {
    const text = `${FIRST}\n\n${again(EIGHT.replace('量子技术', '量子科技'))}\n`;
    const [f] = runRule(ID, text, { locale: 'en' });
    expect(f.message).toBe('“量子科技” is named “量子技术” in the list stated earlier');
  });

  it('reports a member the first (closed) statement did not have', () => {
    const text = `${FIRST}\n\n${again(EIGHT + '、类脑智能')}\n`;
    const [f, ...rest] = runRule(ID, text);
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('类脑智能');
    expect(f.message).toBe('与前文列举（8个重点领域）不一致：多出“类脑智能”');
  });

  it('reports a member missing from a closed restatement, at the restated list', () => {
    const restated = '前沿新材料、光子芯片与光器件、元宇宙、氢能、数字金融、细胞和基因诊疗、空天开发';
    const text = `${FIRST}\n\n全市重点发展${restated}。\n`;
    const [f, ...rest] = runRule(ID, text);
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe(restated);
    expect(f.range.start).toBe(text.lastIndexOf(restated));
    expect(f.message).toBe('与前文列举（8个重点领域）不一致：缺少“量子技术”');
  });

  it('treats the same count of the same noun as the same list (四大主导产业)', () => {
    const text = '我市结合电子信息、装备制造、生物医药、先进材料四大主导产业的规模优势。\n\n做强电子信息、高端纺织、新能源、绿色化工四大主导产业。\n';
    const findings = runRule(ID, text);
    expect(findings.map((f) => [spanOf(text, f), f.messageId])).toEqual([
      ['电子信息、高端纺织、新能源、绿色化工', 'missing'],
      ['高端纺织', 'extra'],
      ['新能源', 'extra'],
      ['绿色化工', 'extra'],
    ]);
    expect(findings[0].message).toBe('与前文列举（四大主导产业）不一致：缺少“装备制造、生物医药、先进材料”');
  });
});

describe('list-inconsistent: valid', () => {
  it('accepts the Suzhou restatement of the eight fields', () => {
    expect(runRule(ID, `${FIRST}\n\n${again(EIGHT)}\n`)).toEqual([]);
  });

  it('accepts an open restatement that names only some members', () => {
    expect(runRule(ID, `${FIRST}\n\n${again('前沿新材料、光子芯片与光器件、元宇宙、氢能')}\n`)).toEqual([]);
  });

  it('does not compare the province 10+X with the city 5+X', () => {
    const text = [
      '江苏省提出全省重点打造“10+X”未来产业体系，即培育发展第三代半导体、未来网络、氢能、新型储能、细胞和基因技术、合成生物、通用智能、虚拟现实、前沿新材料、零碳负碳（碳捕集利用与封存）等10个成长性未来产业。',
      '提出培育构建“5+X”未来产业体系：“5”即第三代半导体、未来网络、氢能、新型储能、合成生物5个成长型产业。',
    ].join('\n\n');
    expect(runRule(ID, text)).toEqual([]);
  });

  it('matches a composite item against its parts (氢能与新型储能 / 氢能、新型储能)', () => {
    const text = '重点发展氢能与新型储能、第三代半导体、合成生物。\n\n聚焦氢能、新型储能、第三代半导体、合成生物等领域。\n';
    expect(runRule(ID, text)).toEqual([]);
  });

  it('does not call a member restated with more of its name a rename (氢能 / 氢能和核聚变能)', () => {
    const text = [
      '规划将量子科技、生物制造、氢能、脑机接口、具身智能、第六代移动通信等列为未来产业重点布局。',
      '《建议》明确将量子科技、生物制造、氢能和核聚变能、脑机接口、具身智能、第六代移动通信等列为需要“前瞻布局”的“未来产业”。',
    ].join('\n\n');
    expect(runRule(ID, text)).toEqual([]);
  });

  it('does not take the 十四五 list for the province list because two names share a part', () => {
    const text = [
      '国家“十四五”规划《纲要》提出，在类脑智能、量子信息、基因技术、未来网络、深海空天开发、氢能与储能等前沿科技和产业变革领域，谋划布局一批未来产业。',
      '培育发展第三代半导体、未来网络、氢能、新型储能、细胞和基因技术、合成生物、通用智能、虚拟现实、前沿新材料、零碳负碳等10个成长性未来产业。',
    ].join('\n\n');
    expect(runRule(ID, text)).toEqual([]);
  });

  it('does not take lists that share a few generic nouns for one list (eval4 p05, Anshun)', () => {
    const text = [
      '承储企业应做到数量、品种、质量、地点“四落实”。',
      '动用方案应当包括动用储备粮的品种、数量、质量、价格、使用安排、运输保障等内容。',
      '重点检查储备粮的数量、质量、储存安全等方面。',
    ].join('\n\n');
    expect(runRule(ID, text + '\n')).toEqual([]);
  });

  it('does not match a list of verbs and agencies to an agency list (eval4 p06)', () => {
    const text = '市发展改革委、市财政局、农发行分行应当根据市场消费需求，适时调整储备粮品种结构。任何单位和个人不得拒绝、阻挠、干涉市发展改革委、市财政局等监督检查人员履行监督检查职责。\n';
    expect(runRule(ID, text)).toEqual([]);
  });

  it('does not take a guessed first item for a different member (开展类脑智能 / 类脑智能)', () => {
    const text = '开展类脑智能、新型显示、虚拟数字人、沉浸式人机交互。\n\n重点研究类脑智能、新型显示、虚拟数字人、沉浸式人机交互。\n';
    expect(runRule(ID, text)).toEqual([]);
  });
});
