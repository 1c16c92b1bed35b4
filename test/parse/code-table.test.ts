import { describe, expect, it } from 'vitest';
import { codeTable } from '../../src/parse/code-table.js';

describe('codeTable', () => {
  it('marks exactly the given characters by UTF-16 code', () => {
    const table = codeTable('，。');
    expect(table[0xff0c]).toBe(1);
    expect(table['。'.charCodeAt(0)]).toBe(1);
    expect(table['、'.charCodeAt(0)]).toBe(0);
    expect(table.reduce((a, b) => a + b, 0)).toBe(2);
  });
});
