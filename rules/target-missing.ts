import { defineRule } from '../src/engine/rule.js';
import type { PolicyModel, Section, SourceRange } from '../src/model/types.js';
import { isDocumentTitle } from '../src/model/targets.js';

interface Options {
  /** 文种 that set goals: a document whose kind contains one of these is checked. */
  kinds: string[];
  /** Without a goals section, check only documents with at least this many top-level sections (an excerpt is not a document). */
  minSections: number;
}

// Kinds that describe or report a plan rather than set one.
const NOT_A_PLAN = /解读|新闻|报道|通知|答记者问|征求意见/;

export default defineRule<Options>({
  meta: {
    id: 'target-missing',
    category: 'target',
    severity: 'warn',
    fixable: false,
    description: {
      'zh-CN': '规划类文件（意见、方案、规划、计划）的目标部分应有目标年份和可量化指标',
      en: 'A plan-type document (意见, 方案, 规划, 计划) should state its goals with a target year and a measurable indicator',
    },
    messages: {
      missingYear: {
        'zh-CN': '目标部分“{{section}}”没有写明目标年份（如“到2026年”）',
        en: 'goals section “{{section}}” states no target year (such as 到2026年)',
      },
      missingIndicator: {
        'zh-CN': '目标部分“{{section}}”只有定性表述，没有可量化的指标',
        en: 'goals section “{{section}}” has only qualitative goals, no measurable indicator',
      },
      missingBoth: {
        'zh-CN': '目标部分“{{section}}”既没有目标年份，也没有可量化的指标',
        en: 'goals section “{{section}}” has neither a target year nor a measurable indicator',
      },
      noGoals: {
        'zh-CN': '本{{kind}}没有目标部分，全文也没有带年份的量化目标',
        en: 'this {{kind}} has no goals section and no measurable target with a year anywhere',
      },
    },
    schema: {
      type: 'object',
      properties: {
        kinds: { type: 'array', items: { type: 'string', minLength: 1 }, default: ['意见', '方案', '规划', '计划'] },
        minSections: { type: 'integer', minimum: 0, default: 3 },
      },
      additionalProperties: false,
    },
    docs: 'rules/target-missing.md',
  },
  check({ model, options, report }) {
    const kind = model.meta.kind?.value;
    // 若干措施 mostly list policies without goals: checked only when a config adds 措施.
    const kinds = options.kinds ?? ['意见', '方案', '规划', '计划'];
    if (!kind || NOT_A_PLAN.test(kind) || !kinds.some((k) => kind.includes(k))) return;

    const titleSections = documentTitleSections(model);
    const ancestors = (s: Section): Section[] => {
      const out: Section[] = [];
      for (let p = s.parent; p !== -1; p = model.sections[p].parent) out.push(model.sections[p]);
      return out;
    };
    const isGoals = (s: Section) => !titleSections.has(s.index) && s.title.includes('目标');
    // The outermost goals sections: （二）2026年目标 under 二、发展目标 belongs to its parent.
    const goalsSections = model.sections.filter((s) => isGoals(s) && !ancestors(s).some(isGoals));

    if (goalsSections.length) {
      for (const g of goalsSections) {
        const within = (section: number) => section !== -1 && (section === g.index || ancestors(model.sections[section]).some((a) => a.index === g.index));
        const targets = model.targets.filter((t) => within(t.section));
        // An excerpt that stops at the goals heading says nothing either way.
        if (!targets.length && !g.hasBody) continue;
        // An excerpt cut off inside the goals section (it stops mid-sentence) says nothing either way.
        if (model.cutOff && within(model.cutOff.section)) continue;
        // Goals given in a table (指标 | 2025年 | …) are not read by the extractor: do not call the section empty.
        if (g.hasNumericTable) continue;
        const hasYear = targets.some((t) => t.year !== undefined);
        const hasIndicator = targets.some((t) => t.measurable);
        if (hasYear && hasIndicator) continue;
        const messageId = !hasYear && !hasIndicator ? 'missingBoth' : !hasYear ? 'missingYear' : 'missingIndicator';
        report({ range: g.headingRange, messageId, data: { section: g.title } });
      }
      return;
    }

    // Parts of the document body: 一、 sections or Markdown headings, not 1. items that a news lead or
    // a 通知 puts before the first 一、.
    const topLevel = model.sections.filter(
      (s) => !titleSections.has(s.index) && (s.parent === -1 || titleSections.has(s.parent)) && (!s.numbering || s.numbering.style === 'chinese'),
    );
    if (topLevel.length < (options.minSections ?? 3)) return;
    if (model.targets.some((t) => t.measurable && t.year !== undefined)) return;
    report({ range: titleRange(model), messageId: 'noGoals', data: { kind } });
  },
});

/** The top Markdown heading that titles the whole document is not one of its sections. */
function documentTitleSections(model: PolicyModel): Set<number> {
  return new Set(model.sections.filter((s) => isDocumentTitle(s, model.sections, model.meta)).map((s) => s.index));
}

function titleRange(model: PolicyModel): SourceRange {
  const heading = model.blocks.find((b) => b.kind === 'heading');
  return model.meta.title?.range ?? heading?.range ?? model.blocks[0]?.range ?? { start: 0, end: 0 };
}
