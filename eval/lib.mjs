// The evaluation harness: lints every corpus text and its planted copy with the default
// configuration, scores the findings against the answer key and checks them against the floors.
// Plain ESM over the built package (dist/), so `npm run eval` and the test suite share it.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { ConfigResolver, lintOptionsFor, lintText } from '../dist/src/index.js';

export const EVAL_DIR = dirname(fileURLToPath(import.meta.url));

/** The rules whose findings are judged: the consistency checks the issue measures. */
export const JUDGED_PREFIXES = ['date-', 'list-', 'target-', 'catalogue-'];
export const isJudged = (ruleId) => ruleId != null && JUDGED_PREFIXES.some((p) => ruleId.startsWith(p));

/**
 * Planted-error categories and the rule families that may find them. `anywhere`: the finding may
 * stand away from the edited line (target-missing reports the goals heading; a 文号/date
 * disagreement is reported at either of the two).
 */
export const CATEGORIES = {
  'cited-document': { rules: ['date-', 'reference-'] },
  'impossible-date': { rules: ['date-'] },
  'docnum-year': { rules: ['date-', 'reference-'], anywhere: true },
  'list-count': { rules: ['list-'] },
  'list-restated': { rules: ['list-'] },
  'target-decrease': { rules: ['target-'] },
  'past-deadline': { rules: ['target-', 'date-'] },
  'goals-missing': { rules: ['target-'], anywhere: true },
  catalogue: { rules: ['catalogue-'] },
  'numbering-skip': { rules: ['structure-'] },
};

export class EvalDataError extends Error {}

function readYaml(path, fallback) {
  if (!existsSync(path)) return fallback;
  try {
    return YAML.parse(readFileSync(path, 'utf8')) ?? fallback;
  } catch (error) {
    throw new EvalDataError(`${path}: ${error.message}`);
  }
}

/** The corpus with its key: [{ id, split, source, text, judgments, plants }]. */
export function loadCorpus(dir = EVAL_DIR) {
  const manifest = readYaml(join(dir, 'corpus.yaml'), []);
  const listed = new Set(manifest.map((e) => e.id));
  for (const file of readdirSync(join(dir, 'corpus'))) {
    const id = file.replace(/\.(txt|md)$/, '');
    if (!listed.has(id)) throw new EvalDataError(`eval/corpus/${file} is not listed in eval/corpus.yaml (add it with its split and source)`);
  }
  return manifest.map((entry) => {
    if (entry.split !== 'dev' && entry.split !== 'test') throw new EvalDataError(`eval/corpus.yaml: ${entry.id}: split must be dev or test, not ${entry.split}`);
    const file = ['txt', 'md'].map((ext) => join(dir, 'corpus', `${entry.id}.${ext}`)).find(existsSync);
    if (!file) throw new EvalDataError(`eval/corpus.yaml lists ${entry.id} but eval/corpus/${entry.id}.txt does not exist`);
    return {
      ...entry,
      file,
      text: readFileSync(file, 'utf8'),
      judgments: readYaml(join(dir, 'key', `${entry.id}.yaml`), []),
      plants: readYaml(join(dir, 'planted', `${entry.id}.yaml`), []),
    };
  });
}

/**
 * The planted copy of a text: every plant's `find` replaced by its `replace`. Each plant gets its
 * line and columns in the copy. Line breaks may not move, so clean and planted findings compare.
 */
export function applyPlants(id, text, plants) {
  const edits = plants.map((plant) => {
    const where = `eval/planted/${id}.yaml: ${plant.id}`;
    if (!CATEGORIES[plant.category]) throw new EvalDataError(`${where}: unknown category "${plant.category}" (one of ${Object.keys(CATEGORIES).join(', ')})`);
    if (typeof plant.find !== 'string' || typeof plant.replace !== 'string' || !plant.find) throw new EvalDataError(`${where}: find and replace must be strings`);
    if (/[\r\n]/.test(plant.find + plant.replace)) throw new EvalDataError(`${where}: find and replace may not contain line breaks`);
    const occurrences = [];
    for (let at = text.indexOf(plant.find); at !== -1; at = text.indexOf(plant.find, at + 1)) occurrences.push(at);
    const nth = plant.occurrence ?? 1;
    if (occurrences.length === 0) throw new EvalDataError(`${where}: "${plant.find}" does not occur in the text`);
    if (occurrences.length > 1 && plant.occurrence == null) throw new EvalDataError(`${where}: "${plant.find}" occurs ${occurrences.length} times; give occurrence`);
    if (nth > occurrences.length) throw new EvalDataError(`${where}: occurrence ${nth} but "${plant.find}" occurs ${occurrences.length} times`);
    return { plant, start: occurrences[nth - 1], end: occurrences[nth - 1] + plant.find.length };
  });
  edits.sort((a, b) => a.start - b.start);
  for (let i = 1; i < edits.length; i++) {
    if (edits[i].start < edits[i - 1].end) throw new EvalDataError(`eval/planted/${id}.yaml: ${edits[i - 1].plant.id} and ${edits[i].plant.id} overlap`);
  }
  let out = '';
  let last = 0;
  const placed = [];
  for (const { plant, start, end } of edits) {
    out += text.slice(last, start);
    const at = out.length;
    out += plant.replace;
    last = end;
    const before = out.slice(0, at);
    const line = before.split('\n').length;
    const column = at - (before.lastIndexOf('\n') + 1) + 1;
    placed.push({ ...plant, line, column, endColumn: column + plant.replace.length });
  }
  out += text.slice(last);
  return { text: out, plants: placed };
}

