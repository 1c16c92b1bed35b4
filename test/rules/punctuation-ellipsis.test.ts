import { describe, it, expect } from 'vitest';
import { runRule, spanOf } from '../helpers/lint.js';
import { applyEdit, realFindings } from '../helpers/proofreading.js';

const ID = 'punctuation-ellipsis';

describe('punctuation-ellipsis', () => {
  it('fixes ..., 。。。 and a single … to ……', () => {
    const text = '发展人工智能...推进量子科技。。。建设未来网络…等领域。\n';
    const findings = runRule(ID, text);
    expect(findings.map((f) => spanOf(text, f))).toEqual(['...', '。。。', '…']);
    expect(findings[0].column).toBe(7);
    expect(findings[0].message).toBe('省略号应写作「……」，不写「...」');
    expect(applyEdit(text, findings[1].fix)).toBe('发展人工智能...推进量子科技……建设未来网络…等领域。\n');
  });

  it('speaks English and leaves Latin text, code and the correct form alone', () => {
    const [f] = runRule(ID, '推进...\n', { locale: 'en' });
    expect(f.message).toBe('write the ellipsis as “……”, not “...”');
    expect(runRule(ID, '发展人工智能……等领域。Wait... what… 代码 `a...b` 照录。\n')).toEqual([]);
  });

  it('finds nothing in the real texts', () => {
    expect(realFindings(ID)).toEqual([]);
  });
});
