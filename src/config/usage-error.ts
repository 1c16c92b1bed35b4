import type { Locale } from '../engine/rule.js';

/** A command line that cannot be run: one line saying why (both languages, the caller picks). */
export class UsageError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'UsageError';
  }

  localized(locale: Locale): string {
    return locale === 'en' ? this.en : this.zh;
  }
}
