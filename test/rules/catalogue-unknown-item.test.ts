import { describe, expect, it } from 'vitest';
import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById, runRule } from '../helpers/lint.js';
import { loadShippedCatalogues } from '../../src/files/catalogues.js';

const ID = 'catalogue-unknown-item';
const rule = ruleById(ID);
const catalogues = loadShippedCatalogues();
const XUZHOU = '---\nregion: 徐州市\nprovince: 江苏省\nlevel: city\n---\n\n';
const SUZHOU = '---\nregion: 苏州市\nprovince: 江苏省\nlevel: city\n---\n\n';
const region = (name: string, province: string, level = 'city') => `---\nregion: ${name}\nprovince: ${province}\nlevel: ${level}\n---\n\n`;
const XUZHOU_5X = XUZHOU + '提出培育构建“5+X”未来产业体系：“5”即氢能与新型储能、深地空间利用、第三代半导体、细胞和基因技术、通用人工智能5个成长型产业；“X”即零碳负碳（碳捕集利用及封存）、前沿新材料、虚拟现实、生物育种等若干前沿领域。\n';
const LIST = '重点发展通用人工智能、合成生物、生物育种、数字金融等未来产业。\n';

new RuleTester({ catalogues }).run(ID, rule, {
  valid: [
    // Other names of the catalogue’s items (元宇宙, 量子技术, 空天开发, 细胞和基因诊疗, 人形机器人, 氢能和储能).
    SUZHOU + '重点发展元宇宙、量子技术、空天开发、细胞和基因诊疗、人形机器人、氢能和储能、通用人工智能等未来产业。\n',
    // Lists of other industries (主导产业, 战略性新兴产业), and lists mostly not of catalogue sectors.
    SUZHOU + '我市结合电子信息、装备制造、氢能、新型储能四大主导产业的规模优势,依托光子、氢能、集成电路、新型储能等战略性新兴产业的发展优势。\n',
    XUZHOU + '鼓励发展深地储能、先进压缩空气储能、飞轮储能等新型储能。重点支持氢能、燃料电池、储氢装备等产业。\n',
    {
      name: 'quotes of the province and national lists',
      code:
        XUZHOU +
        '江苏省政府于2023年11月印发《关于加快培育发展未来产业的指导意见》，提出全省重点打造“10+X”未来产业体系，即培育发展第三代半导体、未来网络、氢能、新型储能、细胞和基因技术、合成生物、通用智能、虚拟现实、前沿新材料、零碳负碳等10个成长性未来产业，布局量子科技、深海深地空天、先进计算、先进核能等一批前瞻性未来产业。\n\n国家“十四五”规划《纲要》提出，在类脑智能、量子信息、基因技术、未来网络、深海空天开发、氢能与储能等前沿科技和产业变革领域，组织实施未来产业孵化与加速计划。\n',
    },
    // The national 纲要 list is a quote even when the sentence does not cite it.
    XUZHOU + '在类脑智能、量子信息、基因技术、未来网络、深海空天开发、氢能与储能等前沿科技和产业变革领域加快布局。\n',
    // A list that quotes a cited document (Suzhou’s 《工作意见》).
    SUZHOU + '《工作意见》提出,重点发展前沿新材料、光子芯片与光器件、元宇宙、氢能、数字金融、细胞和基因诊疗、空天开发、量子技术等未来产业。\n',
    // No parent catalogue: Zhejiang, Guangdong, a province document.
    region('杭州市', '浙江省') + LIST,
    region('深圳市', '广东省') + LIST,
    region('江苏省', '江苏省', 'province') + LIST,
    // A first item whose start had to be guessed.
    region('南通市', '江苏省') + '南通要在这方面领先低空经济、新型储能、第三代半导体、通用人工智能等赛道。\n',
  ],
  invalid: [
    {
      name: 'a sector of the city’s own list that the province catalogue lacks (Xuzhou “X”)',
      code: XUZHOU_5X,
      errors: [
        {
          message: '「生物育种」不在上级目录江苏省“10+X”未来产业体系（苏政发〔2023〕104号）中，也不是其中任一领域的别称；请核对名称，或确认为本地新增领域',
          line: 7, column: 97, endLine: 7, endColumn: 101,
        },
      ],
    },
    {
      name: 'each unknown name once, pointing at its later occurrences (Suzhou)',
      code:
        SUZHOU +
        '我市已具备抢抓未来产业的先机和能力,8个重点领域为:前沿新材料、光子芯片与光器件、元宇宙、氢能、数字金融、细胞和基因诊疗、空天开发、量子技术。\n\n我市重点发展前沿新材料、光子芯片与光器件、元宇宙、氢能、数字金融、细胞和基因诊疗、空天开发、量子技术等未来产业。\n',
      errors: [
        { line: 7, column: 33, endLine: 7, endColumn: 41, related: [{ message: '「光子芯片与光器件」在此再次出现' }] },
        { line: 7, column: 49, endLine: 7, endColumn: 53, related: [{}] },
      ],
    },
    { name: 'only the unknown part of a joined item', code: XUZHOU + '重点发展第三代半导体、合成生物、氢能与生物育种等未来产业。\n', errors: [{ line: 7, column: 20, endLine: 7, endColumn: 24 }] },
    { name: 'the same list against the Xuzhou catalogue', code: XUZHOU + LIST, errors: [{ message: /^「生物育种」/ }, { message: /^「数字金融」/ }] },
    {
      name: 'a district is aligned with its city catalogue',
      code: '---\nregion: 徐州市鼓楼区\nlevel: district\n---\n\n重点发展氢能、新型储能、生物育种、量子科技等未来产业。\n',
      errors: [{ message: /徐州市“5\+X”未来产业体系（徐政发〔2024〕1号）/, line: 6, column: 18, endLine: 6, endColumn: 22 }],
    },
    {
      name: 'the names after 优先发展, reporting only the unknown one',
      code: region('南通市', '江苏省') + '优先发展低空经济、新型储能、第三代半导体、通用人工智能等若干科创细分赛道。\n',
      errors: [{ line: 7, column: 5, endLine: 7, endColumn: 9 }],
    },
    {
      name: 'the names after 抢占',
      code: region('南京市', '江苏省') + '南京将抢占新一代人工智能、第三代半导体、元宇宙、储能与氢能四个未来产业新赛道。\n',
      errors: [{ line: 7, column: 6, endLine: 7, endColumn: 13 }],
    },
  ],
});

new RuleTester({ catalogues, locale: 'en' }).run(`${ID} in English`, rule, {
  valid: [],
  invalid: [
    {
      code: XUZHOU + '“X”即零碳负碳（碳捕集利用及封存）、前沿新材料、虚拟现实、生物育种等若干前沿领域。\n',
      errors: ['"生物育种" is not in the parent catalogue 江苏省“10+X”未来产业体系 (苏政发〔2023〕104号), under its name or any known alias; check the name, or confirm it is a local addition'],
    },
  ],
});

describe(ID, () => {
  it('is a warning', () => {
    expect(runRule(ID, XUZHOU_5X, { catalogues })[0].severity).toBe('warn');
  });
});
