import { readFileSync } from 'node:fs';
import path from 'node:path';
import { yaml } from '../parse/yaml.js';
import type { Rule } from '../engine/rule.js';
import { builtinRules } from '../../rules/index.js';
import { ConfigError } from './errors.js';
import { PACKAGE_JSON_KEY } from './lookup.js';
import { CONFIG_MESSAGES, displayPath } from './messages.js';
import type { ConfigFile } from './types.js';
import { checkConfig } from './validate.js';

/**
 * Parse and validate one configuration file's text. `display` is how the file is named in
 * messages (relative to the working directory). Rule ids and rule options are checked here, so a
 * problem is reported against the file that has it, not against a merged result.
 */
export function parseConfig(text: string, filePath: string, display = path.basename(filePath), rules: readonly Rule<never>[] = builtinRules): ConfigFile {
  return checkConfig(parseConfigData(text, filePath, display), filePath, display, rules);
}

/** Read, parse and validate a JSON or YAML configuration file, or the policylint key of a package.json. */
export function loadConfigFile(filePath: string, cwd = process.cwd(), rules: readonly Rule<never>[] = builtinRules): ConfigFile {
  const display = path.basename(filePath) === 'package.json' ? `${displayPath(filePath, cwd)}#${PACKAGE_JSON_KEY}` : displayPath(filePath, cwd);
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new ConfigError([CONFIG_MESSAGES.configUnreadable(display, code || (error as Error).message)]);
  }
  text = text.replace(/^\uFEFF/, '');
  if (path.basename(filePath) === 'package.json') {
    const pkg = parseConfigData(text, filePath, display) as Record<string, unknown> | null;
    return checkConfig(pkg?.[PACKAGE_JSON_KEY], filePath, display, rules);
  }
  return parseConfig(text, filePath, display, rules);
}

function parseConfigData(text: string, filePath: string, display: string): unknown {
  if (filePath.endsWith('.json')) {
    try {
      return JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      const at = /at position (\d+)/.exec(message);
      const where = at ? `:${lineColumn(text, Number(at[1]))}` : '';
      const cause = message.replace(/\s*in JSON at position \d+.*$/s, '');
      throw new ConfigError([CONFIG_MESSAGES.invalidJson(`${display}${where}`, cause)]);
    }
  }
  const doc = yaml().parseDocument(text);
  if (doc.errors.length) {
    const e = doc.errors[0];
    const where = e.linePos ? `:${e.linePos[0].line}:${e.linePos[0].col}` : '';
    const cause = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError([CONFIG_MESSAGES.invalidYaml(`${display}${where}`, cause)]);
  }
  return doc.toJS();
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}
