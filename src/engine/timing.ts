import type { PhaseTimer } from '../model/build.js';

/** Milliseconds spent per phase and per rule, for one file or summed over a run (JSON-safe). */
export interface LintStats {
  /** read, parse, model:<extractor>, lint:<step>, cache, report… */
  phases: Record<string, number>;
  /** Rule id → milliseconds in its check(). */
  rules: Record<string, number>;
}

/** Collects time per phase; `rule:<id>` phases are kept apart as rule timings (ESLint's TIMING). */
export class StatsCollector implements PhaseTimer {
  readonly stats: LintStats = { phases: {}, rules: {} };

  time<T>(phase: string, fn: () => T): T {
    const start = performance.now();
    try {
      return fn();
    } finally {
      this.add(phase, performance.now() - start);
    }
  }

  add(phase: string, ms: number): void {
    if (phase.startsWith('rule:')) {
      const id = phase.slice(5);
      this.stats.rules[id] = (this.stats.rules[id] ?? 0) + ms;
    } else this.stats.phases[phase] = (this.stats.phases[phase] ?? 0) + ms;
  }
}

/** Sum several files' stats (each may be absent: a cached or unreadable file has none). */
export function sumStats(all: Iterable<LintStats | undefined>): LintStats {
  const out: LintStats = { phases: {}, rules: {} };
  for (const s of all) {
    if (!s) continue;
    for (const [k, v] of Object.entries(s.phases)) out.phases[k] = (out.phases[k] ?? 0) + v;
    for (const [k, v] of Object.entries(s.rules)) out.rules[k] = (out.rules[k] ?? 0) + v;
  }
  return out;
}

/**
 * A plain-text table of the phases and the slowest rules, slowest first, with each one's share of
 * the total, like ESLint's TIMING=1 output.
 */
export function formatStatsTable(stats: LintStats, { locale = 'zh-CN', files = 0, wallMs }: { locale?: 'zh-CN' | 'en'; files?: number; wallMs?: number } = {}): string {
  const en = locale === 'en';
  const total = Object.values(stats.phases).reduce((a, b) => a + b, 0) + Object.values(stats.rules).reduce((a, b) => a + b, 0);
  const rows: [string, number][] = [
    ...Object.entries(stats.phases).map(([k, v]): [string, number] => [k, v]),
    ...Object.entries(stats.rules).map(([k, v]): [string, number] => [`rule:${k}`, v]),
  ].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const head = [en ? 'Phase / rule' : '阶段／规则', en ? 'Time (ms)' : '耗时（毫秒）', en ? 'Relative' : '占比'];
  const body = rows.map(([name, ms]) => [name, ms.toFixed(1), total > 0 ? `${((100 * ms) / total).toFixed(1)}%` : '0.0%']);
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((r) => width(r[i]))));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c + ' '.repeat(widths[i] - width(c)) : ' '.repeat(widths[i] - width(c)) + c)).join(' | ');
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)];
  const summary = en
    ? `${files} files, ${total.toFixed(0)} ms measured${wallMs !== undefined ? `, ${wallMs.toFixed(0)} ms wall clock` : ''}`
    : `共 ${files} 个文件，计时合计 ${total.toFixed(0)} 毫秒${wallMs !== undefined ? `，实际用时 ${wallMs.toFixed(0)} 毫秒` : ''}`;
  return `${out.join('\n')}\n${summary}\n`;
}

// Han characters take two columns in a terminal.
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
