import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, ConfigResolver } from '../../src/config/index.js';
import { builtinRules } from '../../rules/index.js';
import { removeTree, tempTree } from '../cli/helpers.js';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) removeTree(dirs.pop()!);
});

function tree(files: Record<string, string>): string {
  const dir = tempTree(files);
  dirs.push(dir);
  return dir;
}

const severities = (resolver: ConfigResolver, file: string) => Object.fromEntries(resolver.forFile(file).rules.map((r) => [r.rule.meta.id, r.severity]));

async function configError(resolver: () => ConfigResolver, file: string): Promise<string> {
  try {
    const r = resolver();
    await r.preload([file]);
    r.forFile(file);
  } catch (error) {
    if (error instanceof ConfigError) return error.format('en');
    throw error;
  }
  return '';
}

const PLUGIN = `export default {
  rules: {
    'no-jargon': {
      meta: {
        id: 'no-jargon', category: 'term', severity: 'warn', fixable: false,
        description: { 'zh-CN': '套话', en: 'jargon' },
        messages: { jargon: { 'zh-CN': '套话「{{word}}」', en: 'jargon "{{word}}"' } },
        schema: { type: 'object', properties: { words: { type: 'array', items: { type: 'string' }, default: ['抓手'] } }, additionalProperties: false },
        docs: 'no-jargon.md',
      },
      check({ model, options, settings, report }) {
        for (const b of model.blocks) for (const w of [...options.words, ...(settings.extraWords ?? [])]) {
          const i = b.text.indexOf(w);
          if (i >= 0) report({ range: { start: b.offsets[i], end: b.offsets[i + w.length] }, messageId: 'jargon', data: { word: w } });
        }
      },
    },
  },
  configs: { strictest: { rules: { 'no-jargon': 'error' } } },
};
`;

describe('presets', () => {
  it('recommended is the default: every rule at its default severity', () => {
    const dir = tree({ 'a.md': '' });
    const s = severities(new ConfigResolver({ cwd: dir, includeInfo: true }), path.join(dir, 'a.md'));
    expect(s).toEqual(Object.fromEntries(builtinRules.map((r) => [r.meta.id, r.meta.severity])));
  });

  it('strict turns warnings into errors and runs info rules as warnings, computed from metadata', () => {
    const dir = tree({ 'policylint.config.yaml': 'extends: policylint:strict\n', 'a.md': '' });
    const s = severities(new ConfigResolver({ cwd: dir }), path.join(dir, 'a.md'));
    for (const r of builtinRules) expect(s[r.meta.id]).toBe(r.meta.severity === 'info' ? 'warn' : 'error');
  });

  it('all runs every rule; a config after the preset still wins', () => {
    const dir = tree({ 'policylint.config.json': JSON.stringify({ extends: ['policylint:all'], rules: { 'list-duplicate-item': 'off' } }), 'a.md': '' });
    const s = severities(new ConfigResolver({ cwd: dir }), path.join(dir, 'a.md'));
    expect(Object.keys(s).length).toBe(builtinRules.length - 1);
    expect(s['date-missing-year']).toBe('warn');
  });

  it('an unknown preset is an error with a suggestion', async () => {
    const dir = tree({ 'policylint.config.yaml': 'extends: policylint:stric\n', 'a.md': '' });
    expect(await configError(() => new ConfigResolver({ cwd: dir }), path.join(dir, 'a.md'))).toBe(
      'policylint.config.yaml: extends: unknown preset "policylint:stric"; available: policylint:recommended, policylint:strict, policylint:all; did you mean "policylint:strict"?',
    );
  });
});

