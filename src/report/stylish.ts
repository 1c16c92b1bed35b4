import path from 'node:path';
import pc from 'picocolors';
import type { Finding, LintResult } from '../engine/findings.js';
import type { Locale } from '../engine/rule.js';

/**
 * Columns a string takes in a terminal: East Asian wide and full-width characters (汉字, 、。
 * “（）” in their full-width forms) take two, combining marks none. Ambiguous-width characters
 * (“ ” ‘ ’ …) count as one, as most terminals draw them outside CJK legacy locales.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 || (c >= 0x7f && c < 0xa0)) continue;
    if ((c >= 0x300 && c <= 0x36f) || c === 0x200b || c === 0x200d || (c >= 0xfe00 && c <= 0xfe0f)) continue;
    width += isWide(c) ? 2 : 1;
  }
  return width;
}

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0x303e) ||
    (c >= 0x3041 && c <= 0x33ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xa000 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x1f300 && c <= 0x1f64f) ||
    (c >= 0x1f900 && c <= 0x1f9ff) ||
    (c >= 0x20000 && c <= 0x3fffd)
  );
}

function padEndWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

const SEVERITY_LABEL: Record<Finding['severity'], string> = { error: 'error', warn: 'warning', info: 'info' };

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function summaryLine(counts: { errorCount: number; warningCount: number; infoCount: number }, locale: Locale): string {
  const { errorCount: e, warningCount: w, infoCount: i } = counts;
  const total = e + w + i;
  if (locale === 'en') {
    const parts = [plural(e, 'error', 'errors'), plural(w, 'warning', 'warnings')];
    if (i) parts.push(plural(i, 'info', 'infos'));
    return `${plural(total, 'problem', 'problems')} (${parts.join(', ')})`;
  }
  const parts = [`${e} 个错误`, `${w} 个警告`];
  if (i) parts.push(`${i} 条提示`);
  return `共 ${total} 个问题（${parts.join('，')}）`;
}

/**
 * ESLint's stylish layout: findings grouped under each file (path relative to `cwd`),
 * `line:column  severity  message  rule-id` aligned by display width, then a summary line.
 * Prints nothing when there is nothing to report.
 */
export function formatStylish(results: LintResult[], { cwd = process.cwd(), locale = 'zh-CN', color = false }: { cwd?: string; locale?: Locale; color?: boolean } = {}): string {
  const c = pc.createColors(color);
  const severityColor: Record<Finding['severity'], (s: string) => string> = { error: c.red, warn: c.yellow, info: c.cyan };
  let out = '';
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;

  for (const result of results) {
    if (result.findings.length === 0) continue;
    const abs = path.resolve(cwd, result.filePath);
    const rel = path.relative(cwd, abs);
    const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
    out += `\n${c.underline(shown.split(path.sep).join('/'))}\n`;

    const rows = result.findings.map((f) => ({
      f,
      line: String(f.line),
      column: String(f.column),
      severity: SEVERITY_LABEL[f.severity],
      message: f.message.replace(/\s*\r?\n\s*/g, ' ').trim(),
      rule: f.ruleId ?? '',
    }));
    const lineW = Math.max(...rows.map((r) => r.line.length));
    const colW = Math.max(...rows.map((r) => r.column.length));
    const sevW = Math.max(...rows.map((r) => r.severity.length));
    const msgW = Math.max(...rows.map((r) => displayWidth(r.message)));
    for (const r of rows) {
      if (r.f.severity === 'error') errorCount++;
      else if (r.f.severity === 'warn') warningCount++;
      else infoCount++;
      const position = `${r.line.padStart(lineW)}:${r.column.padEnd(colW)}`;
      const message = r.rule ? padEndWidth(r.message, msgW) : r.message;
      const row = `  ${c.dim(position)}  ${severityColor[r.f.severity](r.severity.padEnd(sevW))}  ${message}${r.rule ? `  ${c.dim(r.rule)}` : ''}`;
      out += `${row.trimEnd()}\n`;
      const indent = ' '.repeat(2 + lineW + 1 + colW + 2 + sevW + 2);
      for (const rel of r.f.related ?? []) {
        out += `${indent}${c.dim(`↳ ${rel.line}:${rel.column}`)}  ${rel.message.replace(/\s*\r?\n\s*/g, ' ')}\n`;
      }
      // Suggestions need a human: shown, never applied (--fix-suggestions <rule> applies them).
      for (const s of r.f.suggestions ?? []) out += `${indent}${c.dim(locale === 'en' ? '⇒ suggestion:' : '⇒ 建议：')}${locale === 'en' ? ' ' : ''}${s.desc}\n`;
      if (r.f.fix && r.f.severity === 'error') fixableErrors++;
      else if (r.f.fix && r.f.severity === 'warn') fixableWarnings++;
    }
  }

  const total = errorCount + warningCount + infoCount;
  if (total === 0) return '';
  const mark = errorCount + warningCount > 0 ? '✖' : 'ℹ';
  const paint = errorCount ? c.red : warningCount ? c.yellow : c.cyan;
  out += `\n${c.bold(paint(`${mark} ${summaryLine({ errorCount, warningCount, infoCount }, locale)}`))}\n`;
  if (fixableErrors + fixableWarnings > 0) {
    const hint = locale === 'en'
      ? `  ${plural(fixableErrors, 'error', 'errors')} and ${plural(fixableWarnings, 'warning', 'warnings')} potentially fixable with the \`--fix\` option.`
      : `  其中 ${fixableErrors} 个错误和 ${fixableWarnings} 个警告可用 --fix 选项自动修复。`;
    out += `${c.bold(paint(hint))}\n`;
  }
  return out;
}