let resolver;
function optionsFor(file) {
  resolver ??= new ConfigResolver({ cwd: EVAL_DIR });
  return lintOptionsFor(resolver.forFile(file), file);
}

const lint = (file, text) => lintText(text, optionsFor(file)).findings;

const sameFinding = (a, b) => a.ruleId === b.ruleId && a.line === b.line && a.column === b.column && a.message === b.message;
const positions = (f) => [f, ...(f.related ?? []), ...(f.evidence ?? []).map((e) => e.position).filter(Boolean)];
const severe = (f) => f.severity === 'warn' || f.severity === 'error';

/** The source text a finding points at, for judges and stale-judgment messages. */
function excerpt(text, f) {
  const s = text.slice(f.range.start, Math.min(f.range.end, f.range.start + 40));
  return s.replace(/\s+/g, ' ');
}

/** Pairs findings with judgments: same rule and line, and the column when the judgment gives one. */
export function matchJudgments(findings, judgments) {
  const unused = new Set(judgments.map((_, i) => i));
  const matched = [];
  const unjudged = [];
  for (const f of findings) {
    let hit = -1;
    for (const exact of [true, false]) {
      for (const i of unused) {
        const j = judgments[i];
        if (j.rule !== f.ruleId || j.line !== f.line) continue;
        if (exact ? j.column === f.column : j.column == null) { hit = i; break; }
      }
      if (hit !== -1) break;
    }
    if (hit === -1 || judgments[hit].verdict == null) unjudged.push(f);
    else matched.push({ finding: f, judgment: judgments[hit] });
    if (hit !== -1) unused.delete(hit);
  }
  return { matched, unjudged, stale: [...unused].map((i) => judgments[i]).filter((j) => j.verdict != null) };
}

/** Lints and scores one text and its planted copy. */
export function evaluateText(entry) {
  const clean = lint(entry.file, entry.text);
  const judged = clean.filter((f) => isJudged(f.ruleId) && severe(f));
  const { matched, unjudged, stale } = matchJudgments(judged, entry.judgments);
  const copy = applyPlants(entry.id, entry.text, entry.plants);
  const plantedFindings = entry.plants.length ? lint(entry.file, copy.text) : [];
  // A plant that changes a line's length moves the columns after it: compare in clean columns.
  const cleanColumn = (f) => f.column - copy.plants.filter((p) => p.line === f.line && p.column < f.column).reduce((n, p) => n + p.replace.length - p.find.length, 0);
  const fresh = plantedFindings.filter((f) => severe(f) && !clean.some((c) => sameFinding(c, { ...f, column: cleanColumn(f) })));
  const attributed = new Set();
  const plants = copy.plants.map((plant) => {
    const family = CATEGORIES[plant.category];
    const hits = fresh.filter((f) => family.rules.some((p) => f.ruleId?.startsWith(p)) && (family.anywhere || positions(f).some((p) => p.line <= plant.line && plant.line <= p.endLine)));
    for (const f of hits) attributed.add(f);
    return { id: `${entry.id}/${plant.id}`, category: plant.category, line: plant.line, found: hits.length > 0, rules: [...new Set(hits.map((f) => f.ruleId))] };
  });
  return {
    id: entry.id,
    split: entry.split,
    matched: matched.map(({ finding, judgment }) => ({ rule: finding.ruleId, line: finding.line, verdict: judgment.verdict, severity: finding.severity })),
    unjudged: unjudged.map((f) => ({ rule: f.ruleId, line: f.line, column: f.column, severity: f.severity, excerpt: excerpt(entry.text, f), message: f.message })),
    // A real error a judge confirmed that no finding reports any more.
    lostTrue: stale.filter((j) => j.verdict === true).map((j) => ({ rule: j.rule, line: j.line, reason: j.reason })),
    info: clean.filter((f) => isJudged(f.ruleId) && f.severity === 'info').map((f) => f.ruleId),
    other: clean.filter((f) => !isJudged(f.ruleId)).map((f) => f.ruleId ?? '(fatal)'),
    plants,
    // Planted-copy findings no plant explains: a plant that upsets an unrelated rule.
    spurious: fresh.filter((f) => !attributed.has(f)).map((f) => ({ rule: f.ruleId, line: f.line, message: f.message })),
  };
}

