import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../../src/cli/args.js';

function usage(argv: string[]): UsageError {
  try {
    parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
}

describe('--format and --output-file', () => {
  it('default to stylish on stdout', () => {
    expect(parseCliArgs(['a.md']).outputs).toEqual([{ format: 'stylish' }]);
  });

  it('take name:file, repeat, and keep a Windows drive in the file name', () => {
    const o = parseCliArgs(['-f', 'sarif:out/r.sarif', '--format=html:C:\\reports\\r.html', '--format', 'github']);
    expect(o.outputs).toEqual([{ format: 'sarif', file: 'out/r.sarif' }, { format: 'html', file: 'C:\\reports\\r.html' }, { format: 'github' }]);
    expect(o.format).toBe('sarif');
  });

  it('--output-file names the file of a single format', () => {
    expect(parseCliArgs(['-f', 'junit', '-o', 'r.xml']).outputs).toEqual([{ format: 'junit', file: 'r.xml' }]);
    expect(parseCliArgs(['-o', 'r.txt']).outputs).toEqual([{ format: 'stylish', file: 'r.txt' }]);
  });

  it('reject what cannot work, in both languages', () => {
    const cases: [string[], string, string][] = [
      [['--format', 'pdf'], '（实际为“pdf”）', '(found "pdf")'],
      [['--format', 'json', '--format', 'github'], '只能有一种格式输出到标准输出（json、github）', 'only one format can go to standard output (json, github)'],
      [['--format', 'json', '--format', 'sarif', '-o', 'x'], '--output-file 只能与单个 --format 一起使用', '--output-file applies to a single --format'],
      [['--format', 'sarif:x', '-o', 'y'], '--output-file 只能与单个 --format 一起使用', '--output-file applies to a single --format'],
      [['--format', 'sarif:x.sarif', '--format', 'json:x.sarif'], '输出文件“x.sarif”被指定了两次', 'the output file "x.sarif" is named twice'],
      [['--format', 'html:'], '冒号后应为输出文件名', 'a file name must follow the colon'],
      [['-o', ' '], '--output-file 需要一个文件名', '--output-file needs a file name'],
    ];
    for (const [argv, zh, en] of cases) {
      const e = usage(argv);
      expect(e.localized('zh-CN'), argv.join(' ')).toContain(zh);
      expect(e.localized('en'), argv.join(' ')).toContain(en);
    }
  });
});
