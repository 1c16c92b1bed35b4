import { fixText, type FixOptions } from '../../src/engine/fix.js';
import { resolveRules } from '../../src/engine/rule-settings.js';
import { ruleById } from './lint.js';

/** Fix a text with one rule alone; returns the fixed text. */
export function fixWith(id: string, text: string, options: FixOptions = {}): string {
  return fixText(text, { rules: resolveRules([ruleById(id)]) }, options).output;
}
