import { describe, it, expect } from 'vitest';
import { runRule, spanOf } from '../helpers/lint.js';
import { applyEdit, realFindings } from '../helpers/proofreading.js';

const ID = 'punctuation-dash';

describe('punctuation-dash', () => {
  it('fixes -- between Chinese words to ——', () => {
    const text = '其他事项另行通知--请各单位做好准备。\n';
    const [f, ...rest] = runRule(ID, text);
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('--');
    expect(f.column).toBe(9);
    expect(f.message).toBe('破折号应写作「——」，不写「--」');
    expect(applyEdit(text, f.fix)).toBe('其他事项另行通知——请各单位做好准备。\n');
    expect(runRule(ID, '通知－－请\n', { locale: 'en' })[0].message).toBe('write the dash as “——”, not “－－”');
  });

  it('accepts ——, the connecting dash — and hyphens in Latin text or numbers', () => {
    expect(runRule(ID, '实现“科学发现——技术发明”，推进量子—电子协同，2024—2026年，a--b 与 0512-68612345。\n')).toEqual([]);
  });

  it('finds nothing in the real texts', () => {
    expect(realFindings(ID)).toEqual([]);
  });
});
