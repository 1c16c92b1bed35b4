import { defineRule } from '../src/engine/rule.js';
import { displayTitle, documentById, findKnownDocument, issueDateMismatch, parseRegistryDate, type RegistryDate } from '../src/catalogue/documents.js';
import { compareDates, dateProblem, formatDate, minPrecision } from '../src/model/dates.js';
import type { KnownDocument } from '../src/catalogue/types.js';
import type { CalendarDate, DatePrecision } from '../src/model/types.js';

/** Month precision at most: a document may well cite one signed earlier the same month. */
const atMostMonth = (p: DatePrecision): DatePrecision => minPrecision(p, 'month');

/** A registry date that is not the signing date (publication, press report) may trail signing by a month. */
const slackMonths = (doc: KnownDocument) => (doc.dateKind === 'signed' ? 0 : 1);

function monthsBetween(a: CalendarDate, b: CalendarDate): number {
  return (b.year! - a.year!) * 12 + ((b.month ?? 1) - (a.month ?? 1));
}

/** Whether `earlier` is before `later` by more than `slack` months, compared at `precision`. */
function before(earlier: CalendarDate, later: CalendarDate, precision: DatePrecision, slack: number): boolean {
  if (compareDates(earlier, later, precision) >= 0) return false;
  if (precision === 'year') return slack === 0 || later.year! - earlier.year! > 1 || (earlier.month === undefined && later.month === undefined);
  return monthsBetween(earlier, later) > slack;
}

export default defineRule({
  meta: {
    id: 'date-anachronism',
    category: 'date',
    severity: 'error',
    fixable: false,
    description: {
      'zh-CN': '日期先后须合乎事理：文件不能早于它所引用、所落实的文件，也不能早于所属规划期的前一年',
      en: 'Dates must be in a possible order: a document cannot predate one it cites or implements, nor the year before its planning period',
    },
    messages: {
      citesLater: {
        'zh-CN': '本文件成文日期为{{date}}，早于所引《{{title}}》的{{citedDate}}',
        en: 'this document is dated {{date}}, before 《{{title}}》 which it cites ({{citedDate}})',
      },
      citesLaterWritten: {
        'zh-CN': '此处写《{{title}}》于{{written}}印发，晚于本文件成文日期{{date}}',
        en: 'the text has 《{{title}}》 issued {{written}}, after this document’s own date {{date}}',
      },
      beforeImplemented: {
        'zh-CN': '此处写《{{title}}》于{{written}}印发，早于它所落实的《{{implemented}}》（{{implementedDate}}）',
        en: 'the text has 《{{title}}》 issued {{written}}, before 《{{implemented}}》 ({{implementedDate}}) which it implements',
      },
      beforePeriod: {
        'zh-CN': '此处写《{{title}}》于{{written}}印发，比其规划期（{{start}}—{{end}}年）早了{{years}}年',
        en: 'the text has 《{{title}}》 issued {{written}}, {{years}} years before its planning period ({{start}}–{{end}})',
      },
      documentDate: {
        'zh-CN': '本文件成文日期',
        en: 'this document’s date',
      },
    },
    docs: 'rules/date-anachronism.md',
  },
  check({ model, catalogues, report }) {
    const own = model.meta.date;
    // An impossible own date (2025年2月30日) is date-invalid's finding; comparing it would only echo it.
    const ownDate = own && own.value.year !== undefined && !dateProblem(own.value) ? own.value : undefined;
    const ownNumber = model.meta.docNumber?.value.key;
    const ownPrecision: DatePrecision = ownDate?.day !== undefined ? 'day' : ownDate?.month !== undefined ? 'month' : 'year';
    const related = own?.range ? [{ range: own.range, messageId: 'documentDate' }] : [];
    const reportedDocs = new Set<string>();

    for (const ref of model.references) {
      const found = findKnownDocument(ref, model.meta, catalogues);
      // A 通知 names the document it issues: that is this document, not one it cites.
      const doc = found && ownNumber && found.docNumber === ownNumber ? undefined : found;
      const docDate: RegistryDate | undefined = doc ? parseRegistryDate(doc.date) : undefined;

      // (a) This document's own date before the registry date of a document it cites. Once per cited document.
      if (ownDate && doc && docDate && !reportedDocs.has(doc.id)) {
        const p = atMostMonth(minPrecision(ownPrecision, docDate.precision));
        if (before(ownDate, docDate, p, slackMonths(doc))) {
          reportedDocs.add(doc.id);
          report({
            range: ref.titleRange,
            messageId: 'citesLater',
            data: { date: formatDate(ownDate, p), title: displayTitle(doc), citedDate: formatDate(docDate, docDate.precision) },
            related,
          });
        }
      }

      const issued = ref.issueDate;
      if (!issued || issued.kind !== 'point' || issued.missingYear || issued.value.year === undefined) continue;
      // The registry settles a written date it disagrees with: date-reference-mismatch reports it.
      if (doc && issueDateMismatch(issued, doc)) continue;
      const written = formatDate(issued.value, issued.precision);
      const title = ref.title;

      // (b) A cited document issued before the document it implements.
      let done = false;
      for (const id of doc?.implements ?? []) {
        const parent = documentById(catalogues, id);
        const parentDate = parent ? parseRegistryDate(parent.date) : undefined;
        if (!parent || !parentDate) continue;
        const p = atMostMonth(minPrecision(issued.precision, parentDate.precision));
        if (before(issued.value, parentDate, p, 0)) {
          report({
            range: issued.valueRange,
            messageId: 'beforeImplemented',
            data: { title, written, implemented: displayTitle(parent), implementedDate: formatDate(parentDate, parentDate.precision) },
          });
          done = true;
          break;
        }
      }
      if (done) continue;

      // (b) … or more than a year before the planning period in its title (drafting a year ahead is normal).
      const period = doc?.period ?? ref.period;
      if (period && issued.value.year < period.start - 1) {
        report({
          range: issued.valueRange,
          messageId: 'beforePeriod',
          data: { title, written, start: period.start, end: period.end, years: period.start - issued.value.year },
        });
        continue;
      }

      // (c) The text dates a cited document after this document's own date.
      if (ownDate) {
        const p = atMostMonth(minPrecision(ownPrecision, issued.precision));
        if (before(ownDate, issued.value, p, 0)) {
          report({ range: issued.valueRange, messageId: 'citesLaterWritten', data: { title, written, date: formatDate(ownDate, p) }, related });
        }
      }
    }
  },
});
