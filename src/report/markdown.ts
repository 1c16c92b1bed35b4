import type { LintResult } from '../engine/findings.js';
import { countFindings } from '../engine/findings.js';
import type { Locale } from '../engine/rule.js';
import { countBy, oneLine, relativePath, ruleMap, type ReportRule } from './common.js';
import { labelsFor } from './labels.js';
import { summaryLine } from './stylish.js';

/** A file with more findings than this gets its table collapsed in <details>. */
const OPEN_LIMIT = 10;

/** Text for a GitHub-flavoured table cell: no line breaks, no table pipes, no live HTML. */
function cell(text: string): string {
  return oneLine(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|');
}

/** An inline code span that holds any text (a path with backticks needs a longer fence). */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((s) => s.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${/^`|`$/.test(text) ? ` ${text} ` : text}${fence}`;
}

/**
 * A summary for a pull-request comment or $GITHUB_STEP_SUMMARY: totals, counts by rule, then a
 * table per file (collapsed when long), rule ids linked to their doc pages.
 */
export function formatMarkdown(results: LintResult[], { cwd = process.cwd(), locale = 'zh-CN', rules }: { cwd?: string; locale?: Locale; rules?: ReportRule[] } = {}): string {
  const L = labelsFor(locale);
  const byId = ruleMap(rules);
  const all = results.flatMap((r) => r.findings);
  const withProblems = results.filter((r) => r.findings.length);
  const ruleLink = (id: string | null) => {
    if (!id) return '';
    const url = byId.get(id)?.docsUrl;
    return url ? `[${cell(id)}](${url})` : code(id);
  };

  let out = `## ${L.title}\n\n`;
  if (!all.length) return `${out}✔ ${L.noProblems} ${L.filesChecked(results.length)}\n`;
  const comma = locale === 'en' ? ', ' : '，';
  out += `**${all.some((f) => f.severity !== 'info') ? '✖' : 'ℹ'} ${summaryLine(countFindings(all), locale)}** — ${L.filesChecked(results.length)}${comma}${L.filesWithProblems(withProblems.length)}\n\n`;

  const perRule = [...countBy(results, (f) => f.ruleId ?? '').entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  out += `| ${L.rule} | ${L.severityHeading} | ${L.count} |\n|---|---|---:|\n`;
  for (const [id, n] of perRule) {
    const severity = all.find((f) => (f.ruleId ?? '') === id)!.severity;
    out += `| ${id ? ruleLink(id) : L.fatal} | ${L.severity[severity]} | ${n} |\n`;
  }
  out += '\n';

  for (const r of withProblems) {
    const file = relativePath(r.filePath, cwd);
    const table = [`| ${L.position} | ${L.severityHeading} | ${L.message} | ${L.rule} |`, '|---|---|---|---|'];
    for (const f of r.findings) table.push(`| ${f.line}:${f.column} | ${L.severity[f.severity]} | ${cell(f.message)} | ${ruleLink(f.ruleId)} |`);
    const heading = `${code(file)} — ${L.findings(r.findings.length)}`;
    if (r.findings.length > OPEN_LIMIT) {
      // GitHub renders Markdown inside <details> only after a blank line.
      out += `<details>\n<summary>${cell(file)} — ${L.findings(r.findings.length)}</summary>\n\n${table.join('\n')}\n\n</details>\n\n`;
    } else {
      out += `### ${heading}\n\n${table.join('\n')}\n\n`;
    }
  }
  return out;
}
