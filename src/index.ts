/**
 * policylint's public API. The engine (lintText, buildModel) is pure: text in, findings out;
 * lintFiles adds file discovery, decoding and configuration lookup, like the command line.
 */
export { lintText, type LintOptions, type LintOutput, type CatalogueAlignment } from './engine/lint.js';
export { fixText, applyEdits, type Edit, type FixOptions, type FixResult, type FixNotice } from './engine/fix.js';
export { buildModel } from './model/build.js';
export { defineRule, formatMessage, LOCALES, SEVERITIES, CATEGORIES } from './engine/rule.js';
export type {
  Rule,
  RuleMeta,
  RuleContext,
  Locale,
  LocalizedText,
  Severity,
  SeveritySetting,
  Category,
  ReportDescriptor,
  NodeReportDescriptor,
  ReportSuggestion,
  ReportRelated,
  ReportEvidence,
  EvidenceSource,
  TextEdit,
} from './engine/rule.js';
export { resolveRules, RuleConfigError, type RuleSetting, type ResolvedRule } from './engine/rule-settings.js';
export type { Finding, FindingSuggestion, FindingRelated, FindingEvidence, LintResult, Position } from './engine/findings.js';
export { builtinRules } from '../rules/index.js';
export type * from './model/types.js';
export type { Catalogue, CatalogueSet, CatalogueGroup, CatalogueItem, KnownDocument } from './catalogue/types.js';
export { EMPTY_CATALOGUES } from './catalogue/types.js';
export type { AlignedList, QuotedList, OwnList, OtherList } from './catalogue/align.js';
export type { Citation } from './catalogue/citations.js';
export type { ItemMatch, MatchHow } from './catalogue/match.js';
export { loadShippedCatalogues, loadCatalogueFiles } from './files/catalogues.js';

export { run, lintFiles, NoFilesError, type RunOptions, type LintRun, type FileLintResult } from './runner/run.js';
/** The options of lintFiles under their former name. */
export type { RunOptions as LintFilesOptions } from './runner/run.js';
export {
  ConfigResolver,
  ConfigError,
  lintOptionsFor,
  loadConfigFile,
  parseConfig,
  checkConfig,
  CONFIG_FILE_NAMES,
  type PolicylintConfig,
  type EffectiveConfig,
  type PrintedConfig,
  type ConfigResolverOptions,
  type ConfigOverride,
  type PluginModule,
  type LoadedPlugin,
} from './config/index.js';
export { discoverFiles } from './files/discover.js';
export { decodeBuffer, readTextFile, type DecodedText, type TextEncoding } from './files/read.js';
export { encodeText } from './files/encode.js';
export { writeFileAtomic } from './files/write.js';
export { formatStylish, formatJson, toEslintResults, type EslintResult, type EslintMessage } from './report/index.js';
export { FORMATS, format, describeRules, formatCompact, formatUnix, formatSarif, toSarif, formatJunit, formatGithub, formatMarkdown, formatHtml, type FormatName, type FormatOptions, type ReportRule, type ToolInfo } from './report/index.js';
export type { DocumentSummary, AlignmentRow, FindingContext } from './engine/findings.js';
export { addReportData } from './report/summary.js';
export { inspectModel } from './runner/inspect.js';
export { loadRuleDoc, parseRuleDoc, type RuleDoc } from './files/rule-docs.js';
export { RuleTester, RuleTesterError, applyFixes, type RuleTesterConfig, type ValidTestCase, type InvalidTestCase, type ExpectedError, type ExpectedRelated, type ExpectedSuggestion } from './engine/rule-tester.js';
export { PRESET_NAMES, presetRules, type PresetName } from './engine/presets.js';
export { applyDirectives, DIRECTIVE_MESSAGES, type UnusedDirectiveSetting } from './engine/directives.js';
