import { describe, expect, it } from 'vitest';
import { lastCall } from '../../src/catalogue/last-call.js';
import { alignLists } from '../../src/catalogue/align.js';
import { loadShippedCatalogues } from '../../src/files/catalogues.js';
import { model } from '../helpers/lint.js';

describe('lastCall', () => {
  it('computes once for the same argument and anew for another, also when arguments alternate', () => {
    const calls: string[] = [];
    const derive = lastCall((o: { name: string }) => {
      calls.push(o.name);
      return { of: o.name };
    });
    const a = { name: 'a' };
    const b = { name: 'b' };
    const first = derive(a);
    expect(derive(a)).toBe(first);
    expect(derive(b)).toEqual({ of: 'b' });
    expect(derive(a)).toEqual({ of: 'a' });
    expect(derive(a)).not.toBe(first);
    expect(calls).toEqual(['a', 'b', 'a']);
  });

  it('does not remember a call that threw', () => {
    let fail = true;
    const f = lastCall((o: { n: number }) => {
      if (fail) throw new Error('no');
      return o.n * 2;
    });
    const arg = { n: 2 };
    expect(() => f(arg)).toThrow('no');
    fail = false;
    expect(f(arg)).toBe(4);
  });
});

describe('alignLists per model', () => {
  it('answers each model with its own lists when models alternate', () => {
    const set = loadShippedCatalogues();
    const one = model('江苏省提出“10+X”产业体系，即集成电路、生物医药、新能源汽车等。\n');
    const two = model('本市重点发展新材料、高端装备、人工智能3个领域。\n');
    const first = alignLists(one, set, undefined);
    const second = alignLists(two, set, undefined);
    expect(alignLists(one, set, undefined)).toEqual(first);
    expect(alignLists(two, set, undefined)).toEqual(second);
    // Asked again about the same model, the same answer object: computed once.
    expect(alignLists(two, set, undefined)).toBe(alignLists(two, set, undefined));
    expect(first.length).toBeGreaterThan(0);
    expect(second.length).toBeGreaterThan(0);
    expect(first.map((a) => a.list.items.map((i) => i.text))).not.toEqual(second.map((a) => a.list.items.map((i) => i.text)));
  });
});
