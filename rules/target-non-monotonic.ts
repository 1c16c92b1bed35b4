import { defineRule } from '../src/engine/rule.js';
import type { Target } from '../src/model/types.js';

// Indicators that are meant to fall (能耗, 排放, 成本): a smaller later value is the point.
const FALLING = /下降|降低|减少|压减|能耗|排放|碳强度|成本|时间|时长|周期|污染|事故|死亡|亏损/;
// Rates and growth in percent (年均增长6% by 2025, 4.5% by 2035): growth legitimately slows as the base grows.
const RATE = /增长|增速|增幅|年均|率/;
const PERCENT = new Set(['%', '个百分点', '百分点']);

export default defineRule({
  meta: {
    id: 'target-non-monotonic',
    category: 'target',
    severity: 'error',
    fixable: false,
    description: {
      'zh-CN': '同一指标后一阶段的目标值不应低于前一阶段（2030年突破5000亿元，2035年却突破4000亿元）',
      en: 'The same indicator must not have a smaller target at a later year (5000亿元 by 2030 but 4000亿元 by 2035)',
    },
    messages: {
      smaller: {
        'zh-CN': '“{{indicator}}”{{year}}年的目标{{value}}低于{{earlierYear}}年的目标{{earlierValue}}',
        en: '“{{indicator}}”: the {{year}} target {{value}} is smaller than the {{earlierYear}} target {{earlierValue}}',
      },
      earlier: {
        'zh-CN': '{{earlierYear}}年的目标为{{earlierValue}}',
        en: 'the {{earlierYear}} target is {{earlierValue}}',
      },
    },
    docs: 'rules/target-non-monotonic.md',
  },
  check({ model, report }) {
    const written = (t: Target) => (t.valueRange ? model.text.slice(t.valueRange.start, t.valueRange.end) : `${t.value}${t.unit ?? ''}`);
    const groups = new Map<string, Target[]>();
    for (const t of model.targets) {
      // Ceilings (以内, 不超过) are meant to tighten; only floors and levels are compared.
      if (!t.measurable || t.value === undefined || t.year === undefined || !t.unit || !t.indicatorKey) continue;
      if (t.comparator === '<' || t.comparator === '<=' || FALLING.test(t.indicatorKey)) continue;
      if (PERCENT.has(t.unit) && RATE.test(t.indicatorKey)) continue;
      // Targets quoted from different documents are not one series.
      const key = `${t.citing ?? ''}\u0000${t.indicatorKey}\u0000${t.unit}`;
      const list = groups.get(key) ?? [];
      list.push(t);
      groups.set(key, list);
    }
    for (const list of groups.values()) {
      // A goal restated (the summary and the yearly list both give 2026: 800亿元) is one finding, not two.
      const reported = new Set<string>();
      for (const t of list) {
        let worst: Target | undefined;
        for (const e of list) if (e.year! < t.year! && e.value! > t.value! && (!worst || e.value! > worst.value!)) worst = e;
        if (!worst) continue;
        const pair = `${t.year}\u0000${t.value}\u0000${worst.year}\u0000${worst.value}`;
        if (reported.has(pair)) continue;
        reported.add(pair);
        const data = { indicator: t.indicator, year: t.year!, value: written(t), earlierYear: worst.year!, earlierValue: written(worst) };
        report({
          range: t.valueRange ?? t.range,
          messageId: 'smaller',
          data,
          related: [{ range: worst.valueRange ?? worst.range, messageId: 'earlier', data }],
        });
      }
    }
  },
});
