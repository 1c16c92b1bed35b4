import { defineRule } from '../src/engine/rule.js';
import type { NumberedLead } from '../src/model/types.js';

interface Options {
  allowSkippedLevels: boolean;
}

const STYLE_EXAMPLE = ['', '一、', '（一）', '1.', '（1）'];

export default defineRule<Options>({
  meta: {
    id: 'structure-heading-order',
    category: 'structure',
    severity: 'warn',
    fixable: false,
    description: {
      'zh-CN': '层次序数依次为“一、”“（一）”“1.”“（1）”，不倒置',
      en: 'Section numbers nest in the order 一、 → （一） → 1. → （1）',
    },
    messages: {
      reversed: {
        'zh-CN': '「{{ordinal}}」出现在上一层级的「{{higher}}」之前；层次序数依次为一、（一）1.（1）',
        en: '“{{ordinal}}” comes before the higher-level “{{higher}}”; the order is 一、 （一） 1. （1）',
      },
      skipped: {
        'zh-CN': '「{{ordinal}}」直接排在「{{parent}}」之下，跳过了「{{missing}}」一级',
        en: '“{{ordinal}}” sits directly under “{{parent}}”, skipping the “{{missing}}” level',
      },
    },
    schema: {
      type: 'object',
      properties: {
        // Short documents often go from 一、 straight to 1.; GB/T 9704 allows leaving levels out.
        allowSkippedLevels: { type: 'boolean', default: true },
      },
      additionalProperties: false,
    },
    docs: 'rules/structure-heading-order.md',
  },
  check({ model, options, report }) {
    const leads = model.numbering;
    const reportedSeries = new Set<number>();
    leads.forEach((lead, i) => {
      if (reportedSeries.has(lead.series)) return;
      if (lead.parent === -1 && lead.rank > 1) {
        // A top-level （一） is reversed only when a higher level follows it in the same part of the document.
        const higher = leads.slice(i + 1).find((l: NumberedLead) => l.context === lead.context && l.rank < lead.rank);
        if (higher) {
          reportedSeries.add(lead.series);
          report({ range: lead.range, messageId: 'reversed', data: { ordinal: lead.text, higher: higher.text }, related: [{ range: higher.range, messageId: 'reversed', data: { ordinal: lead.text, higher: higher.text } }] });
        }
        return;
      }
      if (!options.allowSkippedLevels && lead.parent !== -1 && lead.rank > leads[lead.parent].rank + 1) {
        reportedSeries.add(lead.series);
        report({ range: lead.range, messageId: 'skipped', data: { ordinal: lead.text, parent: leads[lead.parent].text, missing: STYLE_EXAMPLE[leads[lead.parent].rank + 1] } });
      }
    });
  },
});
