import { location } from 'vfile-location';
import type { CalendarDate, PolicyModel, SourceRange, TextBlock } from '../model/types.js';
import type { AlignmentRow, DocumentSummary, FindingContext, LintResult } from '../engine/findings.js';
import type { CatalogueAlignment, LintOutput } from '../engine/lint.js';
import type { PhaseTimer } from '../model/build.js';
import { catalogueSource } from '../catalogue/documents.js';
import { indexInBlock, sentenceAt } from '../parse/text-blocks.js';

/** How long a context may be; longer sentences are cut around the span with … on the cut sides. */
export const CONTEXT_MAX = 200;
const CONTEXT_SIDE = 70;

function isoDate(d: CalendarDate | undefined): string | undefined {
  if (!d?.year) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return d.month ? (d.day ? `${d.year}-${pad(d.month)}-${pad(d.day)}` : `${d.year}-${pad(d.month)}`) : String(d.year);
}

/** Metadata and catalogue alignment of one linted document. */
export function summarizeDocument(
  model: PolicyModel,
  alignment: CatalogueAlignment,
  toPoint: (offset: number) => { line: number; column: number },
): DocumentSummary {
  const parent = alignment.parent;
  const m = model.meta;
  const summary: DocumentSummary = { alignment: [] };
  if (m.title) summary.title = m.title.value;
  if (m.issuer) summary.issuer = m.issuer.value;
  if (m.docNumber) summary.docNumber = m.docNumber.value.text;
  const date = isoDate(m.date?.value);
  if (date) summary.date = date;
  if (m.region) summary.region = m.region.value;
  if (m.province) summary.province = m.province.value;
  if (m.level) summary.level = m.level.value;
  if (m.kind) summary.kind = m.kind.value;
  if (!parent) return summary;
  summary.catalogue = { id: parent.id, name: parent.name, source: catalogueSource(parent) };
  alignment.lists.forEach((aligned, listIndex) => {
    if (aligned.kind !== 'own') return;
    aligned.list.items.forEach((item, i) => {
      const found = aligned.matches[i];
      const at = toPoint(item.range.start);
      const row: AlignmentRow = { item: item.text, line: at.line, column: at.column, list: listIndex, match: 'not-found' };
      if (found) {
        // 'normalized' (quotes, 产业 suffix, 与/和) is the same name written differently: exact for a reviewer.
        row.match = found.how === 'normalized' ? 'exact' : found.how;
        row.catalogueItem = found.item.name;
        row.group = found.group.name;
      }
      summary.alignment.push(row);
    });
  });
  return summary;
}

function blockAt(blocks: TextBlock[], offset: number): TextBlock | undefined {
  let lo = 0;
  let hi = blocks.length - 1;
  // Blocks are in source order; find the last one starting at or before the offset.
  let found: TextBlock | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].range.start <= offset) {
      found = blocks[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found && offset <= found.range.end ? found : undefined;
}

/** Cut a long text around [start, end) so it stays within CONTEXT_MAX characters. */
function window(text: string, start: number, end: number): FindingContext {
  if (text.length <= CONTEXT_MAX) return { text, start, end };
  const spanEnd = Math.min(end, start + CONTEXT_MAX - 2 * CONTEXT_SIDE);
  const from = Math.max(0, start - CONTEXT_SIDE);
  const to = Math.min(text.length, spanEnd + CONTEXT_SIDE);
  const head = from > 0 ? '…' : '';
  const tail = to < text.length ? '…' : '';
  return { text: head + text.slice(from, to) + tail, start: start - from + head.length, end: spanEnd - from + head.length };
}

/**
 * The sentence a finding sits in (markup removed), with the span marked. Falls back to the source
 * line when the range lies outside any text block (front matter, code).
 */
export function findingContext(model: PolicyModel, range: SourceRange): FindingContext | undefined {
  const block = blockAt(model.blocks, range.start);
  if (block && block.text.length) {
    const i = Math.min(indexInBlock(block, range.start), block.text.length);
    const j = Math.max(i, Math.min(indexInBlock(block, range.end), block.text.length));
    const first = block.sentences[sentenceAt(block, i)];
    const last = block.sentences[sentenceAt(block, Math.max(i, j - 1))];
    const text = block.text.slice(first.start, last.end).replace(/[\r\n\t]/g, ' ');
    return window(text, i - first.start, j - first.start);
  }
  const source = model.text;
  if (range.start > source.length) return undefined;
  const lineStart = source.lastIndexOf('\n', range.start - 1) + 1;
  let lineEnd = source.indexOf('\n', range.start);
  if (lineEnd === -1) lineEnd = source.length;
  const text = source.slice(lineStart, lineEnd).replace(/\r$/, '');
  if (!text.trim()) return undefined;
  const start = range.start - lineStart;
  return window(text, Math.min(start, text.length), Math.min(Math.max(start, range.end - lineStart), text.length));
}

/**
 * Add what only reports read to a lint's result: each finding's sentence context (HTML, SARIF
 * fingerprints) and the document summary (HTML). The engine leaves them out, since most runs
 * print neither; a caller that will print them asks here, while it still holds the model.
 */
export function addReportData(lint: LintOutput, timer?: PhaseTimer): void {
  const time = <T>(phase: string, fn: () => T): T => (timer ? timer.time(phase, fn) : fn());
  const { model } = lint;
  time('lint:contexts', () => {
    for (const f of lint.findings) {
      const context = f.fatal ? undefined : findingContext(model, f.range);
      if (context) f.context = context;
    }
  });
  const place = location(model.text);
  lint.document = time('lint:summary', () => summarizeDocument(model, lint.catalogueAlignment, (offset) => place.toPoint(offset) ?? { line: 1, column: 1 }));
}

/**
 * What a run keeps of a lint and its reports read: the result without the model and alignment
 * (which hold the whole document), with report data added when asked.
 */
export function resultOf(lint: LintOutput, reportData: boolean, timer?: PhaseTimer): LintResult {
  if (reportData) addReportData(lint, timer);
  const { model: _model, catalogueAlignment: _alignment, ...result } = lint;
  return result;
}
