import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigResolver, lintText, type Finding } from '../../src/index.js';
import { ensureBuilt, removeTree, ROOT, tempTree } from '../cli/helpers.js';

// The README's API example with a project's configuration files, run as written against the built
// package: the ```ts block that builds a ConfigResolver, with `cwd`, `file` and `text` supplied.
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const example = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]).find((code) => code.includes('new ConfigResolver'))!;

describe("README API example: a project's configuration through lintOptionsFor", () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    ensureBuilt();
    dir = tempTree({
      'policylint.config.yaml': 'locale: en\nrules:\n  date-missing-year: "off"\nsettings: { office: 徐州 }\n',
      'drafts/plan.md': readFileSync(path.join(ROOT, 'examples/xuzhou-interpretation.md'), 'utf8'),
    });
    file = path.join(dir, 'drafts/plan.md');
  }, 180_000);
  afterAll(() => removeTree(dir));

  it('the example calls lintOptionsFor instead of copying the configuration fields', () => {
    expect(example).toMatch(/lintText\(text, lintOptionsFor\(config, file\)\)/);
  });

  it('finds what lintText finds with every field of the configuration passed by hand', async () => {
    const dist = pathToFileURL(path.join(ROOT, 'dist/src/index.js')).href;
    const module = path.join(dir, 'example.mjs');
    const given = `const cwd = ${JSON.stringify(dir)};\nconst file = ${JSON.stringify(file)};\nconst text = ${JSON.stringify(readFileSync(file, 'utf8'))};\n`;
    // The example's import line first, then what it takes as given, then the rest of it.
    const code = example.replace(/from 'policylint';\n/, `from ${JSON.stringify(dist)};\n${given}`);
    writeFileSync(module, `${code}export { findings };\n`);
    const { findings } = (await import(pathToFileURL(module).href)) as { findings: Finding[] };

    const resolver = new ConfigResolver({ cwd: dir });
    const config = resolver.forFile(file);
    const expected = lintText(readFileSync(file, 'utf8'), {
      filePath: file, rules: config.rules, catalogues: config.catalogues, locale: config.locale,
      settings: config.settings, knownRuleIds: config.knownRuleIds,
      reportUnusedDisableDirectives: config.reportUnusedDisableDirectives,
    }).findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.some((f) => f.ruleId === 'date-missing-year')).toBe(false);
    expect(JSON.stringify(findings)).toBe(JSON.stringify(expected));
  });
});
