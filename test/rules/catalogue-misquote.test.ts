import { describe, expect, it } from 'vitest';
import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById, runRule } from '../helpers/lint.js';
import { loadShippedCatalogues } from '../../src/files/catalogues.js';

const ID = 'catalogue-misquote';
const rule = ruleById(ID);
const catalogues = loadShippedCatalogues();
const XUZHOU = '---\nregion: 徐州市\nprovince: 江苏省\nlevel: city\n---\n\n';

const TEN = '第三代半导体、未来网络、氢能、新型储能、细胞和基因技术、合成生物、通用智能、虚拟现实、前沿新材料、零碳负碳（碳捕集利用与封存）';
const jiangsu = (ten: string, x: string) =>
  XUZHOU + `江苏省政府于2023年11月印发《关于加快培育发展未来产业的指导意见》，提出全省重点打造“10+X”未来产业体系，即培育发展${ten}等10个成长性未来产业，布局${x}等一批前瞻性未来产业。\n`;
// Xuzhou's misquote of the “X” group: 先进计算 for 类人机器人.
const XUZHOU_MISQUOTE = jiangsu(TEN, '量子科技、深海深地空天、先进计算、先进核能');
const SUZHOU_QUOTE = '《工作意见》提出,重点发展前沿新材料、光子芯片与光器件、元宇宙、氢能、数字经济、细胞和基因诊疗、空天开发、量子技术等8个重点领域。\n';
const SUZHOU = '---\nregion: 苏州市\nprovince: 江苏省\nlevel: city\n---\n\n';
// The city's own lists framed by the province's system: not quotes.
const OWN_LISTS = [
  '根据省“10+X”未来产业部署，重点发展氢能、新型储能、生物育种等未来产业。',
  '江苏省政府印发《关于加快培育发展未来产业的指导意见》后，全市重点发展氢能、新型储能、生物育种等未来产业。',
  '在全省“10+X”未来产业体系中，我市提出重点发展氢能、新型储能、生物育种等未来产业。',
].map((sentence) => XUZHOU + sentence + '\n');
const NATIONAL = XUZHOU + '国家“十四五”规划《纲要》提出，在类脑智能、量子信息、基因技术、未来网络、深海空天开发、人工智能等前沿科技和产业变革领域，组织实施未来产业孵化与加速计划，谋划布局一批未来产业。\n';

