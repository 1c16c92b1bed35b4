import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { model, spanOf } from '../helpers/lint.js';
import type { Enumeration } from '../../src/model/types.js';

const XUZHOU = readFileSync(new URL('../../examples/xuzhou-interpretation.md', import.meta.url), 'utf8');
const SUZHOU = readFileSync(new URL('../../examples/suzhou-news-report.md', import.meta.url), 'utf8');
const BEIJING = readFileSync(new URL('../fixtures/real/beijing-jzbf-2025-14.txt', import.meta.url), 'utf8');
const GUANGDONG = readFileSync(new URL('../fixtures/real/guangdong-electronic-info-interpretation-2024.txt', import.meta.url), 'utf8');

const names = (e: Enumeration) => e.items.map((i) => i.text);

/** The list whose first item is `first`. */
function listStarting(text: string, first: string): Enumeration {
  const found = model(text).enumerations.filter((e) => e.items[0].text === first);
  expect(found, `a list starting with ${first}`).toHaveLength(1);
  return found[0];
}

describe('extractEnumerations on the real texts', () => {
  it('reads the province 10+X sentence as a 10 list and an X list', () => {
    const ten = listStarting(XUZHOU, '第三代半导体');
    expect(names(ten)).toEqual([
      '第三代半导体', '未来网络', '氢能', '新型储能', '细胞和基因技术', '合成生物', '通用智能', '虚拟现实', '前沿新材料', '零碳负碳（碳捕集利用与封存）',
    ]);
    expect(ten).toMatchObject({ declaredCount: 10, countPosition: 'after', head: '成长性未来产业', group: { label: '10+X', part: '10' }, endsWithDeng: true, closed: true });
    expect(spanOf(XUZHOU, { range: ten.countRange! })).toBe('10个');
    expect(ten.items[9].key).toBe('零碳负碳');
    expect(ten.items[4].parts?.map((p) => p.text)).toEqual(['细胞', '基因技术']);
    expect(spanOf(XUZHOU, ten.items[9])).toBe('零碳负碳（碳捕集利用与封存）');
    expect(spanOf(XUZHOU, ten)).toMatch(/^第三代半导体、.*零碳负碳（碳捕集利用与封存）$/);

    const x = listStarting(XUZHOU, '量子科技');
    expect(names(x)).toEqual(['量子科技', '深海深地空天', '先进计算', '先进核能']);
    expect(x).toMatchObject({ head: '前瞻性未来产业', group: { label: '10+X', part: 'X' }, endsWithDeng: true, closed: false });
    expect(x.declaredCount).toBeUndefined();
  });

  it('reads the city 5+X sentence, and does not label the 两个方面 list with the province 10+X', () => {
    const five = listStarting(XUZHOU, '氢能与新型储能');
    expect(names(five)).toEqual(['氢能与新型储能', '深地空间利用', '第三代半导体', '细胞和基因技术', '通用人工智能']);
    expect(five).toMatchObject({ cue: '即', declaredCount: 5, head: '成长型产业', group: { label: '5+X', part: '5' }, closed: true });
    expect(spanOf(XUZHOU, { range: five.countRange! })).toBe('5个');
    expect(five.items[0].parts?.map((p) => p.text)).toEqual(['氢能', '新型储能']);

    const x = listStarting(XUZHOU, '零碳负碳（碳捕集利用及封存）');
    expect(names(x)).toEqual(['零碳负碳（碳捕集利用及封存）', '前沿新材料', '虚拟现实', '生物育种']);
    expect(x).toMatchObject({ head: '前沿领域', group: { label: '5+X', part: 'X' }, endsWithDeng: true, closed: false });

    const two = listStarting(XUZHOU, '未来产业成长性评估');
    expect(two).toMatchObject({ declaredCount: 2, head: '方面' });
    expect(two.group).toBeUndefined();

    const watch = listStarting(XUZHOU, '未来网络');
    expect(names(watch)).toEqual(['未来网络', '合成生物', '量子科技', '类人机器人']);
    expect(watch).toMatchObject({ cue: '密切关注', head: '前沿科技', endsWithDeng: true, closed: false });
    expect(watch.group).toBeUndefined();
  });

  it('counts the 8个方面 of 重点举措', () => {
    const e = listStarting(XUZHOU, '突出科技创新策源');
    expect(e.items).toHaveLength(8);
    expect(e.items[7].text).toBe('深化开放合作交流');
    expect(e).toMatchObject({ cue: '包括', declaredCount: 8, head: '方面', closed: true });
    expect(spanOf(XUZHOU, { range: e.countRange! })).toBe('8个');
  });

  it('reads Suzhou 8个重点领域为: (half-width colon) with the count before the items', () => {
    const [first, again] = model(SUZHOU).enumerations.filter((e) => e.items[0].text === '前沿新材料');
    const eight = ['前沿新材料', '光子芯片与光器件', '元宇宙', '氢能', '数字金融', '细胞和基因诊疗', '空天开发', '量子技术'];
    expect(names(first)).toEqual(eight);
    expect(first).toMatchObject({ cue: '为', declaredCount: 8, countPosition: 'before', head: '重点领域', closed: true, endsWithDeng: false });
    expect(spanOf(SUZHOU, { range: first.countRange! })).toBe('8个');
    expect(names(again)).toEqual(eight);
    expect(again).toMatchObject({ cue: '重点发展', head: '未来产业', endsWithDeng: true, closed: false });
  });

  it('reads 四大主导产业 and the 五大行动 whose last item is joined by 和', () => {
    const four = listStarting(SUZHOU, '电子信息');
    expect(names(four)).toEqual(['电子信息', '装备制造', '生物医药', '先进材料']);
    expect(four).toMatchObject({ cue: '结合', declaredCount: 4, head: '主导产业' });
    expect(spanOf(SUZHOU, { range: four.countRange! })).toBe('四大');

    const five = listStarting(SUZHOU, '优势产业“强基行动”');
    expect(names(five)).toEqual(['优势产业“强基行动”', '关键技术“攻坚行动”', '创新主体“引培行动”', '发展空间“优化行动”', '生态伙伴“共建行动”']);
    expect(five.items[0].key).toBe('优势产业强基行动');
    expect(five).toMatchObject({ cue: '包括', declaredCount: 5, countPosition: 'before', head: '行动', closed: true });
    expect(spanOf(SUZHOU, { range: five.countRange! })).toBe('五大');
    expect(spanOf(SUZHOU, five.items[4])).toBe('生态伙伴“共建行动”');
  });

  it('leaves a demonstrative before the count out of the last item (Wuxi news)', () => {
    const text = '下一步,无锡将全面深化通用人工智能、量子科技、第三代半导体、氢能和储能、深海装备这五大未来产业主赛道,加速建设智能超算中心。\n';
    const [list] = model(text).enumerations;
    expect(list.items.map((i) => i.text)).toEqual(['通用人工智能', '量子科技', '第三代半导体', '氢能和储能', '深海装备']);
    expect(list).toMatchObject({ declaredCount: 5, head: '未来产业主赛道' });
  });

  it('does not glue the opening verb into the first item', () => {
    const e = listStarting(SUZHOU, '类脑智能');
    expect(names(e)).toEqual(['类脑智能', '新型显示', '虚拟数字人', '沉浸式人机交互']);
    expect(e.leadGuessed).toBe(true);
  });

  it('splits two lists joined by 等…重点发展 inside one clause', () => {
    const a = listStarting(SUZHOU, '基因组学新技术');
    expect(names(a)).toEqual(['基因组学新技术', '新一代基因测序', '基因细胞治疗']);
    expect(a.head).toBe('领域');
    const b = listStarting(SUZHOU, '高通量基因测序');
    expect(names(b)).toEqual(['高通量基因测序', '全基因组合成物', '细胞治疗']);
    expect(b).toMatchObject({ cue: '重点发展', head: '细分赛道' });
  });

  it('takes no count from 连续2年, 5000亿元 or 1到2个千亿级', () => {
    const counted = model(SUZHOU).enumerations.filter((e) => e.declaredCount !== undefined);
    expect(counted.map((e) => spanOf(SUZHOU, { range: e.countRange! }))).toEqual(['8个', '四大', '五大']);
  });

  it('reads Beijing 六种模式 after 等通过', () => {
    const e = listStarting(BEIJING, '兼职');
    expect(names(e)).toEqual(['兼职', '在职创办企业', '在岗创业', '到企业挂职', '参与项目合作', '离岗创业']);
    expect(e).toMatchObject({ cue: '通过', declaredCount: 6, head: '模式', closed: true });
    expect(spanOf(BEIJING, { range: e.countRange! })).toBe('六种');
    // 参与 is a verb, not 参 + 与.
    expect(e.items[4].parts).toBeUndefined();
  });

  it('reads the Guangdong 9项 with names that contain 及', () => {
    const e = listStarting(GUANGDONG, '计算机制造');
    expect(e.items).toHaveLength(9);
    expect(e.items[3].text).toBe('雷达及配套设备制造');
    expect(e.items[7].text).toBe('电子元件及电子专用材料制造');
    expect(e.items[7].parts?.map((p) => p.text)).toEqual(['电子元件', '电子专用材料制造']);
    expect(e).toMatchObject({ cue: '包含', declaredCount: 9 });
    expect(spanOf(GUANGDONG, { range: e.countRange! })).toBe('9项');
  });

  it('keeps every item range on its text', () => {
    for (const text of [XUZHOU, SUZHOU, BEIJING]) {
      for (const e of model(text).enumerations) for (const i of e.items) expect(spanOf(text, i)).toBe(i.text);
    }
  });
});

