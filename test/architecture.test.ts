import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fg from 'fast-glob';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

// Folders follow the data: a layer may import its own and lower layers only. The command line
// (cli) and the language server (lsp) are two front ends on the same runner and configuration:
// neither imports the other.
const RANK: Record<string, number> = { schema: 0, parse: 1, model: 2, catalogue: 3, engine: 4, files: 5, report: 5, config: 6, runner: 7, cli: 8, lsp: 8 };
// Rules sit on the engine: they may read the model, catalogues and engine API, never disk or output.
const RULES_MAY_IMPORT = new Set(['schema', 'parse', 'model', 'catalogue', 'engine']);

interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
}

function edges(): Edge[] {
  const files = fg.sync(['src/**/*.ts', 'rules/**/*.ts'], { cwd: root });
  const out: Edge[] = [];
  for (const file of files) {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const m of text.matchAll(/^(import|export)\s+(type\s+)?[^'";]*?from\s+'(\.[^']+)'/gm)) {
      const target = path.normalize(path.join(path.dirname(file), m[3])).replace(/\.js$/, '.ts');
      if (!target.endsWith('.ts')) continue;
      out.push({ from: file, to: target, typeOnly: Boolean(m[2]) });
    }
  }
  return out;
}

const layerOf = (file: string) => (file.startsWith('src/') ? file.split('/')[1] : file.startsWith('rules/') ? 'rules' : 'other');

describe('architecture', () => {
  const all = edges();

  it('has import edges to check', () => {
    expect(all.length).toBeGreaterThan(50);
  });

  it('never imports upwards or across between front ends', () => {
    const upward = all.filter((e) => {
      const a = layerOf(e.from);
      const b = layerOf(e.to);
      if (a === 'rules') return b !== 'rules' && !RULES_MAY_IMPORT.has(b);
      if (!(a in RANK) || !(b in RANK)) return false;
      return RANK[b] > RANK[a] || (a !== b && RANK[b] === RANK[a] && RANK[a] === RANK.cli);
    });
    expect(upward.map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it('has no import cycles', () => {
    const graph = new Map<string, string[]>();
    for (const e of all) graph.set(e.from, [...(graph.get(e.from) ?? []), e.to]);
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (node: string, trail: string[]) => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(node)), node].join(' → '));
        return;
      }
      state.set(node, 'open');
      for (const next of graph.get(node) ?? []) visit(next, [...trail, node]);
      state.set(node, 'done');
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });

  it('keeps disk access in the outer layers', () => {
    const files = fg.sync(['src/**/*.ts', 'rules/**/*.ts'], { cwd: root });
    const touching = files.filter((f) => !['files', 'config', 'runner', 'cli'].includes(layerOf(f)) && /from 'node:fs(?:\/promises)?'/.test(readFileSync(path.join(root, f), 'utf8')));
    expect(touching).toEqual([]);
  });

  it("keeps the runner's threads and packed results private to the runner", () => {
    const reaching = all.filter((e) => e.to.startsWith('src/runner/threads/') && !e.from.startsWith('src/runner/'));
    expect(reaching.map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it('changes V8 settings in the command line\'s bin.ts alone: the library never tunes its host process', () => {
    const files = fg.sync(['src/**/*.ts', 'rules/**/*.ts'], { cwd: root });
    const tuning = files.filter((f) => /setFlagsFromString/.test(readFileSync(path.join(root, f), 'utf8')));
    expect(tuning).toEqual(['src/cli/bin.ts']);
  });
});
