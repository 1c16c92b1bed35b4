import type { Basis, PolicyModel, SourceRange } from '../model/types.js';
import type { Catalogue, CatalogueSet } from '../catalogue/types.js';
import type { AlignedList } from '../catalogue/align.js';

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export type LocalizedText = Record<Locale, string>;

export type Severity = 'info' | 'warn' | 'error';
export type SeveritySetting = Severity | 'off';
export const SEVERITIES: readonly SeveritySetting[] = ['off', 'info', 'warn', 'error'];

export type Category = 'date' | 'target' | 'list' | 'catalogue' | 'reference' | 'punctuation' | 'number' | 'structure' | 'term';
export const CATEGORIES: readonly Category[] = ['date', 'target', 'list', 'catalogue', 'reference', 'punctuation', 'number', 'structure', 'term'];

export interface RuleMeta {
  /** Kebab-case, starting with the category: `date-invalid`. */
  id: string;
  category: Category;
  /** Default severity when the config does not set one. */
  severity: Severity;
  /** Whether findings carry safe automatic fixes. */
  fixable: boolean;
  /** Whether findings may carry suggestions (corrections a human confirms). */
  hasSuggestions?: boolean;
  description: LocalizedText;
  /** Message templates by id; `{{name}}` placeholders are filled from `data`. */
  messages: Record<string, LocalizedText>;
  /** JSON Schema for the rule's options object; defaults are applied by ajv. */
  schema?: object;
  /** Path of the doc page, relative to the package root. */
  docs: string;
}

export interface TextEdit {
  range: SourceRange;
  text: string;
}

export interface ReportSuggestion {
  messageId: string;
  data?: Record<string, string | number>;
  fix: TextEdit;
}

export interface ReportRelated {
  range: SourceRange;
  messageId: string;
  data?: Record<string, string | number>;
}

/**
 * A catalogue or registry entry a finding compares the text with, with the strength of its source
 * (see catalogues/README.md): a reviewer must see whether the fact behind a finding is verified.
 */
export interface EvidenceSource {
  kind: 'catalogue' | 'registry';
  /** The catalogue's or document's name as shipped (江苏省“10+X”未来产业体系, 苏政发〔2023〕104号). */
  name: string;
  /** Where the fact comes from: title, issuer, site. */
  citation?: string;
  level?: 'official' | 'meta' | 'news' | 'unverified';
  verified: boolean;
}

/** The fact a finding rests on: what it is, how it was established and where it was read. */
export interface ReportEvidence {
  /** Worded by the rule's messages, like related locations. */
  messageId: string;
  data?: Record<string, string | number>;
  /** How a fact read from the text was established; absent for a catalogue or registry fact. */
  basis?: Basis;
  /** Where in the text the fact stands. */
  range?: SourceRange;
  source?: EvidenceSource;
}

export interface ReportDescriptor {
  range: SourceRange;
  messageId: string;
  data?: Record<string, string | number>;
  fix?: TextEdit;
  suggestions?: ReportSuggestion[];
  /** Other places that explain the finding (where a list was first stated). */
  related?: ReportRelated[];
  /** The facts the finding rests on (see ReportEvidence). */
  evidence?: ReportEvidence[];
}

/** A report located by a model fact (anything with a `range`: a date, a target, a section, a doc number). */
export type NodeReportDescriptor = Omit<ReportDescriptor, 'range'> & { node: { range: SourceRange } };

export interface RuleContext<Options = Record<string, unknown>> {
  model: PolicyModel;
  /** Options after validation, with schema defaults applied. */
  options: Options;
  /** The config's shared `settings` (with overrides for this file merged in); `{}` when none. */
  settings: Readonly<Record<string, unknown>>;
  catalogues: CatalogueSet;
  /** The catalogue of the government above this document, if one governs it. */
  parentCatalogue?: Catalogue;
  /**
   * The document's lists aligned with the parent catalogue and the catalogues it cites, one entry
   * per `model.enumerations` item in that order: a quote of a catalogue, the document's own sector
   * list, or another list (see alignLists). Computed once per lint, when a rule first reads it
   * (destructuring it in `check`'s parameters reads it).
   */
  readonly alignment: AlignedList[];
  locale: Locale;
  report(descriptor: ReportDescriptor | NodeReportDescriptor): void;
}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  check(context: RuleContext<Options>): void;
}

/** Identity helper that gives rule authors type checking of `meta` and `check`. */
export function defineRule<Options = Record<string, unknown>>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

/** Fill `{{name}}` placeholders. Unknown names stay visible so a missing datum is noticed. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
