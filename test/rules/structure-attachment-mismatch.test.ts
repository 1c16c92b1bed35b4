import { describe, it, expect } from 'vitest';
import { runRule, spanOf } from '../helpers/lint.js';
import { realFindings } from '../helpers/proofreading.js';

const ID = 'structure-attachment-mismatch';

describe('structure-attachment-mismatch', () => {
  it('reports an attachment listed in the note but missing at the end', () => {
    const text = '请认真贯彻执行。\n\n附件：1.重点项目清单\n2.责任分工表\n\n附件1\n\n重点项目清单\n';
    const [f, ...rest] = runRule(ID, text);
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('2.责任分工表');
    expect(f.line).toBe(4);
    expect(f.message).toBe('附件说明列出附件2「责任分工表」，文末没有「附件2」');
  });

  it('reports an attachment the note does not list, and attachments with no note, in English', () => {
    const text = '附件：重点项目清单\n\n附件1\n\n重点项目清单\n\n附件2\n\n责任分工表\n';
    const findings = runRule(ID, text, { locale: 'en' });
    expect(findings.map((f) => f.message)).toEqual(['“附件2” is not listed in the attachment note']);
    const [g] = runRule(ID, '请认真贯彻执行。\n\n附件1\n\n重点项目清单\n');
    expect(g.message).toBe('文末有「附件1」，正文后却没有附件说明（附件：1.……）');
  });

  it('reports a reference in the body to an attachment the note does not list', () => {
    const text = '具体项目详见附件3。\n\n附件：1.重点项目清单\n2.责任分工表\n';
    const [f, ...rest] = runRule(ID, text);
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('附件3');
    expect(f.message).toBe('正文提到「附件3」，但附件说明只列出2个附件');
    expect(runRule(ID, '具体项目详见附件2。\n\n附件：1.重点项目清单\n2.责任分工表\n')).toEqual([]);
  });

  it('accepts matching notes, a single 附件, and a file whose attachments travel separately', () => {
    expect(runRule(ID, '附件：1. 重点项目清单\n2. 责任分工表\n\n附件1\n\n清单\n\n附件2\n\n分工表\n')).toEqual([]);
    expect(runRule(ID, '附件：重点项目清单\n\n附件\n\n重点项目清单\n')).toEqual([]);
    expect(runRule(ID, '附件：1.重点项目清单\n2.责任分工表\n')).toEqual([]);
  });

  it('finds nothing in the real texts', () => {
    expect(realFindings(ID)).toEqual([]);
  });
});
