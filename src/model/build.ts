import type { PolicyModel } from './types.js';
import { parseMarkdown } from '../parse/processor.js';
import { collectTextBlocks } from '../parse/text-blocks.js';
import { buildSections } from '../parse/sections.js';
import { readFrontMatter } from '../parse/front-matter.js';
import { extractDirectives } from '../parse/directives.js';
import { extractDocNumbers } from './doc-numbers.js';
import { extractDates, extractShortYearDates } from './dates.js';
import { buildMeta } from './meta.js';
import { extractReferences } from './references.js';
import { extractEnumerations } from './enumerations.js';
import { extractTargets } from './targets.js';
import { extractProofreadingFacts } from './proofreading-facts.js';

/** Times named phases (the engine's --stats collector); absent in ordinary runs. */
export interface PhaseTimer {
  time<T>(phase: string, fn: () => T): T;
}

const UNTIMED: PhaseTimer = { time: (_phase, fn) => fn() };

/**
 * Build the policy model: one parse, one pass of each extractor. A pure function of the text
 * and its path: no file access, so the CLI and an editor share it.
 */
export function buildModel(text: string, path = '<text>', timer: PhaseTimer = UNTIMED): PolicyModel {
  const tree = timer.time('parse', () => parseMarkdown(text));
  const frontMatter = timer.time('model:front-matter', () => readFrontMatter(tree, text));
  const { blocks, origins } = timer.time('model:text-blocks', () => collectTextBlocks(tree, text));
  const sections = timer.time('model:sections', () => buildSections(blocks, origins, text.length));
  const docNumbers = timer.time('model:doc-numbers', () => blocks.flatMap(extractDocNumbers));
  const dates = timer.time('model:dates', () => extractDates(blocks));
  const meta = timer.time('model:meta', () => buildMeta(frontMatter, blocks, dates, docNumbers));
  const references = timer.time('model:references', () => extractReferences(blocks, docNumbers, dates));
  const enumerations = timer.time('model:enumerations', () => extractEnumerations(blocks));
  const targets = timer.time('model:targets', () => extractTargets(blocks, sections, dates, meta));
  const { normalized: _n, valueRanges: _v, ...frontMatterFacts } = frontMatter;
  const proofreading = timer.time('model:proofreading', () => extractProofreadingFacts(blocks, text));
  const model: PolicyModel = {
    path, text, frontMatter: frontMatterFacts, meta, blocks, sections, dates, enumerations, targets, references, docNumbers,
    shortYearDates: timer.time('model:short-year-dates', () => extractShortYearDates(blocks)),
    directives: timer.time('model:directives', () => extractDirectives(tree, text)),
    ...proofreading,
  };
  const cutOff = cutOffAt(blocks);
  if (cutOff) model.cutOff = cutOff;
  return model;
}

// Closing marks a finished text may end with; anything else means the excerpt stops mid-sentence (…引进一批).
const CLOSED_END = /[。！？；：…”’」』）】》.!?]\s*$/;

function cutOffAt(blocks: PolicyModel['blocks']): PolicyModel['cutOff'] {
  const last = blocks.filter((b) => b.norm.trim()).at(-1);
  return last && !CLOSED_END.test(last.norm) ? { section: last.section } : undefined;
}
