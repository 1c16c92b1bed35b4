import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRule, spanOf } from '../helpers/lint.js';
import { fixWith } from '../helpers/fix.js';

const ID = 'date-range-dash';

describe(ID, () => {
  it('flags a hyphen between two years and replaces only the connector', () => {
    const text = '本方案实施期为2024-2026年。';
    const [f, ...rest] = runRule(ID, text);
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('2024-2026年');
    expect(f.severity).toBe('warn');
    expect(f.message).toBe('年份起止“2024-2026年”应使用一字线“—”连接');
    expect(runRule(ID, text, { locale: 'en' })[0].message).toBe('join the years in “2024-2026年” with an em dash —');
    expect(fixWith(ID, text)).toBe('本方案实施期为2024—2026年。');
  });

  it('fixes －, –, -- and 2024年-2026年', () => {
    expect(fixWith(ID, '2024－2026年')).toBe('2024—2026年');
    expect(fixWith(ID, '2024–2026年')).toBe('2024—2026年');
    expect(fixWith(ID, '2024--2026年')).toBe('2024—2026年');
    expect(fixWith(ID, '2024年-2026年')).toBe('2024年—2026年');
    expect(fixWith(ID, '2024\\-2026年')).toBe('2024—2026年');
  });

  it('leaves titles as issued, the em dash, 至, ～, and non-year numbers alone', () => {
    expect(runRule(ID, '《广东省发展新一代电子信息战略性支柱产业集群行动计划(2021-2025年)》')).toEqual([]);
    expect(runRule(ID, '2024—2026年、2024至2026年、2024～2026年、索引号2024-00039、2024-03-05')).toEqual([]);
    for (const f of ['test/fixtures/real/guangdong-electronic-info-interpretation-2024.txt', 'examples/xuzhou-interpretation.md', 'test/fixtures/real/xuzhou-interpretation-page.txt']) expect(runRule(ID, readFileSync(f, 'utf8')), f).toEqual([]);
  });
});
