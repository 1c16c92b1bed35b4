import { createHash } from 'node:crypto';
import type { Finding, LintResult } from '../engine/findings.js';
import { countFindings } from '../engine/findings.js';
import type { Locale, Severity } from '../engine/rule.js';
import type { DocumentSummary } from '../engine/findings.js';
import { categoryOf, correctionOf, relativePath, ruleMap, type ReportRule, type ToolInfo } from './common.js';
import { labelsFor, type Labels } from './labels.js';
import { summaryLine } from './stylish.js';

export interface HtmlOptions {
  cwd?: string;
  locale?: Locale;
  rules?: ReportRule[];
  tool?: ToolInfo;
}

const SEVERITY_ORDER: Severity[] = ['error', 'warn', 'info'];
const SEVERITY_COLOR: Record<Severity, string> = { error: '#c62828', warn: '#b26a00', info: '#1565c0' };

/** Text for HTML element content or a quoted attribute value. Every piece of document text goes through here. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The small Markdown of a rule doc's explanation (paragraphs, lists, `code`, **bold**), escaped first. */
function miniMarkdown(markdown: string): string {
  const blocks = markdown.trim().split(/\n\s*\n/);
  const inline = (t: string) =>
    // Links between doc pages are relative to rules/, which the report does not carry: keep their text.
    escapeHtml(t.replace(/\[([^\]]+)\]\([^)\s]+\)/g, '$1'))
      .replace(/`([^`]+)`/g, '<code>$1</code>')
      .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
  return blocks
    .map((block) => {
      const lines = block.split('\n');
      if (lines.every((l) => /^\s*(?:[-*]\s|\s{2,}\S)/.test(l)) && /^\s*[-*]\s/.test(lines[0])) {
        const items: string[] = [];
        for (const l of lines) {
          if (/^\s*[-*]\s/.test(l)) items.push(l.replace(/^\s*[-*]\s+/, ''));
          else items[items.length - 1] += ` ${l.trim()}`;
        }
        return `<ul>${items.map((i) => `<li>${inline(i)}</li>`).join('')}</ul>`;
      }
      if (/^```|^~~~/.test(block.trim())) return `<pre>${escapeHtml(block.trim().replace(/^(```|~~~)[^\n]*\n?|\n?(```|~~~)\s*$/g, ''))}</pre>`;
      return `<p>${inline(lines.map((l) => l.trim()).join(' '))}</p>`;
    })
    .join('\n');
}

const STYLE = `
:root { --error: #c62828; --warn: #b26a00; --info: #1565c0; --muted: #5f6368; --line: #dadce0; --bg: #f8f9fa; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 0; color: #202124; line-height: 1.6; }
header, main, footer, .filters { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin: 1rem 0 0.25rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
h3 { font-size: 1rem; margin: 1rem 0 0.5rem; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 0.5rem; background: #fff; padding: 0.25rem 0.5rem; }
.summary { font-weight: 600; }
.totals { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
.severity-totals { display: flex; gap: 0.75rem; margin: 0; }
.severity-totals div { border: 1px solid var(--line); border-radius: 6px; padding: 0.4rem 0.9rem; min-width: 5.5rem; }
.severity-totals dt { font-size: 0.85rem; color: var(--muted); }
.severity-totals dd { margin: 0; font-size: 1.5rem; font-weight: 700; }
.total-error dd { color: var(--error); } .total-warn dd { color: var(--warn); } .total-info dd { color: var(--info); }
table { border-collapse: collapse; font-size: 0.9rem; }
th, td { border: 1px solid var(--line); padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
th { background: var(--bg); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.filters { position: sticky; top: 0; background: #fff; border-bottom: 1px solid var(--line); padding-top: 0.5rem; padding-bottom: 0.5rem; z-index: 1; }
.filters fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: end; }
.filters .control { display: flex; flex-direction: column; }
.filters label { font-size: 0.8rem; color: var(--muted); }
.filters select, .filters input, .filters button { font: inherit; font-size: 0.9rem; padding: 0.2rem 0.4rem; }
.filters input[type=search] { min-width: 16rem; }
#shown { margin: 0.25rem 0 0; font-size: 0.85rem; color: var(--muted); }
.doc { border-top: 2px solid var(--line); margin-top: 1.5rem; }
.doc h2 { word-break: break-all; }
.doc .count { font-size: 0.9rem; font-weight: 400; color: var(--muted); }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; margin: 0 0 1rem; font-size: 0.9rem; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; }
.findings { list-style: none; padding: 0; margin: 0; }
.finding { border: 1px solid var(--line); border-left: 4px solid var(--line); border-radius: 4px; padding: 0.5rem 0.75rem; margin: 0.5rem 0; }
.finding:focus { outline: 3px solid #4285f4; }
.sev-error { border-left-color: var(--error); } .sev-warn { border-left-color: var(--warn); } .sev-info { border-left-color: var(--info); }
.finding .head { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: baseline; font-size: 0.85rem; }
.badge { font-weight: 700; }
.sev-error .badge { color: var(--error); } .sev-warn .badge { color: var(--warn); } .sev-info .badge { color: var(--info); }
.pos, .rule { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
.category { color: var(--muted); }
.message { margin: 0.25rem 0; font-weight: 600; }
.context { margin: 0.25rem 0; padding: 0.25rem 0.75rem; background: var(--bg); border-left: 3px solid var(--line); }
.context mark { background: #ffe082; padding: 0 1px; border-bottom: 2px solid var(--error); }
.label { font-size: 0.8rem; color: var(--muted); margin-right: 0.5rem; }
.correction { margin: 0.25rem 0; }
.correction ins { text-decoration: none; background: #c8e6c9; padding: 0 2px; font-weight: 600; }
.related { margin: 0.25rem 0; font-size: 0.85rem; color: var(--muted); }
details.explanation { font-size: 0.9rem; }
details.explanation summary { cursor: pointer; color: #1a73e8; }
.rules { border-top: 2px solid var(--line); margin-top: 1.5rem; }
.rule-doc h3 code { font-weight: 400; }
.alignment .not-found td { background: #fff3e0; }
.alignment .match { white-space: nowrap; }
.alignment .list-head th { font-weight: 600; background: #fff; }
footer { color: var(--muted); font-size: 0.8rem; margin: 2rem auto 1rem; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9em; }
@media print {
  .filters, .skip { display: none; }
  .finding { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  body { font-size: 10.5pt; }
}
`;

