import { readFileSync } from 'node:fs';
import { runRule, type RunOptions } from './lint.js';

/** Real texts the rules were not written for: mirrored pages (half-width marks, titles broken over lines) and transcriptions. */
export const REAL_TEXTS = [
  'test/fixtures/real/beijing-jzbf-2025-14.txt',
  'test/fixtures/real/guangdong-electronic-info-interpretation-2024.txt',
  'test/fixtures/real/suzhou-news-report-page.txt',
  'test/fixtures/real/xuzhou-interpretation-page.txt',
  'examples/suzhou-news-report.md',
  'examples/xuzhou-interpretation.md',
] as const;

export function readReal(path: string): string {
  return readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
}

/** Findings of one rule on every real text, as "file line:column source-span" strings for readable failures. */
export function realFindings(id: string, run: RunOptions = {}): string[] {
  return REAL_TEXTS.flatMap((path) => {
    const text = readReal(path);
    return runRule(id, text, run).map((f) => `${path} ${f.line}:${f.column} ${text.slice(f.range.start, f.range.end)}`);
  });
}

interface Edit {
  range: [number, number];
  text: string;
}

/** Apply one reported edit (a fix or a suggestion's fix) to the text it was reported on. */
export function applyEdit(text: string, edit: Edit | undefined): string {
  if (!edit) throw new Error('no edit to apply');
  return text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1]);
}

/** Apply every fix of a run, last first so earlier offsets stay valid (the edits of one rule never overlap). */
export function applyAllFixes(text: string, findings: { fix?: Edit }[]): string {
  const edits = findings.flatMap((f) => (f.fix ? [f.fix] : [])).sort((a, b) => b.range[0] - a.range[0]);
  return edits.reduce((t, e) => applyEdit(t, e), text);
}

/** Texts read from files as valid RuleTester cases, named by their path (by default the real texts). */
export function textCases(paths: readonly string[] = REAL_TEXTS): { name: string; code: string }[] {
  return paths.map((path) => ({ name: path, code: readReal(path) }));
}
