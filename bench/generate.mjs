// Deterministic generator of realistic policy-Markdown drafts for benchmarks and scale tests.
// Same seed and N → byte-identical files, so runs on different machines lint the same corpus.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: tiny, fast, good enough to vary documents; Math.random cannot be seeded. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = [['苏州市', '江苏省'], ['徐州市', '江苏省'], ['南京市', '江苏省'], ['无锡市', '江苏省'], ['常州市', '江苏省'], ['杭州市', '浙江省'], ['宁波市', '浙江省'], ['合肥市', '安徽省'], ['广州市', '广东省'], ['深圳市', '广东省']];
const INDUSTRIES = ['第三代半导体', '未来网络', '氢能', '新型储能', '细胞和基因技术', '合成生物', '通用智能', '虚拟现实', '前沿新材料', '量子科技', '深海深地空天', '类人机器人', '先进核能', '生物制造', '低空经济', '商业航天', '智能网联汽车', '工业互联网', '集成电路', '生物医药'];
const TOPICS = ['加快培育发展未来产业', '推动制造业高质量发展', '促进数字经济发展', '支持科技创新', '推进新型工业化', '加快建设现代化产业体系', '优化营商环境', '促进民营经济发展壮大'];
const KINDS = ['实施意见', '行动方案', '指导意见', '实施方案', '若干措施'];
const MEASURES = ['强化创新策源', '加快成果转化', '培育市场主体', '拓展应用场景', '完善产业生态', '加大金融支持', '强化人才支撑', '优化空间布局', '深化开放合作', '健全工作机制'];
const FILLER = [
  '坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。',
  '围绕产业链部署创新链，围绕创新链布局产业链，推动创新链产业链资金链人才链深度融合，加快形成新质生产力。',
  '支持龙头企业牵头组建创新联合体，承担国家和省重大科技项目，开展关键核心技术攻关，对符合条件的项目按规定给予资金支持。',
  '鼓励各地结合资源禀赋和产业基础，差异化布局重点领域，避免同质化竞争，形成错位发展、协同联动的发展格局。',
  '建立健全重点项目清单管理制度，实行“一项目一专班”推进机制，强化要素保障，推动项目早开工、早投产、早见效。',
  '发挥政府投资基金引导作用，吸引社会资本参与，构建覆盖企业全生命周期的金融服务体系。',
  '完善人才引进、培养、使用、评价、激励机制，落实高层次人才住房、子女入学、医疗保障等服务措施。',
  '加强统计监测和运行分析，定期开展评估，及时总结推广典型经验和做法，营造良好舆论氛围。',
  '各地各部门要提高思想认识，加强组织领导，明确责任分工，细化工作举措，确保各项任务落地见效。',
];

const NUMS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const CN_COUNT = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

function pick(rand, list) { return list[Math.floor(rand() * list.length)]; }
function pickSome(rand, list, n) {
  const pool = [...list];
  const out = [];
  while (out.length < n && pool.length) out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]);
  return out;
}