const SCRIPT = `
(function () {
  'use strict';
  var form = document.getElementById('filters');
  var controls = ['f-severity', 'f-category', 'f-rule', 'f-file'].map(function (id) { return document.getElementById(id); });
  var search = document.getElementById('f-search');
  var shown = document.getElementById('shown');
  var findings = Array.prototype.slice.call(document.querySelectorAll('.finding'));
  var docs = Array.prototype.slice.call(document.querySelectorAll('.doc'));
  var keys = ['severity', 'category', 'rule', 'file'];
  // What a finding shows (message, path, sentence, correction), lower-cased once.
  var searchCache = new Map();
  function searchText(f) {
    var t = searchCache.get(f);
    if (t === undefined) {
      t = Array.prototype.map.call(f.querySelectorAll('.head, .message, .context, .correction'), function (e) { return e.textContent; }).join('\\n').toLowerCase();
      searchCache.set(f, t);
    }
    return t;
  }
  // A rule's explanation is in the page once (the rules section); a finding's <details> borrows a copy when opened.
  function fill(d) {
    if (d.querySelector('.explanation-body')) return;
    var source = document.getElementById('rule-' + d.getAttribute('data-rule'));
    var body = source && source.querySelector('.explanation-body');
    if (body) d.appendChild(body.cloneNode(true));
  }
  Array.prototype.forEach.call(document.querySelectorAll('.finding details.explanation'), function (d) {
    d.addEventListener('toggle', function () { if (d.open) fill(d); });
  });
  function apply() {
    var wanted = controls.map(function (c) { return c.value; });
    var query = search.value.trim().toLowerCase();
    var filtering = query !== '' || wanted.some(function (v) { return v !== ''; });
    var count = 0;
    findings.forEach(function (f) {
      var ok = keys.every(function (k, i) { return !wanted[i] || f.getAttribute('data-' + k) === wanted[i]; });
      if (ok && query) ok = searchText(f).indexOf(query) !== -1;
      f.hidden = !ok;
      if (ok) count++;
    });
    docs.forEach(function (d) {
      var fileWanted = wanted[3];
      var visible = d.querySelectorAll('.finding:not([hidden])').length > 0;
      d.hidden = filtering ? !visible && !(fileWanted && d.getAttribute('data-file') === fileWanted && !query && !wanted[0] && !wanted[1] && !wanted[2]) : false;
    });
    shown.textContent = shown.getAttribute('data-template').replace('{shown}', String(count)).replace('{total}', String(findings.length));
  }
  controls.forEach(function (c) { c.addEventListener('change', apply); });
  search.addEventListener('input', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  // Closed <details> do not print; open them for the printout and restore afterwards.
  var reopened = [];
  window.addEventListener('beforeprint', function () {
    reopened = Array.prototype.slice.call(document.querySelectorAll('details:not([open])'));
    reopened.forEach(function (d) { if (d.classList.contains('explanation')) fill(d); d.open = true; });
  });
  window.addEventListener('afterprint', function () { reopened.forEach(function (d) { d.open = false; }); reopened = []; });
  apply();
})();
`;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function option(value: string, label: string): string {
  return `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
}

function chart(categories: [string, Record<Severity, number>][], L: Labels): string {
  if (!categories.length) return '';
  const labelWidth = 90;
  const barMax = 220;
  const rowHeight = 22;
  const max = Math.max(...categories.map(([, c]) => c.error + c.warn + c.info));
  const rows = categories
    .map(([cat, counts], i) => {
      const y = i * rowHeight;
      let x = labelWidth;
      let bars = '';
      for (const s of SEVERITY_ORDER) {
        if (!counts[s]) continue;
        const w = Math.max(2, Math.round((counts[s] / max) * barMax));
        bars += `<rect x="${x}" y="${y + 3}" width="${w}" height="${rowHeight - 8}" fill="${SEVERITY_COLOR[s]}"><title>${escapeHtml(`${L.category[cat] ?? cat} · ${L.severity[s]}: ${counts[s]}`)}</title></rect>`;
        x += w;
      }
      const total = counts.error + counts.warn + counts.info;
      return `<text x="0" y="${y + rowHeight - 7}" font-size="12">${escapeHtml(L.category[cat] ?? cat)}</text>${bars}<text x="${x + 6}" y="${y + rowHeight - 7}" font-size="12">${total}</text>`;
    })
    .join('');
  const height = categories.length * rowHeight;
  return `<svg class="chart" role="img" aria-label="${escapeHtml(L.chartLabel)}" width="${labelWidth + barMax + 40}" height="${height}" viewBox="0 0 ${labelWidth + barMax + 40} ${height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(L.chartLabel)}</title>${rows}</svg>`;
}

