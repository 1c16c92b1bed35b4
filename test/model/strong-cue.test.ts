import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nearestStrongCue, START_ONLY_CUES, STRONG_CUES } from '../../src/model/enumerations.js';

/** The search nearestStrongCue replaces: each cue's last occurrence, found cue by cue. */
function reference(norm: string, s: number, e: number, at: (i: number) => boolean): { at: number; cue: string } {
  const lastAtOrAfter = (c: string, from: number, min: number) => {
    for (let p = Math.max(from, 0); p >= min; p--) if (norm.startsWith(c, p)) return p;
    return -1;
  };
  let best = -1;
  let bestCue = '';
  for (const c of STRONG_CUES) {
    const p = lastAtOrAfter(c, e - c.length - 2, s);
    if (p < s || !at(p) || (START_ONLY_CUES.has(c) && p !== s) || norm[p + c.length] === '的') continue;
    const end = p + c.length;
    if (end > best + bestCue.length || (end === best + bestCue.length && c.length > bestCue.length)) {
      best = p;
      bestCue = c;
    }
  }
  return { at: best, cue: bestCue };
}

describe('nearestStrongCue', () => {
  it('finds the cue nearest the items, the longer of two ending together', () => {
    const norm = '我市密切关注量子科技、人工智能';
    expect(nearestStrongCue(norm, 0, norm.indexOf('、'), () => true)).toEqual({ at: 2, cue: '密切关注' });
    expect(nearestStrongCue('重点发展的目标任务', 0, 9, () => true)).toEqual({ at: -1, cue: '' });
  });

  it('answers as a search for each cue does (random texts of cue pieces)', () => {
    const piece = fc.constantFrom(...STRONG_CUES, '的', '布局', '产业', '量', '发展', '重点', '关注', '（', '）');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.nat(), fc.nat(), fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }), (pieces, a, b, mask) => {
        const norm = pieces.join('');
        const s = a % (norm.length + 1);
        const e = s + (b % (norm.length - s + 1));
        const at = (i: number) => mask[i % mask.length];
        expect(nearestStrongCue(norm, s, e, at)).toEqual(reference(norm, s, e, at));
      }),
      { numRuns: 3000 },
    );
  });
});