/** One document of roughly `targetBytes` UTF-8 bytes, with a few planted errors. */
export function generateDocument(rand, index, targetBytes) {
  const [city, province] = pick(rand, CITIES);
  const topic = pick(rand, TOPICS);
  const kind = pick(rand, KINDS);
  const year = 2024 + Math.floor(rand() * 2);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const title = `${city}关于${topic}的${kind}`;
  const docNo = `${city.slice(0, 2)}政发〔${year}〕${1 + Math.floor(rand() * 120)}号`;
  const focus = pickSome(rand, INDUSTRIES, 4 + Math.floor(rand() * 5));
  // Planted error, now and then: the declared count disagrees with the list.
  const declared = rand() < 0.15 ? focus.length + 1 : focus.length;
  // About one draft in five carries a table of indicators (GFM); the rest are plain prose.
  const hasTable = rand() < 0.2;
  const lines = [
    '---',
    `title: ${title}`,
    `issuer: ${city}人民政府`,
    `date: ${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    `region: ${city}`,
    `province: ${province}`,
    'level: city',
    `docNumber: ${docNo}`,
    '---',
    '',
    `# ${title}`,
    '',
  ];
  // Planted error in a third of the files: the province's guidance dated ten years early.
  const citeYear = rand() < 0.33 ? 2013 : 2023;
  lines.push(`为贯彻落实《关于加快培育发展未来产业的指导意见》（苏政发〔2023〕104号），省政府于${citeYear}年11月印发该文件，结合我市实际，制定本${kind}。`, '');
  lines.push(`到${year + 3}年，重点发展${focus.join('、')}等${CN_COUNT[declared] ?? declared}个未来产业，打造具有竞争力的产业集群。`, '');
  let size = Buffer.byteLength(lines.join('\n'));
  let section = 0;
  let indicator = 0;
  while (size < targetBytes && section < NUMS.length) {
    const out = [];
    out.push(`## ${NUMS[section]}、${pick(rand, MEASURES)}`, '');
    for (let sub = 0; sub < 2 + Math.floor(rand() * 3); sub++) {
      out.push(`（${NUMS[sub]}）${pick(rand, MEASURES)}。${pick(rand, FILLER)}${pick(rand, FILLER)}`, '');
      const roll = rand();
      if (roll < 0.3 && indicator < focus.length) {
        // Each indicator gets one target, so the targets of a document never contradict each other.
        const name = focus[indicator++];
        out.push(`到${year + 3}年，全市${name}产业规模突破${100 * (1 + Math.floor(rand() * 20))}亿元，培育${name}领域骨干企业${10 + Math.floor(rand() * 90)}家。`, '');
      } else if (roll < 0.6) {
        for (let k = 0; k < 3; k++) out.push(`${k + 1}. ${pick(rand, MEASURES)}。${pick(rand, FILLER)}`);
        out.push('', `（1）${pick(rand, FILLER)}`, `（2）${pick(rand, FILLER)}`, '');
      } else if (roll < 0.7 && hasTable) {
        out.push(`| 指标 | ${year}年 | ${year + 3}年 |`, '| --- | --- | --- |');
        out.push(`| 规上工业企业数（家） | ${20 + Math.floor(rand() * 80)} | ${100 + Math.floor(rand() * 200)} |`, '');
      } else if (roll < 0.75) {
        // Planted error: full-width digits and a wave-dash range.
        out.push(`对${year}～２０３０年间新认定的企业，按规定给予一次性奖励。${pick(rand, FILLER)}`, '');
      } else {
        out.push(`${pick(rand, FILLER)}${pick(rand, FILLER)}`, '');
      }
    }
    section++;
    const text = out.join('\n');
    size += Buffer.byteLength(text) + 1;
    lines.push(text);
  }
  lines.push(`${city}人民政府`, `${year}年${month}月${day}日`, '');
  return lines.join('\n');
}

/**
 * Write N files under `dir` (sharded into sub-folders of 500, as real repositories are), sized
 * 5–40 KB with most around 10–15 KB. Returns their paths and total bytes.
 */
export function generateCorpus({ dir, count, seed = 20240101, minBytes = 5_000, maxBytes = 40_000 }) {
  const rand = seededRandom(seed);
  const files = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    // Skewed towards smaller documents: the square of a uniform draw.
    const target = Math.round(minBytes + (maxBytes - minBytes) * rand() ** 2);
    const text = generateDocument(rand, i, target);
    const sub = path.join(dir, `batch-${String(Math.floor(i / 500)).padStart(3, '0')}`);
    mkdirSync(sub, { recursive: true });
    const file = path.join(sub, `doc-${String(i).padStart(5, '0')}.md`);
    writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, count = '100', seed = '20240101'] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node bench/generate.mjs <dir> [count] [seed]');
    process.exit(2);
  }
  const { files, bytes } = generateCorpus({ dir, count: Number(count), seed: Number(seed) });
  console.log(`${files.length} files, ${(bytes / 1e6).toFixed(1)} MB in ${dir}`);
}
