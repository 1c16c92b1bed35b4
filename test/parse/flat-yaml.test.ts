import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isMap, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import { readFlatMapping } from '../../src/parse/flat-yaml.js';

/** What the YAML parser makes of the text, in readFlatMapping's terms (undefined: not a flat mapping). */
function viaYaml(text: string) {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length || !isMap(doc.contents)) return undefined;
  return {
    data: doc.toJS() as Record<string, unknown>,
    entries: doc.contents.items.map((pair) => ({
      key: isScalar(pair.key) ? String(pair.key.value) : String(pair.key),
      keyRange: (pair.key as YamlNode).range!.slice(0, 2),
      valueRange: (pair.value as YamlNode | null)?.range?.slice(0, 2),
    })),
  };
}

describe('readFlatMapping', () => {
  it('reads the usual front matter as the YAML parser does', () => {
    const text = 'title: 无锡市关于加快培育发展未来产业的行动方案\nissuer: 无锡市人民政府\ndate: 2024-04-11\nlevel: city\ndocNumber: 无锡政发〔2024〕93号\n标题: 方案  二';
    const flat = readFlatMapping(text);
    expect(flat?.map((e) => e.key)).toEqual(['title', 'issuer', 'date', 'level', 'docNumber', '标题']);
    expect(readFlatMapping('source: https://www.gov.cn/a#b')?.[0].value).toBe('https://www.gov.cn/a#b');
    expect(readFlatMapping('title: 2030年未来产业总产值破5000亿')?.[0].value).toBe('2030年未来产业总产值破5000亿');
    const yaml = viaYaml(text)!;
    expect(Object.fromEntries(flat!.map((e) => [e.key, e.value]))).toEqual(yaml.data);
    expect(flat!.map(({ key, keyRange, valueRange }) => ({ key, keyRange, valueRange }))).toEqual(yaml.entries);
  });

  it.each([
    ['a number', 'count: 12'],
    ['a float', 'count: 1.5e3'],
    ['a boolean', 'draft: true'],
    ['a null', 'date: ~'],
    ['an empty value', 'date:'],
    ['a comment', 'title: 方案 # 草稿'],
    ['a quoted string', 'title: "方案"'],
    ['a list', 'tags:\n  - a'],
    ['a duplicate key', 'title: a\ntitle: b'],
    ['a nested colon', 'title: a: b'],
    ['a final colon', 'title: a:'],
    ['a trailing blank line', 'title: a\n'],
    ['a carriage return', 'title: a\r\nissuer: b'],
  ])('leaves %s to the YAML parser', (_what, text) => {
    expect(readFlatMapping(text)).toBeUndefined();
  });

  it('never disagrees with the YAML parser (random mappings of tricky characters)', () => {
    const key = fc.constantFrom('title', 'date', 'level', 'x1', 'a_b', 'true', 'null', 'Null', '标题', '文号', 'on', 'no', '1', '-a');
    const tail = fc
      .array(fc.constantFrom('方', '〔', '〕', '2', '0', '-', '.', '+', 'e', 'x', 'a', 'n', ' ', '  ', '\u3000', '\u00a0', ':', '#', '"', "'", '[', ']', '{', '}', ',', '&', '*', '!', '|', '>', '%', '@', '`', '?', '~', '\t', 'https://a.b', ' #c', 'a#b', 'true', 'null', '.inf', '0x1', '2024-04-11', '\\'), { maxLength: 8 })
      .map((parts) => parts.join(''));
    // Mostly values that start like a name, so that many pass the fast path's first checks.
    const value = fc.oneof({ arbitrary: fc.tuple(fc.constantFrom('方', 'a', '国', 'x', 'N'), tail).map(([a, b]) => a + b), weight: 3 }, { arbitrary: tail, weight: 1 });
    const sep = fc.oneof({ arbitrary: fc.constant(': '), weight: 4 }, { arbitrary: fc.constantFrom(':  ', ':', ' : '), weight: 1 });
    const line = fc.tuple(key, sep, value).map(([k, sep, v]) => k + sep + v);
    let compared = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
        const text = lines.join('\n');
        const flat = readFlatMapping(text);
        if (!flat) return;
        compared++;
        const yaml = viaYaml(text);
        expect(yaml).toBeDefined();
        expect(Object.fromEntries(flat.map((e) => [e.key, e.value]))).toEqual(yaml!.data);
        expect(flat.map(({ key: k, keyRange, valueRange }) => ({ key: k, keyRange, valueRange }))).toEqual(yaml!.entries);
      }),
      { numRuns: 5000 },
    );
    // The generator must reach the fast path often enough for the comparison to mean something.
    expect(compared).toBeGreaterThan(200);
  });
});