function contextHtml(f: Finding, L: Labels): string {
  const c = f.context;
  if (!c) return '';
  const before = escapeHtml(c.text.slice(0, c.start));
  const span = escapeHtml(c.text.slice(c.start, c.end));
  const after = escapeHtml(c.text.slice(c.end));
  return `<blockquote class="context"><span class="label">${escapeHtml(L.context)}</span>${before}<mark>${span}</mark>${after}</blockquote>`;
}

function metadataHtml(doc: DocumentSummary | undefined, L: Labels): string {
  if (!doc) return '';
  const rows: [string, string | undefined][] = [
    [L.meta.title, doc.title],
    [L.meta.issuer, doc.issuer],
    [L.meta.docNumber, doc.docNumber],
    [L.meta.date, doc.date],
    [L.meta.region, [doc.province && doc.region && !doc.region.startsWith(doc.province) ? doc.province : '', doc.region].filter(Boolean).join('') || undefined],
    [L.meta.kind, doc.kind],
    [L.meta.catalogue, doc.catalogue ? `${doc.catalogue.name}（${doc.catalogue.source}）` : undefined],
  ];
  const items = rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v ? escapeHtml(v) : `<span class="category">${escapeHtml(L.unknown)}</span>`}</dd>`).join('');
  return `<dl class="meta" aria-label="${escapeHtml(L.metadata)}">${items}</dl>`;
}

function alignmentHtml(doc: DocumentSummary | undefined, L: Labels, docId: number): string {
  if (!doc?.catalogue || !doc.alignment.length) return '';
  const lists = new Map<number, DocumentSummary['alignment']>();
  for (const a of doc.alignment) lists.set(a.list, [...(lists.get(a.list) ?? []), a]);
  const bodies = [...lists.values()]
    .map((rows) => {
      const head = `<tr class="list-head"><th colspan="5" scope="rowgroup">${escapeHtml(L.listAt(rows[0].line, rows[0].column))}</th></tr>`;
      const body = rows
        .map(
          (a) =>
            `<tr class="${a.match === 'not-found' ? 'not-found' : 'found'}" data-match="${a.match}"><td>${escapeHtml(a.item)}</td><td class="pos">${a.line}:${a.column}</td><td>${a.catalogueItem ? escapeHtml(a.catalogueItem) : '—'}</td><td>${a.group ? escapeHtml(a.group) : '—'}</td><td class="match">${escapeHtml(L.matchKind[a.match] ?? a.match)}</td></tr>`,
        )
        .join('\n');
      return `<tbody>\n${head}\n${body}\n</tbody>`;
    })
    .join('\n');
  return `<section class="alignment" aria-labelledby="align-${docId}"><h3 id="align-${docId}">${escapeHtml(L.alignment)}</h3><p>${escapeHtml(L.alignmentIntro(`${doc.catalogue.name}（${doc.catalogue.source}）`))}</p>
