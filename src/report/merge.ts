import type { Finding, LintResult } from '../engine/findings.js';
import { countFindings } from '../engine/findings.js';
import type { EslintMessage, EslintResult } from './json.js';

/** Reports that cannot be merged, saying why in both languages (the command line shows one). */
export class ReportMergeError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'ReportMergeError';
  }
}

export type MergedReport = { kind: 'eslint'; results: EslintResult[] } | { kind: 'sarif'; log: SarifLog };

interface SarifRule {
  id: string;
  [key: string]: unknown;
}

interface SarifResult {
  ruleId?: string;
  ruleIndex?: number;
  locations?: { physicalLocation?: { artifactLocation?: { index?: number; uri?: string } } }[];
  [key: string]: unknown;
}

interface SarifRun {
  tool: { driver: { name: string; rules?: SarifRule[]; [key: string]: unknown }; [key: string]: unknown };
  results?: SarifResult[];
  artifacts?: { location?: { uri?: string } }[];
  [key: string]: unknown;
}

export interface SarifLog {
  version: string;
  $schema?: string;
  runs: SarifRun[];
}

function bad(file: string, zh: string, en: string): ReportMergeError {
  return new ReportMergeError(`${file}: ${zh}`, `${file}: ${en}`);
}

/**
 * Merge the reports of shard runs into one, generically on the JSON: ESLint-shaped arrays
 * (policylint's json format) are concatenated and sorted by path as one run sorts them; SARIF
 * logs have each tool's runs joined (results concatenated, rules united by id, indices remapped).
 * All inputs must be of one kind. A file reported by two shards with different findings means
 * the shards overlapped, which is an error rather than a silent double count.
 */
export function mergeReports(inputs: { file: string; text: string }[]): MergedReport {
  const parsed = inputs.map(({ file, text }) => {
    let data: unknown;
    try {
      data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (error) {
      throw bad(file, `不是有效的 JSON（${(error as Error).message}）；请用 --format json 或 sarif 生成报告`, `not valid JSON (${(error as Error).message}); produce reports with --format json or sarif`);
    }
    if (Array.isArray(data) && data.every((r) => r && typeof r === 'object' && typeof r.filePath === 'string' && Array.isArray(r.messages))) {
      return { file, kind: 'eslint' as const, data: data as EslintResult[] };
    }
    if (data && typeof data === 'object' && Array.isArray((data as SarifLog).runs) && typeof (data as SarifLog).version === 'string') {
      return { file, kind: 'sarif' as const, data: data as SarifLog };
    }
    throw bad(file, '既不是 policylint 的 json 报告（ESLint 格式的数组），也不是 SARIF 日志', 'neither a policylint json report (an ESLint-shaped array) nor a SARIF log');
  });
  const kinds = new Set(parsed.map((p) => p.kind));
  if (kinds.size > 1) {
    throw new ReportMergeError('不能把 json 报告与 SARIF 报告合并；请让各分片使用同一 --format', 'cannot merge json reports with SARIF logs; give every shard the same --format');
  }
  if (parsed[0].kind === 'eslint') {
    const byPath = new Map<string, { from: string; result: EslintResult }>();
    for (const p of parsed as { file: string; data: EslintResult[] }[]) {
      for (const r of p.data) {
        const seen = byPath.get(r.filePath);
        if (seen && JSON.stringify(seen.result.messages) !== JSON.stringify(r.messages)) {
          throw bad(p.file, `${r.filePath} 也出现在 ${seen.from} 中且结果不同：分片不应重叠`, `${r.filePath} is also in ${seen.from} with other findings: shards must not overlap`);
        }
        byPath.set(r.filePath, { from: p.file, result: r });
      }
    }
    const results = [...byPath.values()].map((v) => v.result).sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
    return { kind: 'eslint', results };
  }
  return { kind: 'sarif', log: mergeSarif(parsed.map((p) => p.data as SarifLog)) };
}

function mergeSarif(logs: SarifLog[]): SarifLog {
  const runs = new Map<string, SarifRun>();
  for (const log of logs) {
    for (const run of log.runs) {
      const name = run.tool?.driver?.name ?? '';
      const into = runs.get(name);
      if (!into) {
        runs.set(name, structuredClone(run));
        continue;
      }
      const rules = (into.tool.driver.rules ??= []);
      const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
      for (const r of run.tool.driver.rules ?? []) {
        if (!ruleIndex.has(r.id)) {
          ruleIndex.set(r.id, rules.length);
          rules.push(r);
        }
      }
      const artifactBase = into.artifacts?.length ?? 0;
      if (run.artifacts?.length) (into.artifacts ??= []).push(...run.artifacts);
      for (const result of run.results ?? []) {
        const copy = structuredClone(result);
        if (copy.ruleId !== undefined && copy.ruleIndex !== undefined) copy.ruleIndex = ruleIndex.get(copy.ruleId) ?? copy.ruleIndex;
        for (const loc of copy.locations ?? []) {
          const a = loc.physicalLocation?.artifactLocation;
          if (a && typeof a.index === 'number') a.index += artifactBase;
        }
        (into.results ??= []).push(copy);
      }
    }
  }
  return { ...logs[0], runs: [...runs.values()] };
}

/** Results in our own shape, so every formatter can print a merged report. */
export function toLintResults(results: EslintResult[]): LintResult[] {
  return results.map((r) => {
    const findings: Finding[] = r.messages.map((m: EslintMessage) => {
      const f: Finding = {
        ruleId: m.ruleId,
        severity: m.severity === 2 ? 'error' : m.info ? 'info' : 'warn',
        message: m.message,
        range: { start: 0, end: 0 },
        line: m.line,
        column: m.column,
        endLine: m.endLine ?? m.line,
        endColumn: m.endColumn ?? m.column,
      };
      if (m.messageId) f.messageId = m.messageId;
      if (m.fix) {
        f.fix = m.fix;
        f.range = { start: m.fix.range[0], end: m.fix.range[1] };
      }
      if (m.suggestions?.length) f.suggestions = m.suggestions;
      if (m.related?.length) f.related = m.related;
      if (m.fatal) f.fatal = true;
      return f;
    });
    return { filePath: r.filePath, findings, ...countFindings(findings) };
  });
}
