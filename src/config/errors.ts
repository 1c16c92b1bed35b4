import type { Locale, LocalizedText } from '../engine/rule.js';
import { PluginProblem } from './plugins.js';

/** A configuration that cannot be used: every line names the file, where in it, and what is wrong. */
export class ConfigError extends Error {
  constructor(
    readonly problems: LocalizedText[],
    /** The locale the broken file asked for, when it said so validly: messages then speak it. */
    readonly configLocale?: Locale,
  ) {
    super(problems.map((p) => p.en).join('\n'));
    this.name = 'ConfigError';
  }

  /** The problems in one language, one a line. */
  format(locale: Locale): string {
    return this.problems.map((p) => p[locale]).join('\n');
  }
}

/** Thrown by the synchronous path when a module (an .mjs config or a plugin) has not been imported yet. */
export class ModuleNotLoaded extends Error {
  constructor(
    readonly file: string,
    /** The ConfigError to throw if importing it fails. */
    readonly failure: (cause: string | LocalizedText) => ConfigError,
  ) {
    super(`policylint: ${file} must be imported first: call "await resolver.preload(files)" before forFile()`);
  }
}

/** A load failure's cause: bilingual for our own checks, the first line of the message otherwise. */
export function causeOf(error: unknown): string | LocalizedText {
  if (error instanceof PluginProblem) return error.text;
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
