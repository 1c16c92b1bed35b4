import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRule, model, spanOf } from '../helpers/lint.js';

const TEXTS: Record<string, string> = {
  xuzhou: '../../examples/xuzhou-interpretation.md',
  suzhou: '../../examples/suzhou-news-report.md',
  beijing: '../fixtures/real/beijing-jzbf-2025-14.txt',
  guangdong: '../fixtures/real/guangdong-electronic-info-interpretation-2024.txt',
};
const read = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');

// Every count in these texts holds and no list is restated differently: the list rules must be silent.
describe('list rules on the real texts', () => {
  for (const [name, file] of Object.entries(TEXTS)) {
    for (const id of ['list-count-mismatch', 'list-inconsistent', 'list-duplicate-item']) {
      it(`${id} finds nothing in ${name}`, () => {
        expect(runRule(id, read(file))).toEqual([]);
      });
    }
  }

  it('still sees every declared count in them (so the silence is not blindness)', () => {
    const counts = (file: string) => {
      const text = read(file);
      return model(text).enumerations.filter((e) => e.declaredCount !== undefined).map((e) => [spanOf(text, { range: e.countRange! }), e.items.length]);
    };
    expect(counts(TEXTS.xuzhou)).toEqual([['10个', 10], ['两个', 2], ['5个', 5], ['8个', 8]]);
    expect(counts(TEXTS.suzhou)).toEqual([['8个', 8], ['四大', 4], ['五大', 5]]);
    expect(counts(TEXTS.beijing)).toEqual([['六种', 6]]);
    expect(counts(TEXTS.guangdong)).toEqual([['9项', 9]]);
  });
});
