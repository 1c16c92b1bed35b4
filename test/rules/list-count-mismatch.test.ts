import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById } from '../helpers/lint.js';

const rule = ruleById('list-count-mismatch');

const XUZHOU_5X = '提出培育构建“5+X”未来产业体系：“5”即氢能与新型储能、深地空间利用、第三代半导体、通用人工智能5个成长型产业；“X”即零碳负碳（碳捕集利用及封存）、前沿新材料、虚拟现实、生物育种等若干前沿领域。\n';
const SUZHOU_8 = '我市已具备抢抓未来产业的先机和能力,8个重点领域为:前沿新材料、光子芯片与光器件、氢能、数字金融、细胞和基因诊疗、空天开发、量子技术。\n';
const FIVE_MAIN = '我市结合电子信息、装备制造、生物医药、先进材料五大主导产业的规模优势。\n';
const EIGHT_FIELDS = '八大领域包括前沿新材料、光子芯片与光器件、元宇宙、氢能、数字金融、细胞和基因诊疗、空天开发。\n';
const TEN = '即培育发展第三代半导体、未来网络、氢能、新型储能、细胞和基因技术、通用智能、虚拟现实、前沿新材料、零碳负碳（碳捕集利用与封存）等10个成长性未来产业。\n';
const NINE_ASPECTS = '3. 重点举措。包括突出科技创新策源、加强技术中试孵化、推动产业强企育链、开展应用场景示范、推动创新人才集聚、强化科技金融赋能、创新未来产业治理、深化开放合作交流、完善要素保障8个方面，分别明确重点任务和政策导向。\n';
const SEVEN_MODES = '支持和鼓励高校、科研机构科技人员等通过兼职、在职创办企业、在岗创业、到企业挂职、参与项目合作、离岗创业七种模式开展创新创业。\n';
const TWO_ACTIONS = '实施“两大行动”，包括强基行动、攻坚行动、共建行动等。\n';
// Twelve industries, then a count after the last one with more words after its noun (Yunnan).
const YUNNAN_11 = '其中,提出加快推动高原特色现代农业、绿色铝、光伏、先进制造业、绿色能源、烟草、新材料、生物医药、数字经济、文旅康养、现代物流、出口导向型11个重点产业大力发展的目标任务、产业布局和重点举措。\n';

/** The text with the first occurrence of `from` replaced by `to`: a suggestion's expected output. */
const swap = (text: string, from: string, to: string) => text.replace(from, to);