const ratio = (a, b) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);

/** Totals per rule and per category for one split. */
export function summarize(texts) {
  const rules = {};
  const rule = (id) => (rules[id] ??= { findings: 0, tp: 0, fp: 0, unjudged: 0, info: 0, planted: 0 });
  const categories = {};
  const other = {};
  for (const t of texts) {
    for (const m of t.matched) {
      const r = rule(m.rule);
      r.findings++;
      if (m.verdict) r.tp++;
      else r.fp++;
    }
    for (const u of t.unjudged) { rule(u.rule).findings++; rule(u.rule).unjudged++; }
    for (const id of t.info) rule(id).info++;
    for (const id of t.other) other[id] = (other[id] ?? 0) + 1;
    for (const p of t.plants) {
      const c = (categories[p.category] ??= { planted: 0, found: 0 });
      c.planted++;
      if (p.found) c.found++;
      for (const id of p.rules) rule(id).planted++;
    }
  }
  for (const r of Object.values(rules)) r.precision = ratio(r.tp, r.tp + r.fp);
  for (const c of Object.values(categories)) c.recall = ratio(c.found, c.planted);
  const tp = Object.values(rules).reduce((n, r) => n + r.tp, 0);
  const fp = Object.values(rules).reduce((n, r) => n + r.fp, 0);
  const planted = Object.values(categories).reduce((n, c) => n + c.planted, 0);
  const found = Object.values(categories).reduce((n, c) => n + c.found, 0);
  return {
    texts: texts.length,
    totals: { tp, fp, precision: ratio(tp, tp + fp), planted, found, recall: ratio(found, planted) },
    rules: sortKeys(rules),
    categories: sortKeys(categories),
    other: sortKeys(other),
  };
}

const sortKeys = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

/** Lints and scores the whole corpus, split by split. */
export function evaluate(dir = EVAL_DIR) {
  const texts = loadCorpus(dir).map(evaluateText);
  const splits = {};
  for (const split of ['dev', 'test']) {
    const part = texts.filter((t) => t.split === split);
    splits[split] = { ...summarize(part), texts: part };
  }
  return splits;
}

/**
 * What fails the check: a rule under its precision floor (with fewer than `smallSample` findings,
 * any false positive), recall under its floors, a planted error found before and lost now,
 * findings nobody judged, and confirmed real errors no longer found.
 */
export function checkFloors(splits, floors) {
  const problems = [];
  for (const [split, s] of Object.entries(splits)) {
    for (const [id, r] of Object.entries(s.rules)) {
      const judged = r.tp + r.fp;
      const own = floors.rules?.[id];
      if (judged === 0) continue;
      if (judged < floors.smallSample && own == null) {
        if (r.fp > 0) problems.push(`${split}: ${id}: ${r.fp} false positive(s) among ${judged} findings (fewer than ${floors.smallSample}: none allowed)`);
      } else if (r.precision < (own ?? floors.precision)) problems.push(`${split}: ${id}: precision ${r.precision} below its floor ${own ?? floors.precision}`);
    }
    const recall = floors.recall?.[split];
    if (recall && s.totals.recall != null && s.totals.recall < recall.overall) problems.push(`${split}: planted-error recall ${s.totals.recall} below ${recall.overall}`);
    for (const [cat, c] of Object.entries(s.categories)) {
      if (recall && c.recall < recall.category) problems.push(`${split}: recall of ${cat} ${c.recall} below ${recall.category}`);
    }
    const found = new Set(s.texts.flatMap((t) => t.plants.filter((p) => p.found).map((p) => p.id)));
    for (const id of floors.found?.[split] ?? []) if (!found.has(id)) problems.push(`${split}: planted error ${id} was found and is lost`);
    for (const t of s.texts) {
      for (const u of t.unjudged) problems.push(`${split}: ${t.id}:${u.line}:${u.column} ${u.rule} is not judged in eval/key/${t.id}.yaml (run npm run eval -- --write-pending, then judge it)`);
      for (const l of t.lostTrue) problems.push(`${split}: ${t.id}:${l.line} ${l.rule}: a real error the key confirms is no longer found (${l.reason ?? ''})`);
    }
  }
  return problems;
}
