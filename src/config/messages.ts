import path from 'node:path';
import type { LocalizedText } from '../engine/rule.js';

/** A text that reads the same in both languages (a message from a library, a path). */
export const same = (text: string): LocalizedText => ({ 'zh-CN': text, en: text });

/** A value as messages quote it: JSON, cut to 60 characters. */
export function show(value: unknown): string {
  const s = JSON.stringify(value);
  return s === undefined ? String(value) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** How messages name a file: relative to the working directory when inside it, absolute otherwise. */
export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}
