import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import { resolveRules } from '../../src/engine/rule-settings.js';
import { builtinRules } from '../../rules/index.js';
import { model } from '../helpers/lint.js';

const rules = resolveRules(builtinRules, {}, false);
const knownRuleIds = new Set(builtinRules.map((r) => r.meta.id));
const BAD = '会议定于2022年9月31日召开。';

function lint(text: string, reportUnused: 'off' | 'warn' | 'error' = 'off', locale: 'zh-CN' | 'en' = 'en') {
  return lintText(text, { rules, knownRuleIds, reportUnusedDisableDirectives: reportUnused, locale }).findings.map((f) => `${f.line}:${f.column} ${f.ruleId ?? '-'} ${f.severity} ${f.ruleId ? '' : f.messageId}`);
}

describe('directives in the model', () => {
  it('reads kind, rule list and reason from block and inline html comments', () => {
    const m = model('<!-- policylint-disable date-invalid, list-duplicate-item -- 引文原样照录 -->\n\n文字<!-- policylint-disable-line -->。\n');
    expect(m.directives.map((d) => [d.kind, d.rules.map((r) => r.id), d.reason, d.line])).toEqual([
      ['disable', ['date-invalid', 'list-duplicate-item'], '引文原样照录', 1],
      ['disable-line', [], undefined, 3],
    ]);
  });

  it('does not take a comment inside a fenced code block or inline code for a directive', () => {
    expect(model('```md\n<!-- policylint-disable-file -->\n```\n\n`<!-- policylint-disable -->`\n').directives).toEqual([]);
  });

  it('splits names at full-width commas and 、 too', () => {
    expect(model('<!-- policylint-disable date-invalid，list-duplicate-item -->\n').directives[0].rules.map((r) => r.id)).toEqual(['date-invalid', 'list-duplicate-item']);
  });
});

describe('applying directives', () => {
  it('reports the finding without a directive', () => {
    expect(lint(`${BAD}\n`)).toEqual(['1:5 date-invalid error ']);
  });

  it('disable-next-line (the editor code action syntax) silences only the next line', () => {
    expect(lint(`<!-- policylint-disable-next-line date-invalid -->\n${BAD}\n\n${BAD}\n`)).toEqual(['4:5 date-invalid error ']);
  });

  it('works the same in a CRLF file with full-width text around it', () => {
    // number-fullwidth-digit rightly reports the full-width digits too; only date-invalid is at stake here.
    const findings = lint(`<!-- policylint-disable-next-line date-invalid -->\r\n${BAD}\r\n\r\n会议定于２０２２年９月３１日召开。\r\n`);
    expect(findings.filter((f) => f.includes('date-invalid'))).toEqual(['4:5 date-invalid error ']);
  });

  it('disable-next-line inserted inside a paragraph or a list item (the editor code action) still applies to the next line', () => {
    expect(lint(`各单位：\n<!-- policylint-disable-next-line date-invalid -->\n${BAD}\n`)).toEqual([]);
    expect(lint(`- 第一项。\n- <!-- policylint-disable-next-line date-invalid -->\n  ${BAD}\n- ${BAD}\n`)).toEqual(['4:7 date-invalid error ']);
  });

  it('disable-line at the end of a line', () => {
    expect(lint(`${BAD}<!-- policylint-disable-line date-invalid -->\n\n${BAD}\n`)).toEqual(['3:5 date-invalid error ']);
  });

  it('disable … enable covers the region between them', () => {
    expect(lint(`<!-- policylint-disable date-invalid -- 引文 -->\n\n${BAD}\n\n<!-- policylint-enable date-invalid -->\n\n${BAD}\n`)).toEqual(['7:5 date-invalid error ']);
  });

  it('enable of one rule after a bare disable turns only that rule back on', () => {
    const dup = '重点发展前沿新材料、光子芯片与光器件、元宇宙、氢能、数字金融、氢能、空天开发、量子技术等未来产业。';
    expect(lint(`${dup}\n`)).toEqual([expect.stringMatching(/^1:\d+ list-duplicate-item warn $/)]);
    expect(lint(`<!-- policylint-disable -->\n\n${BAD}\n\n<!-- policylint-enable date-invalid -->\n\n${BAD}\n\n${dup}\n`)).toEqual(['7:5 date-invalid error ']);
  });

  it('disable-file anywhere covers the whole file', () => {
    expect(lint(`${BAD}\n\n<!-- policylint-disable-file -->\n`)).toEqual([]);
  });

  it('a directive for another rule suppresses nothing', () => {
    expect(lint(`<!-- policylint-disable-next-line list-duplicate-item -->\n${BAD}\n`)).toEqual(['2:5 date-invalid error ']);
  });

  it('reports unused directives only when asked, at the asked severity', () => {
    const text = `<!-- policylint-disable-next-line list-duplicate-item -->\n${BAD}\n`;
    expect(lint(text, 'warn')).toEqual(['1:35 - warn unusedRule', '2:5 date-invalid error ']);
    expect(lint(`${BAD}<!-- policylint-disable-line -->\n`, "error")).toEqual([]);
    expect(lint(`<!-- policylint-disable -->\n\n正文。\n`, 'error')).toEqual(['1:1 - error unusedDirective']);
  });

  it('reports unknown rule names with a suggestion, and does not widen them to all rules', () => {
    const out = lintText(`<!-- policylint-disable-next-line date-invaild -->\n${BAD}\n`, { rules, knownRuleIds, locale: 'en' }).findings;
    expect(out.map((f) => [f.ruleId, f.line, f.message])).toEqual([
      [null, 1, 'policylint-disable-next-line directive names an unknown rule "date-invaild"; did you mean "date-invalid"?'],
      ['date-invalid', 2, expect.any(String)],
    ]);
    const zh = lintText(`<!-- policylint-disable-file nope -->\n`, { rules, knownRuleIds, locale: 'zh-CN' }).findings;
    expect(zh[0].message).toBe('policylint-disable-file 指令中的规则「nope」不存在');
  });
});