new RuleTester().run('list-count-mismatch', rule, {
  valid: [
    // The real counts: 10+X, 5+X, 8个方面, 四大, 五大行动 with 和, 六种, 9项.
    '提出全省重点打造“10+X”未来产业体系，即培育发展第三代半导体、未来网络、氢能、新型储能、细胞和基因技术、合成生物、通用智能、虚拟现实、前沿新材料、零碳负碳（碳捕集利用与封存）等10个成长性未来产业，布局量子科技、深海深地空天、先进计算、先进核能等一批前瞻性未来产业。\n',
    '“5”即氢能与新型储能、深地空间利用、第三代半导体、细胞和基因技术、通用人工智能5个成长型产业；“X”即零碳负碳（碳捕集利用及封存）、前沿新材料、虚拟现实、生物育种等若干前沿领域。\n',
    '我市结合电子信息、装备制造、生物医药、先进材料四大主导产业的规模优势。\n',
    '全市实施加快培育未来产业的“五大行动”,包括优势产业“强基行动”、关键技术“攻坚行动”、创新主体“引培行动”、发展空间“优化行动”和生态伙伴“共建行动”。\n',
    '支持和鼓励高校、科研机构科技人员等通过兼职、在职创办企业、在岗创业、到企业挂职、参与项目合作、离岗创业六种模式开展创新创业。\n',
    '本产业集群包含国民经济行业分类中的计算机制造、通信设备制造、广播电视设备制造、雷达及配套设备制造、非专业视听设备制造、智能消费设备制造、电子器件制造、电子元件及电子专用材料制造、其他电子元件制造9项中\n',
    swap(YUNNAN_11, '11个', '12个'),
    {
      name: '连续2年, 5000亿元 and 1到2个 are not list counts',
      code: [
        '培育壮大战略性新兴产业,连续2年规模以上工业总产值突破4万亿元,稳居全国前列。',
        '未来产业与战略性新兴产业、优势主导产业形成有效衔接,全市未来产业总产值突破5000亿元。',
        '到2035年,全市形成1到2个领跑全国的千亿级未来产业创新集群、3个先导区。',
        '培育10家以上未来产业创新平台、20家以上未来产业链主企业。',
      ].join('\n\n'),
    },
    {
      name: 'a count of the noun before it is not a count of the list',
      code: [
        '新建、改扩建学校10所。',
        '新建、改建公园5个，建设绿道、驿站2处。',
        '培育高新技术企业、专精特新企业各5家。',
        '统筹推进“五位一体”总体布局、协调推进“四个全面”战略布局。',
        '在2024年、2025年两年内完成。',
        '举办论坛、展会、对接会等活动30场以上。',
      ].join('\n\n'),
    },
    // One count is not given to two lists across a clause.
    '以专项行动、绿色铝等5个配套政策为支撑，为产业布局、高质量发展指明了方向。\n',
    '该政策体系以产业强省三年行动为统领,以农业现代化等7个系列专项三年行动、绿色铝等5个配套政策为支撑,为未来三年云南省产业谋篇布局、高质量发展指明了方向。\n',
    // An item joined by 和 in the middle of the list counts as two.
    '提出做优一产、做强二产、做大三产和主体倍增、科技创新、开放合作6个方面16项工程。\n',
    '提出做优一产、做强二产、做大三产、主体倍增、科技创新和开放合作6个方面16项工程。\n',
    // Open lists: 等一批, a count before the items with 等, and a few named of many.
    '布局量子科技、深海深地空天、先进计算、先进核能等一批前瞻性未来产业。\n',
    '实施“五大行动”，包括优势产业“强基行动”、关键技术“攻坚行动”等。\n',
    '省发展改革委、省科技厅等12个部门联合印发实施。\n',
  ],
  invalid: [
    {
      name: 'a 5个 list with an item dropped (Xuzhou 5+X): a suggestion, no fix',
      code: XUZHOU_5X,
      errors: [
        {
          message: '声明5项，实际列举4项：氢能与新型储能、深地空间利用、第三代半导体、通用人工智能',
          line: 1, column: 51, endLine: 1, endColumn: 53,
          suggestions: [{ desc: '将“5个”改为“4个”', output: swap(XUZHOU_5X, '人工智能5个', '人工智能4个') }],
        },
      ],
      output: null,
    },
    {
      name: '8个重点领域为: followed by seven (Suzhou, half-width colon)',
      code: SUZHOU_8,
      errors: [
        {
          message: '声明8项，实际列举7项：前沿新材料、光子芯片与光器件、氢能、数字金融、细胞和基因诊疗、空天开发、量子技术',
          line: 1, column: 19, endLine: 1, endColumn: 21,
          suggestions: [{ output: swap(SUZHOU_8, '8个', '7个') }],
        },
      ],
    },
    {
      name: 'the Chinese numeral style stays in the suggestion (五大 → 四大)',
      code: FIVE_MAIN,
      errors: [{ message: '声明5项，实际列举4项：电子信息、装备制造、生物医药、先进材料', line: 1, column: 24, endLine: 1, endColumn: 26, suggestions: [{ output: swap(FIVE_MAIN, '五大', '四大') }] }],
    },
    { name: '八大 → 七大', code: EIGHT_FIELDS, errors: [{ line: 1, column: 1, endLine: 1, endColumn: 3, suggestions: [{ output: swap(EIGHT_FIELDS, '八大', '七大') }] }] },
    {
      name: '10个 after nine items',
      code: TEN,
      errors: [{ message: /^声明10项，实际列举9项：第三代半导体、/, line: 1, column: 65, endLine: 1, endColumn: 68, suggestions: [{ output: swap(TEN, '10个', '9个') }] }],
    },
    { name: '8个方面 after nine', code: NINE_ASPECTS, errors: [{ message: /^声明8项，实际列举9项：/, line: 1, column: 89, endLine: 1, endColumn: 91 }] },
    {
      name: 'more items than an open list declares',
      code: TWO_ACTIONS,
      errors: [{ message: '声明2项，实际列举3项：强基行动、攻坚行动、共建行动', line: 1, column: 4, endLine: 1, endColumn: 6, suggestions: [{ output: swap(TWO_ACTIONS, '两大', '三大') }] }],
    },
    {
      name: '11个 after twelve items when more words follow its noun',
      code: YUNNAN_11,
      errors: [{ message: /^声明11项，实际列举12项：高原特色现代农业、.*、出口导向型$/, line: 1, column: 69, endLine: 1, endColumn: 72, suggestions: [{ output: swap(YUNNAN_11, '11个', '12个') }] }],
    },
  ],
});

new RuleTester({ locale: 'en' }).run('list-count-mismatch in English', rule, {
  valid: [],
  invalid: [
    {
      name: 'more items than declared (Beijing 六种模式 written 七种)',
      code: SEVEN_MODES,
      errors: [
        {
          message: 'declares 7 items but lists 6: 兼职、在职创办企业、在岗创业、到企业挂职、参与项目合作、离岗创业',
          line: 1, column: 52, endLine: 1, endColumn: 54,
          suggestions: [{ desc: 'change “七种” to “六种”', output: swap(SEVEN_MODES, '七种', '六种') }],
        },
      ],
    },
  ],
});
