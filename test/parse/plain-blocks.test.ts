import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planBlocks, type BlockPlan } from '../../src/parse/block-plan.js';
import { parseMarkdown, parseMarkdownWithRemark } from '../../src/parse/processor.js';
import { generateDocument, seededRandom } from '../../bench/generate.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
// The shared folder sits next to the main checkout (../shared from it); a worktree is one level deeper.
const SHARED = [path.resolve(ROOT, '../shared'), path.resolve(ROOT, '../../shared')].find((dir) => existsSync(dir));
const REAL_DIRS = [path.join(ROOT, 'examples'), path.join(ROOT, 'test/fixtures/real'), ...(SHARED ? [path.join(SHARED, 'seeds'), path.join(SHARED, 'corpus')] : [])];

function readTexts(dir: string) {
  return readdirSync(dir)
    .filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md')
    .map((f) => ({ name: path.relative(ROOT, path.join(dir, f)), text: readFileSync(path.join(dir, f), 'utf8') }));
}

/** Characters of the text that the plan builds directly (front matter and plain blocks). */
function plainChars(plan: BlockPlan | null): number {
  if (!plan) return 0;
  let chars = plan.frontMatterEnd < 0 ? 0 : plan.lineStarts[plan.frontMatterEnd] + plan.lines[plan.frontMatterEnd].length;
  for (const block of plan.blocks) {
    if (block.plain !== null) chars += plan!.lineStarts[block.last] + plan!.lines[block.last].length - plan!.lineStarts[block.first];
  }
  return chars;
}

function expectSameTree(text: string, name?: string) {
  expect(parseMarkdown(text), name).toStrictEqual(parseMarkdownWithRemark(text));
}