describe('extends files', () => {
  it('applies the extended file first, then the extending one', () => {
    const dir = tree({
      'shared/base.yaml': 'rules:\n  list-duplicate-item: error\n  target-missing: "off"\nsettings:\n  office: 徐州\n',
      'policylint.config.yaml': 'extends: ./shared/base.yaml\nrules:\n  list-duplicate-item: "off"\n',
      'a.md': '',
    });
    const resolver = new ConfigResolver({ cwd: dir });
    const s = severities(resolver, path.join(dir, 'a.md'));
    expect(s['list-duplicate-item']).toBeUndefined();
    expect(s['target-missing']).toBeUndefined();
    expect(resolver.forFile(path.join(dir, 'a.md')).settings).toEqual({ office: '徐州' });
  });

  it("matches a shared file's override globs and ignores against the project that extends it", () => {
    const dir = tree({
      'shared/base.yaml': 'ignores: [archive]\noverrides:\n  - files: ["news/**"]\n    rules: { catalogue-unknown-item: "off" }\n',
      'policylint.config.yaml': 'extends: ./shared/base.yaml\n',
      'news/a.md': '',
      'archive/b.md': '',
    });
    const resolver = new ConfigResolver({ cwd: dir });
    expect(severities(resolver, path.join(dir, 'news/a.md'))['catalogue-unknown-item']).toBeUndefined();
    expect(resolver.forFile(path.join(dir, 'archive/b.md')).isIgnored(path.join(dir, 'archive/b.md'))).toBe(true);
    expect(resolver.forFile(path.join(dir, 'news/a.md')).isIgnored(path.join(dir, 'news/a.md'))).toBe(false);
  });

  it('an extends cycle names the chain; a missing extended file names the entry', async () => {
    const cyc = tree({ 'policylint.config.yaml': 'extends: ./b.yaml\n', 'b.yaml': 'extends: ./policylint.config.yaml\n', 'a.md': '' });
    expect(await configError(() => new ConfigResolver({ cwd: cyc }), path.join(cyc, 'a.md'))).toMatch(/extends forms a cycle: policylint\.config\.yaml → b\.yaml → policylint\.config\.yaml/);
    const missing = tree({ 'policylint.config.yaml': 'extends: [./nope.yaml]\n', 'a.md': '' });
    expect(await configError(() => new ConfigResolver({ cwd: missing }), path.join(missing, 'a.md'))).toMatch(/^policylint\.config\.yaml: extends\[0\]: cannot find "\.\/nope\.yaml"/);
  });

  it('validates an extended file as a config of its own', async () => {
    const dir = tree({ 'policylint.config.yaml': 'extends: ./base.json\n', 'base.json': '{"rules":{"list-duplicate-item":"fatal"}}', 'a.md': '' });
    expect(await configError(() => new ConfigResolver({ cwd: dir }), path.join(dir, 'a.md'))).toBe(
      'base.json: rules["list-duplicate-item"]: severity must be one of off, info, warn, error (found "fatal")',
    );
  });
});

describe('extends packages', () => {
  it('resolves a shared config package from the config folder (policylint-config-<name> too)', () => {
    const dir = tree({
      'node_modules/policylint-config-city/package.json': JSON.stringify({ name: 'policylint-config-city', main: 'policylint.config.json' }),
      'node_modules/policylint-config-city/policylint.config.json': JSON.stringify({ extends: 'policylint:strict', rules: { 'target-missing': 'off' } }),
      'policylint.config.yaml': 'extends: city\n',
      'a.md': '',
    });
    const s = severities(new ConfigResolver({ cwd: dir }), path.join(dir, 'a.md'));
    expect([s['target-missing'], s['list-duplicate-item']]).toEqual([undefined, 'error']);
  });
});

describe('settings.catalogue', () => {
  it('must name a known catalogue, with a suggestion', async () => {
    const dir = tree({ 'policylint.config.yaml': 'settings: { catalogue: jiangsu-10 }\n', 'a.md': '' });
    expect(await configError(() => new ConfigResolver({ cwd: dir }), path.join(dir, 'a.md'))).toMatch(
      /^policylint\.config\.yaml: settings\.catalogue: no catalogue has the id "jiangsu-10"; available: .*jiangsu-10x.*; did you mean "jiangsu-10x"\?$/,
    );
  });
});

