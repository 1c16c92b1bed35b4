import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const rule = ruleById('structure-attachment-mismatch');

new RuleTester().run('structure-attachment-mismatch', rule, {
  valid: [
    '具体项目详见附件2。\n\n附件：1.重点项目清单\n2.责任分工表\n',
    // Matching notes, a single 附件, and a file whose attachments travel separately.
    '附件：1. 重点项目清单\n2. 责任分工表\n\n附件1\n\n清单\n\n附件2\n\n分工表\n',
    '附件：重点项目清单\n\n附件\n\n重点项目清单\n',
    '附件：1.重点项目清单\n2.责任分工表\n',
    ...textCases(),
  ],
  invalid: [
    {
      name: 'an attachment listed in the note but missing at the end',
      code: '请认真贯彻执行。\n\n附件：1.重点项目清单\n2.责任分工表\n\n附件1\n\n重点项目清单\n',
      errors: [{ message: '附件说明列出附件2「责任分工表」，文末没有「附件2」', line: 4, column: 1, endLine: 4, endColumn: 8 }],
    },
    {
      name: 'attachments with no note',
      code: '请认真贯彻执行。\n\n附件1\n\n重点项目清单\n',
      errors: [{ message: '文末有「附件1」，正文后却没有附件说明（附件：1.……）' }],
    },
    {
      name: 'a reference in the body to an attachment the note does not list',
      code: '具体项目详见附件3。\n\n附件：1.重点项目清单\n2.责任分工表\n',
      errors: [{ message: '正文提到「附件3」，但附件说明只列出2个附件', line: 1, column: 7, endLine: 1, endColumn: 10 }],
    },
  ],
});

new RuleTester({ locale: 'en' }).run('structure-attachment-mismatch in English', rule, {
  valid: [],
  invalid: [
    {
      name: 'an attachment the note does not list',
      code: '附件：重点项目清单\n\n附件1\n\n重点项目清单\n\n附件2\n\n责任分工表\n',
      errors: ['“附件2” is not listed in the attachment note'],
    },
  ],
});