describe('building plain blocks without micromark', () => {
  it('builds the tree remark builds for every real text, also with the syntax that keeps blocks from the fast path removed and with blank lines between all lines', () => {
    const texts = REAL_DIRS.flatMap(readTexts);
    expect(texts.length).toBeGreaterThanOrEqual(SHARED ? 10 : 6);
    let fast = 0;
    let chars = 0;
    for (const { name, text } of texts) {
      const stripped = text.replace(/https?:\/\/\S+|www\.\S+/gi, '').replace(/[|~[\]@<>*_`\\&!]/g, '');
      const spaced = stripped.replace(/\n/g, '\n\n');
      for (const variant of [text, stripped, spaced]) {
        expectSameTree(variant, name);
        fast += plainChars(planBlocks(variant));
        chars += variant.length;
      }
    }
    // Most of the stripped and spaced variants takes the fast path.
    expect(fast / chars).toBeGreaterThan(0.5);
  });

  it('builds the tree remark builds for generated drafts, most of them directly', () => {
    const rand = seededRandom(20240101);
    let fast = 0;
    let chars = 0;
    for (let i = 0; i < 300; i++) {
      const text = generateDocument(rand, i, 2000 + Math.floor(rand() * 20000));
      expectSameTree(text, `draft ${i}`);
      fast += plainChars(planBlocks(text));
      chars += text.length;
    }
    expect(fast / chars).toBeGreaterThan(0.9);
  });

  it('builds headings, paragraphs and lists of one-line items directly, with exact positions', () => {
    const text = '# 标题\n\n为贯彻落实，\n制定本方案。\n## 一、目标\n\n1. 强化创新。\n2. 加快转化。\n\n段落\n\n- 甲\n- 乙\n\n+ 丙\n\n## 二\n1) 丁\n\n2) 戊\n  \n\n3) 己\n\n（一）完\n';
    const plan = planBlocks(text)!;
    expect(plan.blocks.map((b) => b.plain !== null)).toEqual([true, true, true, true, true, true, true, true]);
    expectSameTree(text);
    const tree = parseMarkdown(text);
    expect(tree.children.map((n) => n.type)).toEqual(['heading', 'paragraph', 'heading', 'list', 'paragraph', 'list', 'list', 'heading', 'list', 'paragraph']);
    expect(tree.children.filter((n) => n.type === 'list').map((n) => [n.spread, n.children.length])).toEqual([[false, 2], [false, 2], [false, 1], [true, 3]]);
  });

  it('builds front matter directly unless it begins or ends with a blank line', () => {
    for (const text of ['---\ntitle: 标题\n\nlevel: city \n---  \n- 甲\n\n段', '---\na: 1\n---']) {
      expect(planBlocks(text)!.frontMatterEnd).toBeGreaterThan(0);
      expectSameTree(text);
    }
    for (const text of ['---\n\na: 1\n---\n段', '---\na: 1\n  \n---\n段', '---\n---\n段']) {
      expect(planBlocks(text)!.frontMatterEnd).toBe(-1);
      expectSameTree(text);
    }
  });

  // Each of these reaches across a blank line or could change meaning in a region of its own.
  it.each([
    ['a loose list', '1. 甲\n\n2. 乙\n'],
    ['a loose list continued by an indented line', '段\n\n1. 甲\n\n2. 乙\n\n   续\n\n段'],
    ['a loose list after a region', '段\n\n- `甲`\n\n- 乙\n\n- 丙\n\n段'],
    ['a list continued by an indented paragraph', '1. 甲\n\n   续\n\n段落'],
    ['a list after front matter', '---\na: 1\n---\n- 甲\n\n段'],
    ['a list next to a list with another marker', '- 甲\n\n+ 乙\n\n1) 丙\n\n2. 丁'],
    ['a lazy continuation line', '- 甲\n续\n\n段'],
    ['a list after a paragraph line', '段\n1. 甲\n\n段'],
    ['a setext heading', '标题\n===\n\n段\n---\n\n段'],
    ['a thematic break that looks like front matter', '段\n\n---\n\n段\n\n---\n\n段'],
    ['a heading with a closing sequence', '# 标题 #\n\n段'],
    ['a definition used in another region', '段\n\n见[甲]。\n\n段\n\n[甲]: /url\n'],
    ['a fenced code block with blank lines', '段\n\n```\n# 甲\n\n段\n```\n\n段'],
    ['an HTML comment with blank lines', '段\n\n<!--\n\n段\n\n-->\n段'],
    ['a footnote', '段[^1]。\n\n段\n\n[^1]: 注\n\n    续'],
    ['CRLF line endings', '# 标题\r\n\r\n段\r\n'],
    ['a table between paragraphs', '段\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n段'],
    ['a GFM table without pipes, GFM being used elsewhere', '---\na: [1]\n---\n政策\n-:\n\n政策\n:-\n\n政策'],
    ['a paragraph indented by full-width spaces', '　　为贯彻落实\n\n段　\n\n# 　标题'],
  ])('builds the tree remark builds next to %s', (_name, text) => {
    expectSameTree(text);
  });

  it('builds the tree remark builds for documents of almost plain lines', () => {
    // Mostly lines that pass the plain tests, with every kind of near miss mixed in.
    const safe = fc.constantFrom('政策', '产业', '到2027年', '，', '。', '“10+X”', 'AI', '（一）', '3', '.', ')', ':', 'a b', '中-间', 'x#y', '1+1=2');
    const risky = fc.constantFrom(' ', '  ', '\t', '　', '\u00a0', '#', ' #', '-', '1.', '1)', '=', '+', '>');
    const prose = fc.array(fc.oneof({ weight: 15, arbitrary: safe }, { weight: 1, arbitrary: risky }), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
    const plainPrefix = fc.constantFrom('', '', '', '', '# ', '## ', '###### ', '- ', '+ ', '1. ', '1. ', '2. ', '1) ', '12. ');
    const prefix = fc.constantFrom('####### ', '#', '#  ', '0. ', '1234567890. ', '  ', '   ', '    ', '\t', '> ', '* ', '=', '---', '1.', '-', '- - ', '1. - ', '- # ', '-  ', '1.  ', '- 1. ');
    const suffix = fc.constantFrom(' #', '#', ' ', '  ', '\t', '\\', '　', ' ##', '\u00a0');
    const odd = fc.constantFrom('`x`', '```', '~~~', '~~删~~', '|', '| a | b |', '| --- | --- |', '[链接](http://a.cn)', '[^1]', '[^1]: 注', '[a]: /u', '[a]', '<div>', '<!-- c -->', '&amp;', '&', '!', '@', 'a@b.cn', 'www.gov.cn', 'https://gov.cn/中文', '\\*', '**重点，**是', '_x_', '\r', '\u0000', '\uFEFF', '\f', '---', '***', '===');
    const plainLine = fc.tuple(fc.constantFrom('', '', '', '# ', '## ', '###### '), prose).map((parts) => parts.join(''));
    const nearMiss = fc.oneof(
      fc.tuple(prefix, prose).map((parts) => parts.join('')),
      fc.tuple(plainPrefix, prose, suffix).map((parts) => parts.join('')),
      fc.tuple(plainPrefix, prose, odd, prose).map((parts) => parts.join('')),
      fc.constantFrom('', '  ', '\t', '---', '===', '- ', '1.', '   续', '  - 甲', '   1. 甲', '-:', ':-', ':-:', '--', ':'),
    );
    // Groups shaped like a draft's blocks (paragraphs with headings, lists with one marker) or not.
    const paragraphs = fc.array(plainLine, { minLength: 1, maxLength: 5 });
    const list = fc
      .tuple(fc.constantFrom('- ', '+ ', '.', ')'), fc.nat(3), fc.array(fc.tuple(plainPrefix, prose), { minLength: 1, maxLength: 5 }))
      .map(([marker, start, items]) => items.map(([, text], i) => (marker.length === 1 ? `${start + i}${marker} ` : marker) + text));
    const headedList = fc.tuple(plainLine, list).map(([heading, items]) => [heading, ...items]);
    const group = fc.oneof(
      { weight: 6, arbitrary: paragraphs },
      { weight: 3, arbitrary: list },
      { weight: 1, arbitrary: headedList },
      { weight: 1, arbitrary: fc.array(fc.oneof(plainLine, nearMiss), { minLength: 1, maxLength: 4 }) },
      { weight: 1, arbitrary: fc.tuple(paragraphs, nearMiss, fc.nat(5)).map(([lines, miss, at]) => lines.toSpliced(at % (lines.length + 1), 0, miss)) },
    );
    const gap = fc.constantFrom('\n\n', '\n\n', '\n\n', '\n\n\n', '\n  \n', '\n');
    const frontMatter = fc.oneof(
      fc.constantFrom('', '', '---\n', '---\n---\n段\n', '---\n\n---\n', '---\n \n---\n', '---\n\na: 1\n---\n', '---\na: 1\n\n---\n', '---\na: 1\n \n---\n', '----\na: 1\n---\n', '---\na: 1\n ---\n----\n'),
      fc
        .tuple(fc.constantFrom('---', '---  ', '---\t'), fc.array(fc.constantFrom('title: 测试', 'a: 1  ', '', ' ', '- 甲', '# 乙', '  b: [1, 2]', '---x', '...'), { minLength: 1, maxLength: 5 }), fc.constantFrom('---', '--- ', '---\t '), fc.constantFrom('\n', '\n\n', '', '\n- 甲\n'))
        .map(([open, body, close, after]) => [open, ...body, close].join('\n') + after),
    );
    const document = fc
      .tuple(frontMatter, fc.array(fc.tuple(group, gap), { maxLength: 12 }), fc.constantFrom('\n', '\n', '\n', '\n', '\n', '\r\n'), fc.constantFrom('', '\n', '\n\n', '  '))
      .map(([head, groups, eol, tail]) => (head + groups.map(([lines, after]) => lines.join('\n') + after).join('')).replaceAll('\n', eol) + tail);
    let mixed = 0;
    let fast = 0;
    fc.assert(
      fc.property(document, (text) => {
        expectSameTree(text);
        const plan = planBlocks(text);
        if (plainChars(plan) > 0) {
          fast++;
          if (plan!.blocks.some((b) => b.plain === null)) mixed++;
        }
      }),
      { numRuns: 3000 },
    );
    // Not vacuous: many documents mix plain blocks and regions parsed by remark.
    expect(fast).toBeGreaterThan(1000);
    expect(mixed).toBeGreaterThan(500);
  });
});
