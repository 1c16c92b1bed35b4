import { describe, it, expect, beforeAll } from 'vitest';
import { ensureBuilt, removeTree, runCli, tempTree } from './helpers.js';

beforeAll(() => ensureBuilt(), 180_000);

interface JsonMessage {
  ruleId: string;
  line: number;
  column: number;
  fix?: { range: [number, number]; text: string };
}

describe('proofreading rules through the CLI', () => {
  it('extends term-substitution from the config file and fixes offsets in a BOM + CRLF file', () => {
    const config = JSON.stringify({ rules: { 'term-substitution': ['error', { substitutions: [{ words: ['建国以来'], expected: '新中国成立以来', reason: '固定表述' }] }] } });
    const body = '建国以来，其它地区发展迅速。\r\n\r\n一. 总体要求\r\n';
    const dir = tempTree({ 'policylint.config.json': config, 'draft.md': '\uFEFF' + body });
    try {
      const run = runCli(['draft.md', '--format', 'json'], dir);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      const [result] = JSON.parse(run.stdout) as { messages: JsonMessage[] }[];
      const byRule = (id: string) => result.messages.filter((m) => m.ruleId === id);
      const terms = byRule('term-substitution');
      expect(terms.map((m) => m.fix?.text)).toEqual(['新中国成立以来', '其他']);
      // Offsets are into the BOM-less decoded text.
      const fix = terms[0].fix!;
      expect(body.slice(fix.range[0], fix.range[1])).toBe('建国以来');
      const ordinal = byRule('punctuation-ordinal')[0];
      expect([ordinal.line, ordinal.column]).toEqual([3, 2]);
      expect(body.slice(ordinal.fix!.range[0], ordinal.fix!.range[1])).toBe('.');
    } finally {
      removeTree(dir);
    }
  });

  it('rejects a substitution entry without words or pattern with exit 2 and says where', () => {
    const config = JSON.stringify({ rules: { 'term-substitution': ['warn', { substitutions: [{ expected: '其他' }] }] } });
    const dir = tempTree({ 'policylint.config.json': config, 'draft.md': '其它事项。\n' });
    try {
      const run = runCli(['draft.md', '--locale', 'en'], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('policylint.config.json');
      expect(run.stderr).toContain('term-substitution');
    } finally {
      removeTree(dir);
    }
  });
});
