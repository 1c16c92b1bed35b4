import { describe, it, expect } from 'vitest';
import { runRule, spanOf } from '../helpers/lint.js';
import { applyEdit, applyAllFixes, readReal, realFindings } from '../helpers/proofreading.js';

const ID = 'punctuation-halfwidth';

describe('punctuation-halfwidth', () => {
  it('reports a half-width comma slipped into a full-width document and fixes it, taking the space typed after it', () => {
    const text = '各区人民政府，市政府各部门：\n\n现将有关事项通知如下, 请认真贯彻执行。\n';
    const [f, ...rest] = runRule(ID, text);
    expect(rest).toEqual([]);
    expect(f.severity).toBe('warn');
    expect(f.line).toBe(3);
    expect(f.column).toBe(11);
    expect(spanOf(text, f)).toBe(', ');
    expect(f.message).toBe('中文语境中应使用全角「，」，不用半角「,」');
    expect(applyEdit(text, f.fix)).toBe('各区人民政府，市政府各部门：\n\n现将有关事项通知如下，请认真贯彻执行。\n');
  });

  it('leaves a document written half-width throughout alone unless asked, then fixes colons, semicolons and parentheses', () => {
    const text = '主要任务:发展人工智能(AI);推进(一)项工作!\n';
    expect(runRule(ID, text)).toEqual([]);
    const findings = runRule(ID, text, { locale: 'en', options: { halfWidthDocuments: true }, severity: 'warn' });
    expect(findings.map((f) => spanOf(text, f))).toEqual([':', '(', ')', ';', '(', ')', '!']);
    expect(findings[0].message).toBe('use the full-width “：” in Chinese text, not the half-width “:”');
    expect(applyAllFixes(text, findings)).toBe('主要任务：发展人工智能（AI）；推进（一）项工作！\n');
  });

  it('takes a Markdown escape with the mark it escapes', () => {
    const text = '各区人民政府，市政府各部门：现将《方案》印发给你们，请认真执行\\(试行\\)。\n';
    const findings = runRule(ID, text);
    expect(findings.map((f) => spanOf(text, f))).toEqual(['\\(', '\\)']);
    expect(applyAllFixes(text, findings)).toBe('各区人民政府，市政府各部门：现将《方案》印发给你们，请认真执行（试行）。\n');
  });

  it('leaves numbers, Latin phrases, URLs, e-mail, inline code and cited titles alone', () => {
    const text = [
      '投资1,000万元，上午9:00开会，引用 Hello, world (sic) 一语。',
      '网址 https://www.gov.cn/a,b;c?d=(1) 与邮箱 a.b@gov.cn 照录，代码 `x(1):y,z` 不改。',
      '《广东省行动计划(2023—2025年)》已印发。',
      '',
    ].join('\n\n');
    expect(runRule(ID, text)).toEqual([]);
  });

  it('on the real Beijing notice says nothing by default, and when asked turns every mark of the mirror into full width and nothing else', () => {
    const text = readReal('test/fixtures/real/beijing-jzbf-2025-14.txt');
    // Line 1 and the last line are the fixture's notes in English: their marks must stay half-width.
    const body = text.slice(text.indexOf('\n') + 1);
    const note = body.slice(body.indexOf('[excerpt ends'));
    expect(runRule(ID, body)).toEqual([]);
    const fixed = applyAllFixes(body, runRule(ID, body, { options: { halfWidthDocuments: true }, severity: 'warn' }));
    expect(fixed).toContain('各区人民政府，市政府各委、办、局，各市属机构：');
    expect(fixed).toContain('《北京市建立未来产业投入增长机制 促进未来产业发展的若干措施》（以下简称《若干措施》）已经市政府同意，现印发给你们');
    expect(fixed).toContain('（一）构建未来产业发展人才高地。');
    // Only the marks (and a space typed after one) changed.
    expect(fixed.endsWith(note)).toBe(true);
    expect(fixed.replace(/[，：；（）\s]/g, '')).toBe(body.replace(note, '').replace(/[,:;()，：；（）\s]/g, '') + note.replace(/\s/g, ''));
    // Every real text is either full-width (Xuzhou) or a half-width web copy: nothing by default.
    expect(realFindings(ID)).toEqual([]);
  });

  it('leaves the parentheses of a cited 文号 to reference-cite-paren (one finding, not three)', () => {
    expect(runRule(ID, '依据《关于印发规划的通知》(国发〔2021〕29号)执行，加快推进。')).toEqual([]);
    expect(runRule(ID, '依据规划(试行)执行，加快推进。').map((f) => f.column)).toEqual([5, 8]);
  });
});