describe('extractEnumerations edge cases', () => {
  it('keeps half-width parentheses inside an item and out of its key', () => {
    const text = '培育发展前沿新材料、零碳负碳(碳捕集利用与封存)等2个成长性未来产业。\n';
    const [e] = model(text).enumerations;
    expect(names(e)).toEqual(['前沿新材料', '零碳负碳(碳捕集利用与封存)']);
    expect(e.items[1].key).toBe('零碳负碳');
    expect(e.declaredCount).toBe(2);
  });

  it('splits the last item at 以及 always, at 和 only when the count asks for it', () => {
    const [a] = model('重点发展氢能、新型储能以及合成生物。\n').enumerations;
    expect(names(a)).toEqual(['氢能', '新型储能', '合成生物']);
    const [b] = model('重点发展氢能、细胞和基因技术。\n').enumerations;
    expect(names(b)).toEqual(['氢能', '细胞和基因技术']);
    const [c] = model('实施“三大行动”，包括强基行动、攻坚行动和共建行动。\n').enumerations;
    expect(names(c)).toEqual(['强基行动', '攻坚行动', '共建行动']);
    expect(c.declaredCount).toBe(3);
  });

  it('marks 等一批 and 等若干 as open lists without a count', () => {
    const [e] = model('布局量子科技、先进核能等一批前瞻性未来产业。\n').enumerations;
    expect(e).toMatchObject({ endsWithDeng: true, closed: false, head: '前瞻性未来产业' });
    expect(e.declaredCount).toBeUndefined();
  });

  it('does not cross sentences, titles or clause marks', () => {
    expect(model('重点发展氢能。储能、合成生物等。\n').enumerations.map(names)).toEqual([['储能', '合成生物']]);
    const lists = model('依据《关于加快氢能、储能发展的意见》、《通知》等文件精神，推进工作。\n').enumerations;
    for (const e of lists) for (const i of e.items) expect(i.text).not.toMatch(/[《》，；：。]/);
  });

  it('skips section numbering and takes a list inside parentheses on its own', () => {
    const m = model('一、加强氢能、储能建设\n\n（一）建设平台（包括研究院、实验室、中试基地）。\n');
    expect(m.enumerations.map(names)).toEqual([['氢能', '储能建设'], ['研究院', '实验室', '中试基地']]);
  });

  it('starts the first item right after a ： that introduces the items, not after a label ：', () => {
    const [a] = model('经济社会发展必须遵循的原则包括：坚持党的全面领导、坚持人民至上、坚持高质量发展。\n').enumerations;
    expect(names(a)).toEqual(['坚持党的全面领导', '坚持人民至上', '坚持高质量发展']);
    expect(a).toMatchObject({ cue: '包括' });
    expect(a.leadGuessed).toBeUndefined();
    const [b] = model('**民生福祉改善：** 在教育、医疗、养老等公共服务领域，提出推动基础教育扩优提质等部署。\n').enumerations;
    expect(names(b)).toEqual(['教育', '医疗', '养老']);
    expect(b).toMatchObject({ cue: '在', head: '公共服务领域' });
  });

  it('reads a count before the items in the same clause (八大领域包括…)', () => {
    const [e] = model('八大领域包括氢能、储能、合成生物、元宇宙、量子技术、空天开发、数字金融、前沿新材料。\n').enumerations;
    expect(e).toMatchObject({ declaredCount: 8, countPosition: 'before', head: '领域', cue: '包括' });
  });

  it('gives a count to one list only, and not across a clause when a predicate follows it', () => {
    const [first, second] = model('以专项行动、绿色铝等5个配套政策为支撑，为产业布局、高质量发展指明了方向。\n').enumerations;
    expect(first).toMatchObject({ declaredCount: 5, countPosition: 'after', endsWithDeng: true });
    expect(names(second)).toEqual(['产业布局', '高质量发展指明了方向']);
    expect(second.declaredCount).toBeUndefined();
    // Without the first list the count is still no heading: 为支撑 says something of it.
    const [alone] = model('以5个配套政策为支撑，为产业布局、高质量发展指明了方向。\n').enumerations;
    expect(alone.declaredCount).toBeUndefined();
    // A count phrase that ends its clause still heads the list after ，包括 or ：.
    expect(model('实施“三大行动”，包括强基行动、攻坚行动、共建行动。\n').enumerations[0]).toMatchObject({ declaredCount: 3, countPosition: 'before' });
    expect(model('8个重点领域为：氢能、储能。\n').enumerations[0]).toMatchObject({ declaredCount: 8, countPosition: 'before' });
  });

  it('splits the one item joined by 和 in the middle of a counted list, and keeps parallel verbs', () => {
    const [e] = model('提出做优一产、做强二产、做大三产和主体倍增、科技创新、开放合作6个方面16项工程。\n').enumerations;
    expect(names(e)).toEqual(['做优一产', '做强二产', '做大三产', '主体倍增', '科技创新', '开放合作']);
    expect(e).toMatchObject({ declaredCount: 6, head: '方面' });
    const [control] = model('提出做优一产、做强二产、做大三产、主体倍增、科技创新和开放合作6个方面16项工程。\n').enumerations;
    expect(names(control)).toEqual(names(e));
    // A verb that the next item does not echo is still no part of the first item.
    expect(names(model('开展类脑智能、新型显示、虚拟数字人。\n').enumerations[0])).toEqual(['类脑智能', '新型显示', '虚拟数字人']);
  });

  it('does not split a name joined by 与 beside longer items, nor a list closed by 等', () => {
    const [five] = model('“5”即氢能与新型储能、深地空间利用、第三代半导体、通用人工智能5个成长型产业。\n').enumerations;
    expect(names(five)).toEqual(['氢能与新型储能', '深地空间利用', '第三代半导体', '通用人工智能']);
    const [eight] = model('遴选云计算与工业互联网、煤炭清洁高效利用、核能、氢能、电子信息装备、航空航天、海洋装备等8个潜力高新产业。\n').enumerations;
    expect(eight.items).toHaveLength(7);
    expect(eight.items[0].text).toBe('云计算与工业互联网');
  });

  it('ends a list at a count right after a middle item', () => {
    const text = '其中,提出加快推动高原特色现代农业、绿色铝、光伏、先进制造业、绿色能源、烟草、新材料、生物医药、数字经济、文旅康养、现代物流、出口导向型11个重点产业大力发展的目标任务、产业布局和重点举措。\n';
    const [e, rest] = model(text).enumerations;
    expect(e.items).toHaveLength(12);
    expect(e.items[11].text).toBe('出口导向型');
    expect(e).toMatchObject({ declaredCount: 11, countPosition: 'after', closed: true });
    expect(spanOf(text, { range: e.countRange! })).toBe('11个');
    expect(names(rest)).toEqual(['目标任务', '产业布局和重点举措']);
    // The noun of the count is no item of the next list; figures are amounts, not counts.
    expect(model('打造科创园、人才公寓两大平台、研发中心、检测中心两大基地。\n').enumerations.map(names)).toEqual([
      ['科创园', '人才公寓'],
      ['研发中心', '检测中心'],
    ]);
    expect(model('研发投入强度提高1个百分点、城镇化率提高2个百分点、森林覆盖率达到25%。\n').enumerations.every((x) => x.declaredCount === undefined)).toBe(true);
  });
});
