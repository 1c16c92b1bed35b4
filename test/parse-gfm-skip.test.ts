import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, parseMarkdownWithGfm } from '../src/parse/processor.js';
import { generateDocument, seededRandom } from '../bench/generate.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const realTexts = ['examples', 'test/fixtures/real'].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir)).filter((f) => /\.(md|txt)$/.test(f)).map((f) => ({ name: `${dir}/${f}`, text: readFileSync(path.join(ROOT, dir, f), 'utf8') })),
);

describe('parsing without GFM when a text cannot use it', () => {
  it('builds the same tree as the GFM parser for real texts, with and without their GFM syntax', () => {
    let withoutGfm = 0;
    for (const { name, text } of realTexts) {
      // Remove what would need GFM (links, tables, @), so the fast path is taken on real prose too.
      const plain = text.replace(/https?:\/\/\S+|www\.\S+/gi, '').replace(/[|~[@]/g, '');
      for (const t of [text, plain]) {
        expect(parseMarkdown(t), name).toEqual(parseMarkdownWithGfm(t));
      }
      if (plain !== text) withoutGfm++;
    }
    expect(withoutGfm).toBeGreaterThan(0);
  });

  it('builds the same tree for generated drafts, and still parses tables, links and strikethrough', () => {
    const rand = seededRandom(11);
    for (let i = 0; i < 20; i++) {
      const text = generateDocument(rand, i, 3000);
      expect(parseMarkdown(text)).toEqual(parseMarkdownWithGfm(text));
    }
    const tree = parseMarkdown('| 指标 | 2025年 |\n| --- | --- |\n| 产值 | 100 |\n\n见 www.gov.cn ，此处 ~~删除~~ 文字。\n');
    expect(tree.children.map((n) => n.type)).toEqual(['table', 'paragraph']);
    expect(JSON.stringify(tree)).toContain('"type":"delete"');
    expect(JSON.stringify(tree)).toContain('"type":"link"');
  });

  it('parses a one-column table, whose delimiter row needs no pipe, with GFM', () => {
    for (const text of ['政策\n:-\n', '政策\n--:\n内容\n', '# 标题\n\n政策\n  :-:\n']) {
      const tree = parseMarkdown(text);
      expect(tree, text).toEqual(parseMarkdownWithGfm(text));
      expect(tree.children.map((n) => n.type), text).toContain('table');
    }
    // A setext underline or a thematic break is no delimiter row.
    expect(parseMarkdown('政策\n---\n').children.map((n) => n.type)).toEqual(['heading']);
  });
});
