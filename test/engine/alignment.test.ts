import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import { defineRule, type Rule } from '../../src/engine/rule.js';
import { resolveRules } from '../../src/engine/rule-settings.js';
import { loadShippedCatalogues } from '../../src/files/catalogues.js';
import { alignLists } from '../../src/catalogue/align.js';
import { documentPlace } from '../../src/catalogue/parent.js';
import { ruleById } from '../helpers/lint.js';

// Count the calls the engine and the alignment make, without changing what they compute.
vi.mock('../../src/catalogue/align.js', async (original) => {
  const m = await original<typeof import('../../src/catalogue/align.js')>();
  return { ...m, alignLists: vi.fn(m.alignLists) };
});
vi.mock('../../src/catalogue/parent.js', async (original) => {
  const m = await original<typeof import('../../src/catalogue/parent.js')>();
  return { ...m, documentPlace: vi.fn(m.documentPlace) };
});

const catalogues = loadShippedCatalogues();
const xuzhou = readFileSync('examples/xuzhou-interpretation.md', 'utf8');
const seen: unknown[] = [];
const reader = (id: string) =>
  defineRule({
    meta: { ...ruleById('catalogue-misquote').meta, id },
    check({ alignment }) {
      seen.push(alignment, alignment);
    },
  }) as unknown as Rule<never>;
const lint = (text: string, rules: Rule<never>[]) => lintText(text, { rules: resolveRules(rules, {}), catalogues });

beforeEach(() => {
  seen.length = 0;
  vi.mocked(alignLists).mockClear();
  vi.mocked(documentPlace).mockClear();
});

describe('context.alignment', () => {
  it('is computed once per lint, however many rules read it, and the same object for each', () => {
    lint(xuzhou, [reader('a'), reader('b')]);
    expect(alignLists).toHaveBeenCalledTimes(1);
    expect(seen).toHaveLength(4);
    for (const a of seen) expect(a).toBe(seen[0]);
    expect((seen[0] as unknown[]).length).toBeGreaterThan(0);
  });

  it('is not computed when no rule reads it', () => {
    lint(xuzhou, [ruleById('date-invalid')]);
    expect(alignLists).not.toHaveBeenCalled();
    // catalogue-unknown-item reads it only when a parent catalogue governs the document.
    lint('本市重点发展新材料、高端装备、人工智能3个领域。\n', [ruleById('catalogue-unknown-item')]);
    expect(alignLists).not.toHaveBeenCalled();
  });

  it('works out where the document stands once per alignment, not per sentence', () => {
    lint(xuzhou, [ruleById('catalogue-misquote'), ruleById('catalogue-unknown-item')]);
    expect(alignLists).toHaveBeenCalledTimes(1);
    // resolveParentCatalogue calls it inside parent.ts, which the mock does not see: this counts
    // the alignment's own calls, citations included.
    expect(documentPlace).toHaveBeenCalledTimes(1);
  });

  it('is returned as the object the rules read, computed only when read', () => {
    const out = lint(xuzhou, [reader('a')]);
    expect(out.catalogueAlignment.lists).toBe(seen[0]);
    expect(alignLists).toHaveBeenCalledTimes(1);
    const unread = lint(xuzhou, []);
    // Spreading a result (as the runner does) does not compute it either.
    const { model: _m, ...rest } = unread;
    expect(rest.findings).toEqual([]);
    expect(alignLists).toHaveBeenCalledTimes(1);
    // Read afterwards (inspect, the reports' summary), it is computed then, once.
    expect(unread.catalogueAlignment.lists).toEqual(out.catalogueAlignment.lists);
    expect(unread.catalogueAlignment.lists).toBe(unread.catalogueAlignment.lists);
    expect(alignLists).toHaveBeenCalledTimes(2);
  });

  it('answers each document with its own lists when documents alternate', () => {
    const one = '江苏省提出“10+X”产业体系，即集成电路、生物医药、新能源汽车等。\n';
    const two = '本市重点发展新材料、高端装备、人工智能3个领域。\n';
    const first = lint(one, []).catalogueAlignment.lists;
    const second = lint(two, []).catalogueAlignment.lists;
    expect(lint(one, []).catalogueAlignment.lists).toEqual(first);
    expect(lint(two, []).catalogueAlignment.lists).toEqual(second);
    expect(first.length).toBeGreaterThan(0);
    expect(second.length).toBeGreaterThan(0);
    expect(first.map((a) => a.list.items.map((i) => i.text))).not.toEqual(second.map((a) => a.list.items.map((i) => i.text)));
  });
});
