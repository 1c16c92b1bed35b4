import type { Category, Locale } from './rule.js';
import type { Finding } from './findings.js';
import { compareFindings, countFindings } from './findings.js';
import type { LintOptions, LintOutput } from './lint.js';
import { lintText } from './lint.js';

/** A replacement of text[start, end) by `text`; offsets into the BOM-less text. */
export interface Edit {
  range: [number, number];
  text: string;
}

export interface ApplyResult {
  output: string;
  applied: Edit[];
  /** Edits that overlap an applied one (or are no-ops); a caller may retry them on the next pass. */
  skipped: Edit[];
}

/**
 * Apply edits to a text with ESLint's semantics: sorted by position, an edit whose range overlaps
 * or touches one already taken waits for the next pass.
 */
export function applyEdits(text: string, edits: readonly Edit[]): ApplyResult {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: Edit[] = [];
  const skipped: Edit[] = [];
  let out = '';
  let cursor = 0;
  let lastEnd = -1;
  for (const e of sorted) {
    const [start, end] = e.range;
    if (start < 0 || end > text.length || end < start) throw new RangeError(`edit range [${start}, ${end}] outside the text (length ${text.length})`);
    // As ESLint: an edit starting where the last one ended also waits (two insertions at one point have no order).
    if (start <= lastEnd) {
      skipped.push(e);
      continue;
    }
    if (text.slice(start, end) === e.text) {
      skipped.push(e);
      continue;
    }
    out += text.slice(cursor, start) + e.text;
    cursor = end;
    lastEnd = end;
    applied.push(e);
  }
  out += text.slice(cursor);
  return { output: out, applied, skipped };
}

export interface FixOptions {
  /** Fix only rules of these categories (all when absent). */
  types?: readonly Category[];
  /** Also apply the first suggestion of findings of these rules (corrections a human asked for by name). */
  suggestionRules?: readonly string[];
  /** Passes of lint + apply (default 10, as ESLint). */
  maxPasses?: number;
}

/** A fix that was dropped because applying it did not settle the finding. */
export interface FixNotice {
  ruleId: string;
  reason: 'no-change' | 'reappears' | 'oscillates' | 'passes' | 'bad-range';
  line: number;
  column: number;
}

export interface FixResult {
  /** The fixed text (with the BOM it came with). */
  output: string;
  /** Whether the output differs from the input. */
  fixed: boolean;
  /** Lint + apply passes that changed the text. */
  passes: number;
  /** Edits applied, pass by pass, in each pass's text. */
  applied: { ruleId: string; edit: Edit }[][];
  /** Fixes that did not converge; each is also a finding in `findings`. */
  notices: FixNotice[];
  /** The findings left in the output (the same array as `lint.findings`). */
  findings: Finding[];
  /** The lint of the output: remaining findings (plus one per notice). */
  lint: LintOutput;
}

const NOTICE_MESSAGES: Record<FixNotice['reason'], Record<Locale, string>> = {
  'no-change': { 'zh-CN': '规则 {rule} 的自动修复不改变文本，已放弃；请手动修改', en: 'the automatic fix of {rule} changes nothing and was dropped; fix it by hand' },
  reappears: { 'zh-CN': '规则 {rule} 的自动修复应用后问题依旧出现，已放弃；请手动修改', en: 'the automatic fix of {rule} did not settle the problem and was dropped; fix it by hand' },
  oscillates: { 'zh-CN': '规则 {rule} 的自动修复使文本来回变化，已放弃；请手动修改', en: 'the automatic fix of {rule} makes the text change back and forth and was dropped; fix it by hand' },
  'bad-range': { 'zh-CN': '规则 {rule} 给出的修复位置超出文本范围，已放弃（规则缺陷，请报告）', en: 'the fix of {rule} points outside the text and was dropped (a bug in the rule; please report it)' },
  passes: { 'zh-CN': '规则 {rule} 的自动修复在 {passes} 轮后仍未完成，已停止；请检查后重新运行', en: 'the automatic fixes of {rule} were still going after {passes} passes and were stopped; check and run again' },
};

/** The edit a finding offers under these options, if any. */
function editOf(f: Finding, categoryOf: Map<string, Category>, options: FixOptions): Edit | undefined {
  if (!f.ruleId || f.fatal) return undefined;
  if (f.fix) {
    const category = categoryOf.get(f.ruleId);
    if (!options.types || (category && options.types.includes(category))) return f.fix;
  }
  if (options.suggestionRules?.includes(f.ruleId) && f.suggestions?.length) return f.suggestions[0].fix;
  return undefined;
}

/**
 * Lint, apply the safe fixes (and the suggestions asked for), re-lint, until nothing is left to fix
 * or `maxPasses` is reached. A fix is dropped, and reported as a notice, when it changes nothing,
 * when its rule reports the same place again after it was applied, or when the text returns to an
 * earlier state. Pure: no file access.
 */
