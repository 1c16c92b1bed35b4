import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { fixText } from '../../src/engine/fix.js';
import { lintText } from '../../src/engine/lint.js';
import { resolveRules } from '../../src/engine/rule-settings.js';
import { builtinRules } from '../../rules/index.js';

/*
 * Documents built from sentences of real 公文 (the Xuzhou, Beijing and Guangdong texts) with
 * errors planted in generated 文号, dates, weekdays, year spans and titles. Three properties:
 * fixing is idempotent, it converges (nothing fixable is left, nothing is dropped), and every
 * changed character lies inside a fix range the first lint reported: the rest is byte-identical.
 */
const rules = resolveRules(builtinRules);

const REAL = [
  '国家“十四五”规划《纲要》提出，在类脑智能、量子信息、基因技术、未来网络、深海空天开发、氢能与储能等前沿科技和产业变革领域，组织实施未来产业孵化与加速计划，谋划布局一批未来产业。',
  '为贯彻落实党的二十届三中全会关于“建立未来产业投入增长机制”的决策部署，把握未来产业成长规律和发展需要，特制定本措施。',
  '各区人民政府，市政府各委、办、局，各市属机构：',
  '结合我省新一代电子信息产业集群发展情况，对行动计划进行了修订。',
  '请结合实际认真贯彻落实。',
  '到2026年，全市未来产业创新平台达到30家以上。',
];
const CODES = ['国发', '国办发', '苏政发', '徐政办发', '京政办发', '粤发'];
// Markdown escapes (\\[ \\]) are how an editor saves a literal [ ]; the fix must take the backslash too.
const BRACKETS: [string, string][] = [['〔', '〕'], ['[', ']'], ['\\[', '\\]'], ['（', '）'], ['(', ')'], ['【', '】'], ['［', '］']];
const TITLES = ['关于加快培育发展未来产业的指导意见', '北京市建立未来产业投入增长机制 促进未来产业发展的若干措施', '关于高质量建设制造强省的意见'];

const docNumber = fc.record({
  code: fc.constantFrom(...CODES),
  year: fc.integer({ min: 2000, max: 2025 }),
  brackets: fc.constantFrom(...BRACKETS),
  serial: fc.integer({ min: 1, max: 150 }),
  serialStyle: fc.constantFrom('', '第', '0', '第0'),
}).map(({ code, year, brackets: [o, c], serial, serialStyle }) => `${code}${o}${year}${c}${serialStyle}${serial}号`);

const citation = fc.record({
  title: fc.constantFrom(...TITLES),
  nested: fc.boolean(),
  dn: docNumber,
  parens: fc.constantFrom<[string, string]>(['（', '）'], ['(', ')'], ['（', ')'], ['\\(', '\\)']),
}).map(({ title, nested, dn, parens: [o, c] }) => `依据《${nested ? `关于印发《${title}》的通知` : title}》${o}${dn}${c}，结合实际，制定本方案。`);

const meeting = fc.record({
  date: fc.date({ min: new Date(Date.UTC(2015, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true }),
  pad: fc.boolean(),
  weekdayShift: fc.integer({ min: 0, max: 6 }),
  style: fc.constantFrom('（星期{}）', '（周{}）', '(星期{})', ''),
  bold: fc.boolean(),
}).map(({ date, pad, weekdayShift, style, bold }) => {
  const y = date.getUTCFullYear();
  const p = (n: number) => (pad ? String(n).padStart(2, '0') : String(n));
  const w = '日一二三四五六'[(date.getUTCDay() + weekdayShift) % 7];
  const day = `${y}年${p(date.getUTCMonth() + 1)}月${p(date.getUTCDate())}日`;
  return `推进会定于${bold ? `**${day}**` : day}${style.replace('{}', w)}召开。`;
});

const span = fc.record({ from: fc.integer({ min: 2016, max: 2028 }), len: fc.integer({ min: 1, max: 5 }), dash: fc.constantFrom('-', '—', '－', '–', '至') })
  .map(({ from, len, dash }) => `本方案实施期为${from}${dash}${from + len}年。`);

const sentence = fc.oneof(fc.constantFrom(...REAL), citation, meeting, span);
const documentText = fc.record({
  paragraphs: fc.array(fc.array(sentence, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }),
  crlf: fc.boolean(),
  signed: fc.constantFrom('', '\n\n徐州市人民政府\n\n二〇二四年一月八日\n', '\n\n徐州市人民政府\n\n2024年01月08日\n'),
}).map(({ paragraphs, crlf, signed }) => {
  const text = `# 关于印发行动方案的通知\n\n${paragraphs.map((p) => p.join('')).join('\n\n')}\n${signed}`;
  return crlf ? text.replace(/\n/g, '\r\n') : text;
});

/** Merge overlapping or touching ranges. */
function merge(ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([...r]);
  }
  return out;
}

// FC_RUNS=2000 runs more cases (1,500 each passed when written); CI runs the default 80.
describe('fix properties on generated 公文', () => {
  it('fix(fix(x)) = fix(x), and nothing fixable is left or dropped', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const once = fixText(text, { rules });
        expect(once.notices).toEqual([]);
        expect(once.lint.findings.filter((f) => f.fix)).toEqual([]);
        const twice = fixText(once.output, { rules });
        expect(twice.output).toBe(once.output);
        expect(twice.fixed).toBe(false);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 80) },
    );
  });

  it('changes only text inside the fix ranges first reported; the rest is identical', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const ranges = merge(lintText(text, { rules }).findings.filter((f) => f.fix).map((f) => f.fix!.range));
        const { output } = fixText(text, { rules });
        // The text between the ranges must appear in the output, in order, with only the ranges' replacements between.
        let at = 0;
        let prev: [number, number] = [0, 0];
        for (const [start, end] of [...ranges, [text.length, text.length] as [number, number]]) {
          const outside = text.slice(prev[1], start);
          const found = prev[1] === 0 ? (output.startsWith(outside) ? 0 : -1) : output.indexOf(outside, at);
          expect(found, `text before offset ${start} kept`).toBeGreaterThanOrEqual(0);
          // What replaced the previous range is no longer than it plus a mark or two: the fixes swap or drop marks.
          expect(found - at).toBeLessThanOrEqual(prev[1] - prev[0] + 2);
          at = found + outside.length;
          prev = [start, end];
        }
        expect(at).toBe(output.length);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 80) },
    );
  });
});