describe('overrides', () => {
  const files = {
    'policylint.config.yaml': [
      'settings: { office: 市政府 }',
      'overrides:',
      '  - files: ["news/**"]',
      '    excludedFiles: "news/keep/**"',
      '    rules: { catalogue-unknown-item: "off" }',
      '    settings: { office: 新闻处 }',
      '  - files: "*.draft.md"',
      '    rules: { list-duplicate-item: error }',
      '    locale: en',
      '',
    ].join('\n'),
    'news/a.md': '',
    'news/keep/b.md': '',
    'plans/c.md': '',
    'plans/x/d.draft.md': '',
  };

  it('apply to the files their globs match, relative to the config', () => {
    const dir = tree(files);
    const resolver = new ConfigResolver({ cwd: path.join(dir, 'plans') });
    const at = (f: string) => resolver.forFile(path.join(dir, f));
    expect(severities(resolver, path.join(dir, 'news/a.md'))['catalogue-unknown-item']).toBeUndefined();
    expect(at('news/a.md').settings).toEqual({ office: '新闻处' });
    expect(severities(resolver, path.join(dir, 'news/keep/b.md'))['catalogue-unknown-item']).toBe('warn');
    expect(at('news/keep/b.md').settings).toEqual({ office: '市政府' });
    expect(severities(resolver, path.join(dir, 'plans/c.md'))['list-duplicate-item']).toBe('warn');
    // A glob without a slash matches the file name at any depth.
    expect(severities(resolver, path.join(dir, 'plans/x/d.draft.md'))['list-duplicate-item']).toBe('error');
    expect(at('plans/x/d.draft.md').locale).toBe('en');
  });

  it('files sharing a configuration share one resolved object (options validated once)', () => {
    const dir = tree({ ...files, 'news/e.md': '' });
    const resolver = new ConfigResolver({ cwd: dir });
    expect(resolver.forFile(path.join(dir, 'news/a.md'))).toBe(resolver.forFile(path.join(dir, 'news/e.md')));
    expect(resolver.forFile(path.join(dir, 'news/a.md'))).not.toBe(resolver.forFile(path.join(dir, 'plans/c.md')));
  });

  it('checks rule ids and settings inside overrides', async () => {
    const dir = tree({ 'policylint.config.yaml': 'overrides:\n  - files: ["**"]\n    rules: { catalogue-unknwon-item: "off", list-duplicate-item: loud }\n', 'a.md': '' });
    expect(await configError(() => new ConfigResolver({ cwd: dir }), path.join(dir, 'a.md'))).toBe(
      'policylint.config.yaml: overrides[0].rules["list-duplicate-item"]: severity must be one of off, info, warn, error (found "loud")',
    );
    const unknown = tree({ 'policylint.config.yaml': 'overrides:\n  - files: ["**"]\n    rules: { catalogue-unknwon-item: "off" }\n', 'a.md': '' });
    expect(await configError(() => new ConfigResolver({ cwd: unknown }), path.join(unknown, 'a.md'))).toBe(
      'policylint.config.yaml: overrides[0].rules["catalogue-unknwon-item"]: unknown rule "catalogue-unknwon-item"; did you mean "catalogue-unknown-item"?',
    );
    const noFiles = tree({ 'policylint.config.yaml': 'overrides:\n  - rules: {}\n', 'a.md': '' });
    expect(await configError(() => new ConfigResolver({ cwd: noFiles }), path.join(noFiles, 'a.md'))).toMatch(/^policylint\.config\.yaml: overrides\[0\]\.files: /);
  });
});