export function fixText(text: string, lintOptions: LintOptions, options: FixOptions = {}): FixResult {
  const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const maxPasses = options.maxPasses ?? 10;
  const categoryOf = new Map(lintOptions.rules.map((r) => [r.rule.meta.id, r.rule.meta.category]));
  const locale = lintOptions.locale ?? 'zh-CN';

  let current = text.slice(bom.length);
  let lint = lintText(current, lintOptions);
  const seen = new Set([current]);
  const applied: FixResult['applied'] = [];
  const notices: FixNotice[] = [];
  const dropped: Finding[] = [];
  // Where each rule's edits landed (in the current text): a finding of that rule there again means
  // the fix did not hold. Dropped fixes stay on the list so later passes skip them silently.
  let watch: Watch[] = [];

  let exhausted = true;
  for (let pass = 0; pass < maxPasses; pass++) {
    const candidates: { finding: Finding; edit: Edit }[] = [];
    for (const f of lint.findings) {
      const edit = editOf(f, categoryOf, options);
      if (!edit) continue;
      const hit = watch.find((w) => w.ruleId === f.ruleId && touches(w.range, edit.range));
      if (hit?.dropped) continue;
      // A broken rule's edit must not cost the other rules their fixes.
      const badRange = !(edit.range[0] >= 0 && edit.range[0] <= edit.range[1] && edit.range[1] <= current.length);
      const noChange = !badRange && current.slice(edit.range[0], edit.range[1]) === edit.text;
      if (badRange || noChange || hit) {
        notices.push({ ruleId: f.ruleId!, reason: badRange ? 'bad-range' : noChange ? 'no-change' : 'reappears', line: f.line, column: f.column });
        dropped.push(f);
        watch.push({ ruleId: f.ruleId!, range: edit.range, dropped: true });
        continue;
      }
      candidates.push({ finding: f, edit });
    }
    if (!candidates.length) {
      exhausted = false;
      break;
    }
    const result = applyEdits(current, candidates.map((c) => c.edit));
    if (!result.applied.length) {
      exhausted = false;
      break;
    }
    if (seen.has(result.output)) {
      // Back to an earlier text: the edits of this pass undo an earlier one. Keep the text as it is.
      for (const c of candidates.filter((c) => result.applied.includes(c.edit))) {
        notices.push({ ruleId: c.finding.ruleId!, reason: 'oscillates', line: c.finding.line, column: c.finding.column });
        dropped.push(c.finding);
      }
      exhausted = false;
      break;
    }
    const byEdit = new Map(candidates.map((c) => [c.edit, c.finding.ruleId!]));
    applied.push(result.applied.map((edit) => ({ ruleId: byEdit.get(edit)!, edit })));
    watch = [...watch.map((w) => ({ ...w, range: mapRange(w.range, result.applied) })), ...landedRanges(result.applied, byEdit)];
    current = result.output;
    seen.add(current);
    lint = lintText(current, lintOptions);
  }

  if (exhausted && maxPasses > 0) {
    // Out of passes with fixes still offered (ESLint stops silently here): say which rules were still fixing.
    for (const f of lint.findings) {
      const edit = editOf(f, categoryOf, options);
      if (!edit || watch.some((w) => w.dropped && w.ruleId === f.ruleId && touches(w.range, edit.range))) continue;
      if (notices.some((n) => n.ruleId === f.ruleId && n.reason === 'passes')) continue;
      notices.push({ ruleId: f.ruleId!, reason: 'passes', line: f.line, column: f.column });
      dropped.push(f);
    }
  }

  // A dropped fix is a finding of its own, so the run shows why the text was left as it was.
  const extra: Finding[] = notices.map((n, i) => ({
    ruleId: n.ruleId,
    severity: 'warn',
    message: NOTICE_MESSAGES[n.reason][locale].replace('{rule}', n.ruleId).replace('{passes}', String(maxPasses)),
    messageId: 'fix-not-converged',
    range: dropped[i].range,
    line: dropped[i].line,
    column: dropped[i].column,
    endLine: dropped[i].endLine,
    endColumn: dropped[i].endColumn,
  }));
  const findings = [...lint.findings, ...extra].sort(compareFindings);
  const output = bom + current;
  return { output, fixed: output !== text, passes: applied.length, applied, notices, findings, lint: { ...lint, findings, ...countFindings(findings) } };
}

interface Watch {
  ruleId: string;
  range: [number, number];
  dropped?: boolean;
}

/** Whether two ranges share a character, or an empty one sits inside or at the edge of the other. */
function touches(a: [number, number], b: [number, number]): boolean {
  if (a[0] === a[1] || b[0] === b[1]) return a[0] <= b[1] && b[0] <= a[1];
  return a[0] < b[1] && b[0] < a[1];
}

/** Ranges in the new text covered by the applied edits (edits are sorted and disjoint). */
function landedRanges(edits: Edit[], ruleOf: Map<Edit, string>): Watch[] {
  let shift = 0;
  return edits.map((e) => {
    const start = e.range[0] + shift;
    shift += e.text.length - (e.range[1] - e.range[0]);
    return { ruleId: ruleOf.get(e)!, range: [start, start + e.text.length] as [number, number] };
  });
}

/** Where a position of the old text stands after the edits; one inside a replaced span moves to its start. */
function mapOffset(pos: number, edits: Edit[]): number {
  let shift = 0;
  for (const e of edits) {
    if (e.range[1] <= pos) shift += e.text.length - (e.range[1] - e.range[0]);
    else if (e.range[0] < pos) return e.range[0] + shift;
    else break;
  }
  return pos + shift;
}

function mapRange(range: [number, number], edits: Edit[]): [number, number] {
  return [mapOffset(range[0], edits), mapOffset(range[1], edits)];
}