<table><thead><tr><th scope="col">${escapeHtml(L.item)}</th><th scope="col">${escapeHtml(L.position)}</th><th scope="col">${escapeHtml(L.catalogueItem)}</th><th scope="col">${escapeHtml(L.group)}</th><th scope="col">${escapeHtml(L.match)}</th></tr></thead>
${bodies}</table></section>`;
}

/**
 * The reviewer's report: one self-contained HTML file (inline CSS and JS, no requests; a Content
 * Security Policy allows only this report's own style and script by hash, so injected markup could
 * neither run nor load anything even if escaping failed). Everything is rendered here with
 * escaping; the script only hides and shows what is already there.
 */
export function formatHtml(results: LintResult[], { cwd = process.cwd(), locale = 'zh-CN', rules, tool }: HtmlOptions = {}): string {
  const L = labelsFor(locale);
  const byId = ruleMap(rules);
  const all = results.flatMap((r) => r.findings);
  const counts = countFindings(all);
  const files = results.map((r) => relativePath(r.filePath, cwd));

  const perCategory = new Map<string, Record<Severity, number>>();
  for (const f of all) {
    const cat = categoryOf(f, byId);
    const c = perCategory.get(cat) ?? { error: 0, warn: 0, info: 0 };
    c[f.severity]++;
    perCategory.set(cat, c);
  }
  const categories = [...perCategory.entries()].sort((a, b) => b[1].error + b[1].warn + b[1].info - (a[1].error + a[1].warn + a[1].info) || a[0].localeCompare(b[0]));
  const rulesSeen = [...new Set(all.map((f) => f.ruleId).filter((id): id is string => !!id))].sort();

  let findingId = 0;
  const docSections = results.map((r, docIndex) => {
    const file = files[docIndex];
    const items = r.findings.map((f) => {
      const id = ++findingId;
      const cat = categoryOf(f, byId);
      const rule = f.ruleId ? byId.get(f.ruleId) : undefined;
      const correction = correctionOf(f);
      const parts = [
        `<div class="head"><span class="badge">${escapeHtml(L.severity[f.severity])}</span><span class="pos">${escapeHtml(`${file}:${f.line}:${f.column}`)}</span>${f.ruleId ? `<code class="rule">${escapeHtml(f.ruleId)}</code>` : ''}<span class="category">${escapeHtml(L.category[cat] ?? cat)}</span></div>`,
        `<p class="message">${escapeHtml(f.message)}</p>`,
        contextHtml(f, L),
        correction
          ? `<p class="correction"><span class="label">${escapeHtml(L.correction)}</span><ins>${escapeHtml(correction.text)}</ins>${correction.desc && correction.desc !== f.message ? ` <span class="category">${escapeHtml(correction.desc)}</span>` : ''}</p>`
          : '',
        f.related?.length
          ? `<ul class="related" aria-label="${escapeHtml(L.related)}">${f.related.map((rel) => `<li><span class="pos">${rel.line}:${rel.column}</span> ${escapeHtml(rel.message)}</li>`).join('')}</ul>`
          : '',
        rule ? `<details class="explanation" data-rule="${escapeHtml(rule.id)}"><summary>${escapeHtml(L.explanation)}${L.colon}${escapeHtml(rule.summary[locale])}</summary></details>` : '',
      ];
      return `<li class="finding sev-${f.severity}" id="finding-${id}" tabindex="-1" data-severity="${f.severity}" data-category="${escapeHtml(cat)}" data-rule="${escapeHtml(f.ruleId ?? '')}" data-file="${escapeHtml(file)}">${parts.filter(Boolean).join('\n')}</li>`;
    });
    const list = items.length ? `<ol class="findings">\n${items.join('\n')}\n</ol>` : `<p>${escapeHtml(L.noFindingsInFile)}</p>`;
    return `<section class="doc" data-file="${escapeHtml(file)}" aria-labelledby="doc-${docIndex}">