describe('plugins', () => {
  it('loads a local plugin relative to the config; its rules are namespaced and off until turned on', async () => {
    const dir = tree({ 'house/index.mjs': PLUGIN, 'policylint.config.yaml': 'plugins:\n  house: ./house/index.mjs\n', 'a.md': '' });
    const resolver = new ConfigResolver({ cwd: dir });
    await resolver.preload([path.join(dir, 'a.md')]);
    const config = resolver.forFile(path.join(dir, 'a.md'));
    expect(config.knownRuleIds.has('house/no-jargon')).toBe(true);
    expect(config.rules.some((r) => r.rule.meta.id === 'house/no-jargon')).toBe(false);
    expect(config.plugins).toEqual({ house: path.join(dir, 'house/index.mjs') });
    // The doc page is found next to the plugin module.
    expect(resolver.rulesFor(dir).find((r) => r.meta.id === 'house/no-jargon')!.meta.docs).toBe(path.join(dir, 'house/no-jargon.md'));
  });

  it('validates plugin rule options once and fills their defaults; plugin presets apply', async () => {
    const dir = tree({
      'house/index.mjs': PLUGIN,
      'policylint.config.yaml': 'extends: plugin:house/strictest\nplugins:\n  house: ./house/index.mjs\noverrides:\n  - files: ["opts/**"]\n    rules:\n      house/no-jargon: [warn, { words: [顶层设计] }]\n',
      'a.md': '',
      'opts/b.md': '',
    });
    const resolver = new ConfigResolver({ cwd: dir });
    await resolver.preload([path.join(dir, 'a.md'), path.join(dir, 'opts/b.md')]);
    const plain = resolver.forFile(path.join(dir, 'a.md')).rules.find((r) => r.rule.meta.id === 'house/no-jargon')!;
    expect([plain.severity, plain.options]).toEqual(['error', { words: ['抓手'] }]);
    const opts = resolver.forFile(path.join(dir, 'opts/b.md')).rules.find((r) => r.rule.meta.id === 'house/no-jargon')!;
    expect([opts.severity, opts.options]).toEqual(['warn', { words: ['顶层设计'] }]);
  });

  it('a computed plugin preset turns its rules on at their default severity', async () => {
    const dir = tree({ 'house/index.mjs': PLUGIN, 'policylint.config.yaml': 'extends: [plugin:house/recommended]\nplugins: { house: ./house/index.mjs }\n', 'a.md': '' });
    const resolver = new ConfigResolver({ cwd: dir });
    await resolver.preload([path.join(dir, 'a.md')]);
    expect(severities(resolver, path.join(dir, 'a.md'))['house/no-jargon']).toBe('warn');
  });

  it('resolves a package named by its short name from the config folder', async () => {
    const dir = tree({
      'node_modules/policylint-plugin-acme/package.json': JSON.stringify({ name: 'policylint-plugin-acme', type: 'module', exports: { '.': { import: './main.mjs' } } }),
      'node_modules/policylint-plugin-acme/main.mjs': PLUGIN,
      'node_modules/@city/policylint-plugin/package.json': JSON.stringify({ name: '@city/policylint-plugin', type: 'module', main: 'index.mjs' }),
      'node_modules/@city/policylint-plugin/index.mjs': PLUGIN,
      'policylint.config.json': JSON.stringify({ plugins: { acme: 'acme', city: '@city' }, rules: { 'acme/no-jargon': 'error', 'city/no-jargon': 'warn' } }),
      'a.md': '',
    });
    const resolver = new ConfigResolver({ cwd: dir });
    await resolver.preload([path.join(dir, 'a.md')]);
    const s = severities(resolver, path.join(dir, 'a.md'));
    expect([s['acme/no-jargon'], s['city/no-jargon']]).toEqual(['error', 'warn']);
  });

  it('a plugin that cannot be loaded names the config, the plugin and the cause', async () => {
    const missing = tree({ 'policylint.config.yaml': 'plugins:\n  house: ./house.mjs\n', 'a.md': '' });
    expect(await configError(() => new ConfigResolver({ cwd: missing }), path.join(missing, 'a.md'))).toBe(
      `policylint.config.yaml: plugins["house"]: cannot load plugin "./house.mjs": no such file: ${path.join(missing, 'house.mjs')}`,
    );
    const broken = tree({ 'policylint.config.yaml': 'plugins:\n  house: ./house.mjs\n', 'house.mjs': 'export default {\n', 'a.md': '' });
    expect(await configError(() => new ConfigResolver({ cwd: broken }), path.join(broken, 'a.md'))).toMatch(/^policylint\.config\.yaml: plugins\["house"\]: cannot load plugin "\.\/house\.mjs": .+/);
    const shape = tree({ 'policylint.config.yaml': 'plugins:\n  house: ./house.mjs\n', 'house.mjs': 'export default { rules: { x: { meta: {} } } };\n', 'a.md': '' });
    expect(await configError(() => new ConfigResolver({ cwd: shape }), path.join(shape, 'a.md'))).toBe(
      'policylint.config.yaml: plugins["house"]: cannot load plugin "./house.mjs": rules["x"] must be { meta, check } (use defineRule)',
    );
    const schema = tree({
      'policylint.config.yaml': 'plugins:\n  house: ./house.mjs\n',
      'house.mjs': "export default { rules: { x: { meta: { severity: 'warn', messages: {}, schema: { type: 'nonsense' } }, check() {} } } };\n",
      'a.md': '',
    });
    expect(await configError(() => new ConfigResolver({ cwd: schema }), path.join(schema, 'a.md'))).toMatch(/^policylint\.config\.yaml: plugins\["house"\]: cannot load plugin "\.\/house\.mjs": rules\["x"\]\.meta\.schema is not a valid JSON Schema: /);
    const pkg = tree({ 'policylint.config.yaml': 'plugins:\n  nope: nope\n', 'a.md': '' });
    expect(await configError(() => new ConfigResolver({ cwd: pkg }), path.join(pkg, 'a.md'))).toMatch(/cannot find package "policylint-plugin-nope" or "nope"/);
  });

  it('says what went wrong with a plugin in Chinese too', async () => {
    const shape = tree({ 'policylint.config.yaml': 'plugins:\n  house: ./house.mjs\n', 'house.mjs': 'export default 3;\n', 'a.md': '' });
    const r = new ConfigResolver({ cwd: shape });
    const error = await r.preload([path.join(shape, 'a.md')]).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).format('zh-CN')).toBe('policylint.config.yaml: plugins["house"]: 无法加载插件「./house.mjs」：模块没有导出插件对象（export default { rules }）');
  });

  it('an unknown plugin rule id gets a suggestion; a rule of an undeclared plugin says so', async () => {
    const dir = tree({ 'house/index.mjs': PLUGIN, 'policylint.config.yaml': 'plugins: { house: ./house/index.mjs }\nrules: { house/no-jargn: warn }\n', 'a.md': '' });
    expect(await configError(() => new ConfigResolver({ cwd: dir }), path.join(dir, 'a.md'))).toBe(
      'policylint.config.yaml: rules["house/no-jargn"]: unknown rule "house/no-jargn"; did you mean "house/no-jargon"?',
    );
    const undeclared = tree({ 'policylint.config.yaml': 'rules: { town/x: warn }\n', 'a.md': '' });
    expect(await configError(() => new ConfigResolver({ cwd: undeclared }), path.join(undeclared, 'a.md'))).toBe(
      'policylint.config.yaml: rules["town/x"]: unknown rule "town/x" (no plugin named "town" is loaded; declare it under plugins)',
    );
  });

  it('forFile before preload says what to do instead of failing obscurely', () => {
    const dir = tree({ 'house/index.mjs': PLUGIN, 'policylint.config.yaml': 'plugins: { house: ./house/index.mjs }\n', 'a.md': '' });
    expect(() => new ConfigResolver({ cwd: dir }).forFile(path.join(dir, 'a.md'))).toThrow(/call "await resolver.preload\(files\)" before forFile\(\)/);
  });
});