new RuleTester({ catalogues }).run(ID, rule, {
  valid: [
    // A correct quote, in other names too.
    jiangsu(TEN, '量子科技、深海深地空天、类人机器人、先进核能'),
    jiangsu(TEN.replace('通用智能', '通用人工智能'), '量子技术、深海深地空天、人形机器人'),
    // An open quote (等一批) need not name the whole group.
    jiangsu(TEN, '量子科技、先进核能'),
    // A short generic title is the catalogue of the document’s own region only.
    XUZHOU + SUZHOU_QUOTE,
    {
      name: 'the city’s own “5+X” lists, though the sentence names “10+X”',
      code:
        XUZHOU +
        '在全省“10+X”未来产业体系中，基于未来产业成长性评估、我市未来产业发展基础两个方面，科学择定我市未来产业重点发展领域，提出培育构建“5+X”未来产业体系：“5”即氢能与新型储能、深地空间利用、第三代半导体、细胞和基因技术、通用人工智能5个成长型产业；“X”即零碳负碳（碳捕集利用及封存）、前沿新材料、虚拟现实、生物育种等若干前沿领域，加快形成新质生产力，增强发展新动能。同时，密切关注未来网络、合成生物、量子科技、类人机器人等前沿科技。\n',
    },
    // Another province’s generic title or label is not Jiangsu’s.
    '---\nregion: 杭州市\nprovince: 浙江省\nlevel: city\n---\n\n省政府印发《关于培育发展未来产业的指导意见》，提出“10+X”，布局量子科技、先进计算、先进核能等一批前瞻性未来产业。\n',
    XUZHOU.replace('徐州市', '无锡市') + '市政府印发《关于加快培育发展未来产业的指导意见》，布局量子科技、深海深地空天、先进计算、先进核能等一批前瞻性未来产业。\n',
    ...OWN_LISTS,
    // An issuer named in passing does not make a quote.
    XUZHOU + '省政府支持我市发展氢能、新型储能、生物育种等产业。\n',
    // 市政府 in 苏州市政府 is Suzhou's, not the Xuzhou district document's own city government.
    '---\nregion: 徐州市鼓楼区\nlevel: district\n---\n\n苏州市政府提出，重点发展氢能与新型储能、第三代半导体、数字金融等成长型产业。\n',
  ],
  invalid: [
    {
      name: 'an item not in the quoted group, with the group and a suggestion; no fix (Xuzhou)',
      code: XUZHOU_MISQUOTE,
      errors: [
        {
          message: '「先进计算」不在苏政发〔2023〕104号“10+X”中的“X”（前沿未来产业）之列；该组为：量子科技、深海深地空天、类人机器人、先进核能（该组名单据新闻报道整理，官方原文未见）',
          line: 7, column: 152, endLine: 7, endColumn: 156,
          suggestions: [{ desc: '改为「类人机器人」', output: XUZHOU_MISQUOTE.replace('先进计算', '类人机器人') }],
        },
      ],
      output: null,
    },
    {
      name: 'an item moved from the other group',
      code: jiangsu(TEN.replace('未来网络', '量子科技'), '深海深地空天、类人机器人、先进核能'),
      errors: [{ message: '「量子科技」属于苏政发〔2023〕104号“10+X”中的“X”（前沿未来产业），不属于“10+X”中的“10”（成长型未来产业）', line: 7, column: 70, endLine: 7, endColumn: 74 }],
    },
    {
      name: 'items left out of a quote that claims the whole group by its count',
      code: jiangsu(TEN.replace('未来网络、', ''), '量子科技、深海深地空天、类人机器人、先进核能'),
      errors: [{ message: /^引用苏政发〔2023〕104号“10\+X”中的“10”（成长型未来产业）时漏列：未来网络；该组为：第三代半导体、未来网络/, line: 7, column: 63, endLine: 7, endColumn: 121 }],
    },
    {
      name: 'a quote of the national 纲要',
      code: NATIONAL,
      errors: [
        {
          message: /不在《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》的前沿科技和产业变革领域之列/,
          line: 7, column: 45, endLine: 7, endColumn: 49,
          suggestions: [{ output: NATIONAL.replace('、人工智能等', '、氢能与储能等') }],
        },
      ],
    },
    {
      name: 'a quote recognised by the 文号',
      code: XUZHOU + '苏政发〔2023〕104号提出，布局量子科技、深海深地空天、先进计算、先进核能等一批前瞻性未来产业。\n',
      errors: [{ line: 7, column: 31, endLine: 7, endColumn: 35 }],
    },
    {
      name: 'a quote recognised by the cited title (issuer inside the title)',
      code: XUZHOU + '《省政府关于加快培育发展未来产业的指导意见》提出，布局量子科技、深海深地空天、先进计算、先进核能等一批未来产业。\n',
      errors: [{ line: 7, column: 40, endLine: 7, endColumn: 44 }],
    },
    {
      name: 'a short generic title read as the catalogue of the document’s own region',
      code: SUZHOU + SUZHOU_QUOTE,
      errors: [
        {
          message: '「数字经济」不在《关于加快培育未来产业的工作意见》的重点领域之列；该组为：前沿新材料、光子芯片与光器件、元宇宙、氢能、数字金融、细胞和基因诊疗、空天开发、量子技术（该组名单据新闻报道整理，官方原文未见）',
          line: 7, column: 36, endLine: 7, endColumn: 40,
          suggestions: [{ output: SUZHOU + SUZHOU_QUOTE.replace('数字经济', '数字金融') }],
        },
      ],
    },
    {
      name: 'a quote recognised by the issuer when the list names one of its groups',
      code: XUZHOU + '江苏省政府提出，布局量子科技、深海深地空天、先进计算、先进核能等一批前瞻性未来产业。\n',
      errors: [{ line: 7, column: 23, endLine: 7, endColumn: 27 }],
    },
  ],
});

new RuleTester({ catalogues, locale: 'en' }).run(`${ID} in English`, rule, {
  valid: [],
  invalid: [
    {
      code: XUZHOU_MISQUOTE,
      errors: [
        {
          message: '"先进计算" is not in group “X” (前沿未来产业) of “10+X” of 苏政发〔2023〕104号; that group is: 量子科技、深海深地空天、类人机器人、先进核能 (this list is from news reports; the official text was not seen)',
          suggestions: [{ desc: 'Replace with "类人机器人"', output: XUZHOU_MISQUOTE.replace('先进计算', '类人机器人') }],
        },
      ],
    },
  ],
});

describe(ID, () => {
  it('is an error', () => {
    expect(runRule(ID, XUZHOU_MISQUOTE, { catalogues })[0].severity).toBe('error');
  });

  it('leaves the city’s own lists framed by the province’s system to catalogue-unknown-item', () => {
    for (const text of OWN_LISTS) {
      expect(runRule('catalogue-unknown-item', text, { catalogues }).map((f) => f.message.slice(0, 6)), text).toEqual(['「生物育种」']);
    }
  });
});