<h2 id="doc-${docIndex}">${escapeHtml(file)} <span class="count">${escapeHtml(L.findings(r.findings.length))}</span></h2>
${metadataHtml(r.document, L)}
${list}
${alignmentHtml(r.document, L, docIndex)}
</section>`;
  });

  const severityTotals = SEVERITY_ORDER.map(
    (s) => `<div class="total-${s}"><dt>${escapeHtml(L.severity[s])}</dt><dd data-total="${s}">${s === 'error' ? counts.errorCount : s === 'warn' ? counts.warningCount : counts.infoCount}</dd></div>`,
  ).join('');
  const categoryTable = categories.length
    ? `<table class="category-totals"><thead><tr><th scope="col">${escapeHtml(L.categoryHeading)}</th>${SEVERITY_ORDER.map((s) => `<th scope="col">${escapeHtml(L.severity[s])}</th>`).join('')}</tr></thead><tbody>${categories
        .map(([cat, c]) => `<tr data-category="${escapeHtml(cat)}"><th scope="row">${escapeHtml(L.category[cat] ?? cat)}</th>${SEVERITY_ORDER.map((s) => `<td class="num">${c[s]}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`
    : '';
  const explained = rulesSeen.map((id) => byId.get(id)).filter((r): r is ReportRule => !!r);
  const rulesSection = explained.length
    ? `<section class="rules" aria-labelledby="rules-heading"><h2 id="rules-heading">${escapeHtml(L.explanation)}</h2>\n${explained
        .map((rule) => {
          const explanation = rule.explanation[locale] || rule.explanation[locale === 'en' ? 'zh-CN' : 'en'];
          const docs = rule.docsUrl ? `<p><a href="${escapeHtml(rule.docsUrl)}" rel="noopener noreferrer">${escapeHtml(L.docs)}</a></p>` : '';
          return `<section class="rule-doc" id="rule-${escapeHtml(rule.id)}"><h3><code>${escapeHtml(rule.id)}</code> ${escapeHtml(rule.summary[locale])}</h3><div class="explanation-body">${miniMarkdown(explanation)}${docs}</div></section>`;
        })
        .join('\n')}</section>`
    : '';
  const toolName = tool ? `${tool.name} ${tool.version}` : 'policylint';
  const summary = all.length ? summaryLine(counts, locale) : L.noProblems;

  const filters = `<form class="filters" id="filters" role="search" aria-label="${escapeHtml(L.filters)}"><fieldset><legend class="skip">${escapeHtml(L.filters)}</legend>
<div class="control"><label for="f-severity">${escapeHtml(L.severityHeading)}</label><select id="f-severity">${option('', L.all)}${SEVERITY_ORDER.map((s) => option(s, L.severity[s])).join('')}</select></div>
<div class="control"><label for="f-category">${escapeHtml(L.categoryHeading)}</label><select id="f-category">${option('', L.all)}${categories.map(([c]) => option(c, L.category[c] ?? c)).join('')}</select></div>
<div class="control"><label for="f-rule">${escapeHtml(L.rule)}</label><select id="f-rule">${option('', L.all)}${rulesSeen.map((id) => option(id, id)).join('')}</select></div>
<div class="control"><label for="f-file">${escapeHtml(L.file)}</label><select id="f-file">${option('', L.all)}${files.map((f) => option(f, f)).join('')}</select></div>
<div class="control"><label for="f-search">${escapeHtml(L.search)}</label><input type="search" id="f-search" placeholder="${escapeHtml(L.searchPlaceholder)}" autocomplete="off"></div>
<button type="reset">${escapeHtml(L.reset)}</button>
</fieldset><p id="shown" aria-live="polite" data-template="${escapeHtml(L.shown(-1, -2).replace('-1', '{shown}').replace('-2', '{total}'))}">${escapeHtml(L.shown(all.length, all.length))}</p></form>`;

  const csp = `default-src 'none'; style-src ${sha256(STYLE)}; script-src ${sha256(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(L.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">${escapeHtml(L.skipToFindings)}</a>
<header>
<h1>${escapeHtml(L.title)}</h1>
<p class="summary" id="summary">${escapeHtml(summary)} · ${escapeHtml(L.filesChecked(results.length))}</p>
<section class="totals" aria-label="${escapeHtml(L.totalsHeading)}">
<dl class="severity-totals">${severityTotals}</dl>
${categoryTable}
${chart(categories, L)}
</section>
</header>
${filters}
<main id="main">
${docSections.join('\n')}
${rulesSection}
</main>
<footer>${escapeHtml(L.generated(toolName))}</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