describe('misspelt keys', () => {
  it('get a "did you mean", at the top level and inside overrides', async () => {
    const dir = tree({ 'policylint.config.yaml': 'overides: []\noverrides:\n  - files: "**"\n    rule: {}\n', 'a.md': '' });
    const message = await configError(() => new ConfigResolver({ cwd: dir }), path.join(dir, 'a.md'));
    expect(message.split('\n')).toEqual([
      expect.stringMatching(/^policylint\.config\.yaml: overides: unknown key "overides"; allowed keys: .*; did you mean "overrides"\?$/),
      expect.stringMatching(/^policylint\.config\.yaml: overrides\[0\]\.rule: unknown key "rule"; allowed keys: files, excludedFiles, rules, settings, locale; did you mean "rules"\?$/),
    ]);
  });
});

describe('other config sources', () => {
  it('reads policylint.config.mjs and the policylint key of package.json', async () => {
    const dir = tree({
      'm/policylint.config.mjs': "export default { root: true, rules: { 'list-duplicate-item': 'error' } };\n",
      'm/a.md': '',
      'p/package.json': JSON.stringify({ name: 'x', policylint: { root: true, rules: { 'list-duplicate-item': 'off' } } }),
      'p/a.md': '',
      'q/package.json': JSON.stringify({ name: 'no-config' }),
      'q/a.md': '',
    });
    const resolver = new ConfigResolver({ cwd: dir });
    await resolver.preload([path.join(dir, 'm/a.md'), path.join(dir, 'p/a.md')]);
    expect(severities(resolver, path.join(dir, 'm/a.md'))['list-duplicate-item']).toBe('error');
    expect(severities(resolver, path.join(dir, 'p/a.md'))['list-duplicate-item']).toBeUndefined();
    expect(resolver.forFile(path.join(dir, 'q/a.md')).files).toEqual([]);
  });

  it('names package.json#policylint in errors', async () => {
    const dir = tree({ 'package.json': JSON.stringify({ policylint: { rules: { 'list-duplicate-item': 'loud' } } }), 'a.md': '' });
    expect(await configError(() => new ConfigResolver({ cwd: dir }), path.join(dir, 'a.md'))).toBe(
      'package.json#policylint: rules["list-duplicate-item"]: severity must be one of off, info, warn, error (found "loud")',
    );
  });

  it('--config may name an .mjs file', async () => {
    const dir = tree({ 'conf/house.config.mjs': "export default { rules: { 'list-duplicate-item': 'error' } };\n", 'a.md': '' });
    const resolver = new ConfigResolver({ cwd: dir, configFile: 'conf/house.config.mjs' });
    await resolver.preload([path.join(dir, 'a.md')]);
    expect(severities(resolver, path.join(dir, 'a.md'))['list-duplicate-item']).toBe('error');
    const broken = tree({ 'policylint.config.mjs': 'export default {;\n', 'a.md': '' });
    expect(await configError(() => new ConfigResolver({ cwd: broken }), path.join(broken, 'a.md'))).toMatch(/^policylint\.config\.mjs: cannot load the configuration module: /);
  });

  it('--no-config-lookup ignores configuration files', () => {
    const dir = tree({ 'policylint.config.yaml': 'rules: { list-duplicate-item: "off" }\n', 'a.md': '' });
    expect(severities(new ConfigResolver({ cwd: dir, useConfigLookup: false }), path.join(dir, 'a.md'))['list-duplicate-item']).toBe('warn');
  });
});

