import { defineRule } from '../src/engine/rule.js';
import type { Enumeration, PolicyModel } from '../src/model/types.js';

// Characters either replace in partKey can remove: most parts have none, and skip both.
const PART_KEY_HINT = /[（(“”‘’「」『』"'\s]/;

/** Comparison key for an item part (parts carry text only): the same folding as EnumerationItem.key. */
function partKey(text: string): string {
  if (!PART_KEY_HINT.test(text)) return text;
  return text.replace(/[（(][^（）()]*[）)]/g, '').replace(/[“”‘’「」『』"'\s]/g, '');
}

/** The first item of a list without a cue, or the last without 等/count, may carry a verb or a tail. */
function guessed(e: Enumeration, i: number): { lead: boolean; tail: boolean } {
  return { lead: i === 0 && !!e.leadGuessed, tail: i === e.items.length - 1 && !!e.tailGuessed };
}

/** Two keys that differ only where a guessed boundary may have left extra text (开展类脑智能 / 类脑智能). */
function looseEqual(a: string, b: string, lead: boolean, tail: boolean): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 2) return false;
  return (lead && long.endsWith(short)) || (tail && long.startsWith(short));
}

interface Alignment {
  /** Members named the same way in both (equal keys, or a composite against all its parts). */
  matched: number;
  /** Items of the first statement with no counterpart (indices into a.items). */
  missing: number[];
  /** Items of the restatement with no counterpart (indices into b.items). */
  extra: number[];
}

/** Pair the items of two lists: equal keys, a composite against its parts, then guessed boundaries. */
function align(a: Enumeration, b: Enumeration): Alignment {
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  let matched = 0;
  a.items.forEach((x, i) => {
    const j = b.items.findIndex((y, k) => !usedB.has(k) && y.key === x.key);
    if (j >= 0) {
      usedA.add(i);
      usedB.add(j);
      matched++;
    }
  });
  // 氢能与新型储能 in one list, 氢能、新型储能 in the other.
  const composite = (from: Enumeration, to: Enumeration, usedFrom: Set<number>, usedTo: Set<number>) => {
    from.items.forEach((x, i) => {
      if (usedFrom.has(i) || !x.parts || x.parts.length < 2) return;
      const hits = x.parts.map((p) => to.items.findIndex((y, k) => !usedTo.has(k) && y.key === partKey(p.text)));
      if (hits.every((k) => k >= 0) && new Set(hits).size === hits.length) {
        usedFrom.add(i);
        for (const k of hits) usedTo.add(k);
        matched++;
      }
    });
  };
  composite(a, b, usedA, usedB);
  composite(b, a, usedB, usedA);
  // 氢能 against 氢能和核聚变能: one statement names more of the member. Not a rename, not a missing
  // member — but too weak to make two lists the same, so it does not count in `matched`.
  const partOf = (from: Enumeration, to: Enumeration, usedFrom: Set<number>, usedTo: Set<number>) => {
    from.items.forEach((x, i) => {
      if (usedFrom.has(i)) return;
      const k = to.items.findIndex((y, j) => !usedTo.has(j) && !!y.parts?.some((p) => partKey(p.text) === x.key));
      if (k >= 0) {
        usedFrom.add(i);
        usedTo.add(k);
      }
    });
  };
  partOf(a, b, usedA, usedB);
  partOf(b, a, usedB, usedA);
  a.items.forEach((x, i) => {
    if (usedA.has(i)) return;
    const gx = guessed(a, i);
    const j = b.items.findIndex((y, k) => {
      if (usedB.has(k)) return false;
      const gy = guessed(b, k);
      return looseEqual(x.key, y.key, gx.lead || gy.lead, gx.tail || gy.tail);
    });
    if (j >= 0) {
      usedA.add(i);
      usedB.add(j);
      matched++;
    }
  });
  // An unmatched item at a guessed boundary proves nothing: its true extent is unknown.
  const sure = (e: Enumeration, i: number) => !guessed(e, i).lead && !guessed(e, i).tail;
  return {
    matched,
    missing: a.items.map((_, i) => i).filter((i) => !usedA.has(i) && sure(a, i)),
    extra: b.items.map((_, i) => i).filter((i) => !usedB.has(i) && sure(b, i)),
  };
}

/** 重点领域 / 领域, 未来产业 / 成长性未来产业: the same final noun. */
function headsAgree(x?: string, y?: string): boolean {
  if (!x || !y) return false;
  return x === y || x.slice(-2) === y.slice(-2);
}

/**
 * Whether `b` restates the list `a`: the same part of the same “5+X” label, the same count of the
 * same noun (8个重点领域 / 八大领域), or mostly the same members. Lists labelled by different labels
 * belong to different catalogues (the province's 10+X, the city's 5+X).
 *
 * Shared members must make up most of both statements (≥ 3, and ≥ 60 % of the longer): generic nouns
 * (数量、品种、质量) and agency names recur across unrelated lists, so a few of them in common do not
 * make one list — 数量、品种、质量、地点 is not 品种、数量、质量、价格、使用安排、运输保障.
 */
function sameList(a: Enumeration, b: Enumeration, al: Alignment): boolean {
  if (al.matched === 0) return false;
  if (a.group && b.group) return a.group.label === b.group.label && a.group.part === b.group.part;
  if (a.declaredCount !== undefined && a.declaredCount === b.declaredCount && headsAgree(a.head, b.head)) return true;
  return al.matched >= 3 && al.matched >= 0.6 * Math.max(a.items.length, b.items.length);
}

/**
 * sameList's answer for any alignment that can come out of align: a match uses at least one item
 * of each list, so no more than the shorter list's length can match. Lists that cannot be the same
 * skip align, which costs more than everything else in this rule.
 */
function maySameList(a: Enumeration, b: Enumeration): boolean {
  if (a.group && b.group) return a.group.label === b.group.label && a.group.part === b.group.part;
  if (a.declaredCount !== undefined && a.declaredCount === b.declaredCount && headsAgree(a.head, b.head)) return true;
  const most = Math.min(a.items.length, b.items.length);
  return most >= 3 && most >= 0.6 * Math.max(a.items.length, b.items.length);
}

function commonPrefix(x: string, y: string): number {
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/** How a message names the first statement: 8个重点领域, or its first items. */
function describe(model: PolicyModel, e: Enumeration): string {
  if (e.countRange && e.head) {
    const count = model.text.slice(e.countRange.start, e.countRange.end);
    return count.endsWith(e.head) ? count : count + e.head;
  }
  const names = e.items.slice(0, 3).map((i) => i.text).join('、');
  return e.items.length > 3 ? names + '等' : names;
}

export default defineRule({
  meta: {
    id: 'list-inconsistent',
    category: 'list',
    severity: 'error',
    fixable: false,
    hasSuggestions: true,
    description: {
      'zh-CN': '同一列举在文中重述时，各项须与首次列举一致（不缺项、不多项、不改名）',
      en: 'A list restated later in the document must keep the same members (none missing, added or renamed)',
    },
    messages: {
      missing: {
        'zh-CN': '与前文列举（{{list}}）不一致：缺少“{{items}}”',
        en: 'inconsistent with the list stated earlier ({{list}}): “{{items}}” missing',
      },
      extra: {
        'zh-CN': '与前文列举（{{list}}）不一致：多出“{{item}}”',
        en: 'inconsistent with the list stated earlier ({{list}}): “{{item}}” was not in it',
      },
      renamed: {
        'zh-CN': '“{{item}}”与前文列举中的“{{original}}”名称不一致',
        en: '“{{item}}” is named “{{original}}” in the list stated earlier',
      },
      firstStated: {
        'zh-CN': '前文列举（{{list}}）',
        en: 'list first stated here ({{list}})',
      },
      useOriginal: {
        'zh-CN': '改为前文的“{{original}}”',
        en: 'use the earlier name “{{original}}”',
      },
    },
    docs: 'rules/list-inconsistent.md',
  },
  check({ model, report }) {
    const lists = model.enumerations;
    // Two statements of one list share a member (sameList needs a match; a loose match at a guessed
    // boundary alone is too weak to count), so only lists that share a key
    // are aligned: an index from keys to lists keeps a long document from comparing every pair.
    const keysOf = (e: Enumeration) => {
      // A loop rather than flatMap and spreads: this runs for every list of every file.
      const keys = new Set<string>();
      for (const x of e.items) {
        keys.add(x.key);
        if (x.parts) for (const p of x.parts) keys.add(partKey(p.text));
      }
      return keys;
    };
    const byKey = new Map<string, number[]>();
    lists.forEach((b, j) => {
      const keys = keysOf(b);
      const candidates = new Set<number>();
      for (const k of keys) for (const i of byKey.get(k) ?? []) candidates.add(i);
      for (const k of keys) {
        const seen = byKey.get(k);
        if (seen) seen.push(j);
        else byKey.set(k, [j]);
      }
      // Compare a restatement with the first statement of the same list only.
      let found: { a: Enumeration; al: Alignment } | undefined;
      for (const i of [...candidates].sort((x, y) => x - y)) {
        if (found) break;
        const a = lists[i];
        if (a.block === b.block && a.sentence === b.sentence) continue;
        if (!maySameList(a, b)) continue;
        const al = align(a, b);
        if (sameList(a, b, al)) found = { a, al };
      }
      if (!found) return;
      const { a, al } = found;
      const list = describe(model, a);
      const related = [{ range: a.range, messageId: 'firstStated', data: { list } }];

      // A member missing here and a new one sharing its first characters is one member renamed (量子技术 / 量子科技).
      const renamed = new Set<string>();
      for (const k of al.extra) {
        const candidates = al.missing.filter((i) => commonPrefix(a.items[i].key, b.items[k].key) >= 2);
        if (candidates.length !== 1) continue;
        const i = candidates[0];
        const rivals = al.extra.filter((x) => commonPrefix(a.items[i].key, b.items[x].key) >= 2);
        if (rivals.length !== 1) continue;
        renamed.add(`a${i}`).add(`b${k}`);
        const original = a.items[i].text;
        const item = b.items[k];
        report({
          range: item.range,
          messageId: 'renamed',
          data: { item: item.text, original },
          suggestions: [{ messageId: 'useOriginal', data: { original }, fix: { range: item.range, text: original } }],
          related: [{ range: a.items[i].range, messageId: 'firstStated', data: { list } }],
        });
      }

      // Missing members only count when the restatement claims to be whole (no open 等).
      const missing = al.missing.filter((i) => !renamed.has(`a${i}`));
      if (b.closed && missing.length) {
        report({ range: b.range, messageId: 'missing', data: { list, items: missing.map((i) => a.items[i].text).join('、') }, related });
      }
      // New members only count when the first statement was whole: an open first list names examples.
      if (a.closed) {
        for (const k of al.extra) {
          if (renamed.has(`b${k}`)) continue;
          report({ range: b.items[k].range, messageId: 'extra', data: { list, item: b.items[k].text }, related });
        }
      }
    });
  },
});
