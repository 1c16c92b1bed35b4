import { describe, it, expect } from 'vitest';
import { innerSource, withEscape } from '../../src/parse/escapes.js';

describe('Markdown escapes around marks a fix replaces', () => {
  it('widens a range over the backslash that escapes its first mark', () => {
    const text = '国发\\[2021\\]29号';
    expect(withEscape(text, { start: 3, end: 10 })).toEqual({ start: 2, end: 10 });
    expect(innerSource(text, 4, 9)).toBe('2021');
  });

  it('leaves an escaped backslash (\\\\[) and an unescaped mark alone', () => {
    expect(withEscape('国发\\\\[2021]', { start: 4, end: 10 })).toEqual({ start: 4, end: 10 });
    expect(withEscape('国发[2021]', { start: 2, end: 8 })).toEqual({ start: 2, end: 8 });
    expect(innerSource('(国发\\\\)', 1, 5)).toBe('国发\\\\');
  });
});