describe('ignore files', () => {
  it('.policylintignore in cwd (gitignore semantics), --ignore-path and --ignore-pattern', () => {
    const dir = tree({ '.policylintignore': '# drafts\narchive/\n*.tmp.md\n!keep.tmp.md\n', 'other.ignore': 'news/\n', 'a.md': '' });
    const r = new ConfigResolver({ cwd: dir });
    const ignored = (resolver: ConfigResolver, f: string) => resolver.forFile(path.join(dir, f)).isIgnored(path.join(dir, f));
    expect([ignored(r, 'archive/x.md'), ignored(r, 'y.tmp.md'), ignored(r, 'keep.tmp.md'), ignored(r, 'a.md')]).toEqual([true, true, false, false]);
    const other = new ConfigResolver({ cwd: dir, ignorePath: 'other.ignore', ignorePatterns: ['plans/**/old-*.md'] });
    expect([ignored(other, 'news/a.md'), ignored(other, 'archive/x.md'), ignored(other, 'plans/x/old-1.md')]).toEqual([true, false, true]);
  });

  it('a missing --ignore-path file is a config error', () => {
    const dir = tree({ 'a.md': '' });
    expect(() => new ConfigResolver({ cwd: dir, ignorePath: 'nope' })).toThrow(ConfigError);
  });
});

describe('the configuration fingerprint', () => {
  it('is stable for the same configuration and changes with anything that affects findings', async () => {
    const dir = tree({ 'house/index.mjs': PLUGIN, 'cat.yaml': readFileSync(path.join(__dirname, '../../catalogues/xuzhou-5x.yaml'), 'utf8'), 'policylint.config.yaml': 'plugins: { house: ./house/index.mjs }\ncatalogues: [./cat.yaml]\n', 'a.md': '', 'b.md': '' });
    const print = async (extra?: () => void) => {
      extra?.();
      const r = new ConfigResolver({ cwd: dir });
      await r.preload([path.join(dir, 'a.md')]);
      return r.forFile(path.join(dir, 'a.md')).fingerprint;
    };
    const first = await print();
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await print()).toBe(first);
    const settingsChanged = await print(() => writeFileSync(path.join(dir, 'policylint.config.yaml'), 'plugins: { house: ./house/index.mjs }\ncatalogues: [./cat.yaml]\nsettings: { a: 1 }\n'));
    expect(settingsChanged).not.toBe(first);
    const pluginChanged = await print(() => writeFileSync(path.join(dir, 'house/index.mjs'), `${PLUGIN}\n// v2\n`));
    expect(pluginChanged).not.toBe(settingsChanged);
    const catalogueChanged = await print(() => writeFileSync(path.join(dir, 'cat.yaml'), `${readFileSync(path.join(dir, 'cat.yaml'), 'utf8')}\n# edited\n`));
    expect(catalogueChanged).not.toBe(pluginChanged);
  });
});
