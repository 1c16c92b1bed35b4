import { describe, it, expect } from 'vitest';
import { runRule, spanOf } from '../helpers/lint.js';
import { applyEdit, realFindings } from '../helpers/proofreading.js';

const ID = 'number-fullwidth-digit';

describe('number-fullwidth-digit', () => {
  it('fixes full-width digits and a full-width decimal point to ASCII', () => {
    const text = '到２０２６年，研发投入增长１．５倍。\n';
    const findings = runRule(ID, text);
    expect(findings.map((f) => spanOf(text, f))).toEqual(['２０２６', '１．５']);
    expect(findings[0].severity).toBe('error');
    expect(findings[0].column).toBe(2);
    expect(findings[0].message).toBe('全角数字「２０２６」应写作半角「2026」');
    expect(applyEdit(text, findings[1].fix)).toBe('到２０２６年，研发投入增长1.5倍。\n');
    expect(runRule(ID, '第３批\n', { locale: 'en' })[0].message).toBe('write the full-width digits “３” as “3”');
  });

  it('leaves cited titles and inline code as written', () => {
    expect(runRule(ID, '依据《２０２４年工作要点》，代码 `１２` 照录，到2026年。\n')).toEqual([]);
  });

  it('finds nothing in the real texts', () => {
    expect(realFindings(ID)).toEqual([]);
  });
});
