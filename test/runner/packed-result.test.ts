import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import { builtinRules } from '../../rules/index.js';
import { resolveRules } from '../../src/engine/rule-settings.js';
import { loadShippedCatalogues } from '../../src/files/catalogues.js';
import { packResult, unpackResult } from '../../src/runner/threads/packed-result.js';
import type { FileLintResult } from '../../src/runner/lint-one.js';

const TEXT = '# 关于加快培育未来产业的实施意见\n\n江苏省于2013年11月印发《关于加快培育发展未来产业的指导意见》（苏政发〔2023〕104号）。重点发展８个领域为：人工智能、低空经济。\n';

describe('packed results', () => {
  it('unpack to a result equal to the one packed, report data, fixes and suggestions included', () => {
    const { model: _model, ...linted } = lintText(TEXT, { filePath: '/w/方案.md', rules: resolveRules(builtinRules, {}), catalogues: loadShippedCatalogues() });
    const result: FileLintResult = { ...linted, filePath: '/w/方案.md', encoding: 'utf-8', bom: false };
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.some((f) => f.fix || f.suggestions?.length)).toBe(true);
    const packed = packResult(result);
    expect(packed).toBeInstanceOf(Uint8Array);
    // Deflated: smaller than the JSON's UTF-8 bytes, and owning a buffer of its own size, so that a
    // worker thread sends only these bytes.
    expect(packed.byteLength).toBeLessThan(Buffer.byteLength(JSON.stringify(result)) * 0.6);
    expect(packed.buffer.byteLength).toBe(packed.byteLength);
    expect(unpackResult(packed)).toEqual(JSON.parse(JSON.stringify(result)));
    expect(unpackResult(packed).findings).toEqual(result.findings);
  });
});
