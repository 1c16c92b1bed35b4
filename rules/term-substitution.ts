import { defineRule, type Locale } from '../src/engine/rule.js';
import { editableMask } from '../src/model/proofreading.js';
import { blockRange } from '../src/parse/text-blocks.js';

type Reason = string | Record<Locale, string>;

interface Substitution {
  /** A regular expression (JavaScript syntax, Unicode mode). */
  pattern?: string;
  /** Literal words, any of which is replaced. */
  words?: string[];
  expected: string;
  reason?: Reason;
  /** Whether --fix may apply it; otherwise it is offered as a suggestion. */
  fixable?: boolean;
}

interface Options {
  substitutions: Substitution[];
  replaceDefaults: boolean;
}

// Only corrections a 公文 editor would not reject: fixed wording, one-way misspellings, and the
// forms the 通用规范汉字表 practice settled on. Word pairs that are both correct (制定/制订) are not here.
export const DEFAULT_SUBSTITUTIONS: readonly Substitution[] = [
  {
    // 截止到2024年底 is grammatical (截止 + 到) and stays.
    pattern: '截止(?=[0-9０-９〇一二三四五六七八九今目本上去当])',
    expected: '截至',
    reason: { 'zh-CN': '表示“到某时为止”用“截至”；“截止”指到期停止，后面不带时间', en: '截至 means “up to” a time; 截止 means “closes” and takes no time after it' },
  },
  { words: ['其它'], expected: '其他', reason: { 'zh-CN': '公文统一用“其他”', en: 'official texts write 其他' } },
  { words: ['做为'], expected: '作为', reason: { 'zh-CN': '“作为”不写“做为”', en: '作为 is not written 做为' } },
  { words: ['按装'], expected: '安装', reason: { 'zh-CN': '错别字', en: 'misspelling' } },
  { words: ['布署'], expected: '部署', reason: { 'zh-CN': '错别字', en: 'misspelling' } },
  { words: ['帐户'], expected: '账户', reason: { 'zh-CN': '与钱款有关用“账”', en: '账 is the character for accounts' } },
  { words: ['帐号'], expected: '账号', reason: { 'zh-CN': '与钱款、记录有关用“账”', en: '账 is the character for accounts' } },
  { words: ['按步就班'], expected: '按部就班', reason: { 'zh-CN': '成语误写', en: 'misspelt idiom' } },
  { words: ['迫不急待'], expected: '迫不及待', reason: { 'zh-CN': '成语误写', en: 'misspelt idiom' } },
  { words: ['再接再励'], expected: '再接再厉', reason: { 'zh-CN': '成语误写', en: 'misspelt idiom' } },
  { words: ['一愁莫展'], expected: '一筹莫展', reason: { 'zh-CN': '成语误写', en: 'misspelt idiom' } },
  { words: ['既往不究'], expected: '既往不咎', reason: { 'zh-CN': '成语误写', en: 'misspelt idiom' } },
];

const reasonSchema = {
  anyOf: [
    { type: 'string' },
    { type: 'object', properties: { 'zh-CN': { type: 'string' }, en: { type: 'string' } }, required: ['zh-CN', 'en'], additionalProperties: false },
  ],
};

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(entry: Substitution): RegExp | undefined {
  const source = entry.pattern ?? entry.words?.map(escape).join('|');
  if (!source) return undefined;
  // Unicode mode first (so 𠀀 and \p{Han} work); a pattern written for the plain mode still runs.
  for (const flags of ['gu', 'g']) {
    try {
      return new RegExp(source, flags);
    } catch {
      // try the next mode; the schema's regex format has already rejected what neither accepts
    }
  }
  return undefined;
}

interface Compiled {
  entry: Substitution;
  re: RegExp;
  /** Strings one of which every match contains: a block holding none is skipped without running the regex. */
  needles?: string[];
}

/**
 * The literal text a pattern's every match starts with, or undefined when that is not plain to see
 * (a top-level or any alternation, a class, an escape or a group first). A quantifier after the run
 * makes its last character optional, so that one is dropped.
 */
