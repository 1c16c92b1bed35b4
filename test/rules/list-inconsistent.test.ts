import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById } from '../helpers/lint.js';

const rule = ruleById('list-inconsistent');

// The two Suzhou statements of the eight fields (the second is open: …等未来产业).
const FIRST = '依托战略性新兴产业集聚优势和技术积累,我市已具备抢抓未来产业的先机和能力,8个重点领域为:前沿新材料、光子芯片与光器件、元宇宙、氢能、数字金融、细胞和基因诊疗、空天开发、量子技术。';
const again = (items: string) =>
  `我市结合电子信息、装备制造、生物医药、先进材料四大主导产业的规模优势,依托光子、集成电路、人工智能、新能源、创新药物、纳米新材料等战略性新兴产业的发展优势,重点发展${items}等未来产业。`;
const EIGHT = '前沿新材料、光子芯片与光器件、元宇宙、氢能、数字金融、细胞和基因诊疗、空天开发、量子技术';
const RENAMED = `${FIRST}\n\n${again(EIGHT.replace('量子技术', '量子科技'))}\n`;
const SEVEN = '前沿新材料、光子芯片与光器件、元宇宙、氢能、数字金融、细胞和基因诊疗、空天开发';

new RuleTester().run('list-inconsistent', rule, {
  valid: [
    { name: 'the Suzhou restatement of the eight fields', code: `${FIRST}\n\n${again(EIGHT)}\n` },
    { name: 'an open restatement that names only some members', code: `${FIRST}\n\n${again('前沿新材料、光子芯片与光器件、元宇宙、氢能')}\n` },
    {
      name: 'the province 10+X and the city 5+X are different lists',
      code: [
        '江苏省提出全省重点打造“10+X”未来产业体系，即培育发展第三代半导体、未来网络、氢能、新型储能、细胞和基因技术、合成生物、通用智能、虚拟现实、前沿新材料、零碳负碳（碳捕集利用与封存）等10个成长性未来产业。',
        '提出培育构建“5+X”未来产业体系：“5”即第三代半导体、未来网络、氢能、新型储能、合成生物5个成长型产业。',
      ].join('\n\n'),
    },
    { name: 'a composite item matches its parts (氢能与新型储能 / 氢能、新型储能)', code: '重点发展氢能与新型储能、第三代半导体、合成生物。\n\n聚焦氢能、新型储能、第三代半导体、合成生物等领域。\n' },
    {
      name: 'a member restated with more of its name is not a rename (氢能 / 氢能和核聚变能)',
      code: [
        '规划将量子科技、生物制造、氢能、脑机接口、具身智能、第六代移动通信等列为未来产业重点布局。',
        '《建议》明确将量子科技、生物制造、氢能和核聚变能、脑机接口、具身智能、第六代移动通信等列为需要“前瞻布局”的“未来产业”。',
      ].join('\n\n'),
    },
    {
      name: 'two names sharing a part do not make the 十四五 list the province list',
      code: [
        '国家“十四五”规划《纲要》提出，在类脑智能、量子信息、基因技术、未来网络、深海空天开发、氢能与储能等前沿科技和产业变革领域，谋划布局一批未来产业。',
        '培育发展第三代半导体、未来网络、氢能、新型储能、细胞和基因技术、合成生物、通用智能、虚拟现实、前沿新材料、零碳负碳等10个成长性未来产业。',
      ].join('\n\n'),
    },
    {
      name: 'lists that share a few generic nouns are not one list',
      code:
        ['承储企业应做到数量、品种、质量、地点“四落实”。', '动用方案应当包括动用储备粮的品种、数量、质量、价格、使用安排、运输保障等内容。', '重点检查储备粮的数量、质量、储存安全等方面。'].join('\n\n') + '\n',
    },
    {
      name: 'a list of verbs and agencies is not matched to an agency list',
      code: '市发展改革委、市财政局、农发行分行应当根据市场消费需求，适时调整储备粮品种结构。任何单位和个人不得拒绝、阻挠、干涉市发展改革委、市财政局等监督检查人员履行监督检查职责。\n',
    },
    { name: 'a guessed first item is not a different member (开展类脑智能 / 类脑智能)', code: '开展类脑智能、新型显示、虚拟数字人、沉浸式人机交互。\n\n重点研究类脑智能、新型显示、虚拟数字人、沉浸式人机交互。\n' },
  ],
  invalid: [
    {
      name: 'a member renamed in the restatement (量子技术 → 量子科技), with the first statement related',
      code: RENAMED,
      errors: [
        {
          message: '“量子科技”与前文列举中的“量子技术”名称不一致',
          line: 3, column: 123, endLine: 3, endColumn: 127,
          suggestions: [{ desc: '改为前文的“量子技术”', output: `${FIRST}\n\n${again(EIGHT)}\n` }],
          related: [{ message: '前文列举（8个重点领域）', line: 1, column: 86, endLine: 1, endColumn: 90 }],
        },
      ],
    },
    {
      name: 'a member the first (closed) statement did not have',
      code: `${FIRST}\n\n${again(EIGHT + '、类脑智能')}\n`,
      errors: [{ message: '与前文列举（8个重点领域）不一致：多出“类脑智能”', line: 3, column: 128, endLine: 3, endColumn: 132 }],
    },
    {
      name: 'a member missing from a closed restatement, at the restated list',
      code: `${FIRST}\n\n全市重点发展${SEVEN}。\n`,
      errors: [{ message: '与前文列举（8个重点领域）不一致：缺少“量子技术”', line: 3, column: 7, endLine: 3, endColumn: 46 }],
    },
    {
      name: 'the same count of the same noun is the same list (四大主导产业)',
      code: '我市结合电子信息、装备制造、生物医药、先进材料四大主导产业的规模优势。\n\n做强电子信息、高端纺织、新能源、绿色化工四大主导产业。\n',
      errors: [
        { messageId: 'missing', message: '与前文列举（四大主导产业）不一致：缺少“装备制造、生物医药、先进材料”', line: 3, column: 3, endLine: 3, endColumn: 21 },
        { messageId: 'extra', line: 3, column: 8, endLine: 3, endColumn: 12 },
        { messageId: 'extra', line: 3, column: 13, endLine: 3, endColumn: 16 },
        { messageId: 'extra', line: 3, column: 17, endLine: 3, endColumn: 21 },
      ],
    },
  ],
});

new RuleTester({ locale: 'en' }).run('list-inconsistent in English', rule, {
  valid: [],
  invalid: [{ code: RENAMED, errors: ['“量子科技” is named “量子技术” in the list stated earlier'] }],
});