function literalPrefix(pattern: string): string | undefined {
  if (pattern.includes('|')) return undefined;
  const run = /^[^\\.*+?^${}()|[\]]*/.exec(pattern)![0];
  const prefix = /^[*+?{]/.test(pattern.slice(run.length)) ? run.slice(0, -1) : run;
  return prefix || undefined;
}

// The options object is the same for every file of a run: compile its entries once.
const compiledCache = new WeakMap<Options, Compiled[]>();

function compiledFor(options: Options): Compiled[] {
  let compiled = compiledCache.get(options);
  if (compiled) return compiled;
  const entries = options.replaceDefaults ? options.substitutions : [...DEFAULT_SUBSTITUTIONS, ...options.substitutions];
  compiled = [];
  for (const entry of entries) {
    const re = compile(entry);
    if (!re) continue;
    const prefix = entry.pattern !== undefined ? literalPrefix(entry.pattern) : undefined;
    compiled.push({ entry, re, needles: entry.pattern !== undefined ? (prefix ? [prefix] : undefined) : entry.words });
  }
  compiledCache.set(options, compiled);
  return compiled;
}

export default defineRule<Options>({
  meta: {
    id: 'term-substitution',
    category: 'term',
    severity: 'warn',
    fixable: true,
    hasSuggestions: true,
    description: {
      'zh-CN': '规范用词：固定表述与易混词按替换表改正（可在配置中扩充）',
      en: 'Preferred wording: fixed official terms and confusables from a substitution list (extensible in the config)',
    },
    messages: {
      substitute: {
        'zh-CN': '「{{actual}}」应为「{{expected}}」{{reason}}',
        en: '“{{actual}}” should be “{{expected}}”{{reason}}',
      },
      replace: {
        'zh-CN': '改为「{{expected}}」',
        en: 'replace with “{{expected}}”',
      },
    },
    schema: {
      type: 'object',
      properties: {
        substitutions: {
          type: 'array',
          default: [],
          items: {
            type: 'object',
            properties: {
              pattern: { type: 'string', format: 'regex', minLength: 1 },
              words: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
              expected: { type: 'string' },
              reason: reasonSchema,
              fixable: { type: 'boolean', default: true },
            },
            required: ['expected'],
            anyOf: [{ required: ['pattern'] }, { required: ['words'] }],
            additionalProperties: false,
          },
        },
        // false: the configured entries are added to the shipped list; true: they replace it.
        replaceDefaults: { type: 'boolean', default: false },
      },
      additionalProperties: false,
    },
    docs: 'rules/term-substitution.md',
  },
  check({ model, options, locale, report }) {
    const compiled = compiledFor(options);
    for (const block of model.blocks) {
      if (block.kind === 'html' || !block.text.trim()) continue;
      let mask: boolean[] | undefined;
      const taken: [number, number][] = [];
      for (const { entry, re, needles } of compiled) {
        if (needles && !needles.some((w) => block.text.includes(w))) continue;
        for (const m of block.text.matchAll(re)) {
          const s = m.index!;
          const e = s + m[0].length;
          if (e === s) continue;
          mask ??= editableMask(block);
          if (!mask.slice(s, e).every(Boolean)) continue;
          // The first entry that matches a span wins: later, broader entries do not report it again.
          if (taken.some(([a, b]) => s < b && a < e)) continue;
          taken.push([s, e]);
          // $1 … and $& in `expected` name the match's groups, as in String.prototype.replace.
          const expected = entry.expected.replace(/\$(\d|&)/g, (_, g: string) => (g === '&' ? m[0] : (m[Number(g)] ?? '')));
          if (expected === m[0]) continue;
          const range = blockRange(block, s, e);
          const why = entry.reason === undefined ? '' : typeof entry.reason === 'string' ? entry.reason : entry.reason[locale];
          const data = { actual: m[0], expected, reason: why ? (locale === 'en' ? ` (${why})` : `（${why}）`) : '' };
          const edit = { range, text: expected };
          if (entry.fixable === false) report({ range, messageId: 'substitute', data, suggestions: [{ messageId: 'replace', data: { expected }, fix: edit }] });
          else report({ range, messageId: 'substitute', data, fix: edit });
        }
      }
    }
  },
});
