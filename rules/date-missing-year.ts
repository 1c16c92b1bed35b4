import { defineRule } from '../src/engine/rule.js';

// STUB: to be implemented (meta messages, check, doc page, tests).
export default defineRule({
  meta: {
    id: 'date-missing-year',
    category: 'date',
    severity: 'info',
    fixable: false,
    description: { 'zh-CN': 'TODO', en: 'TODO' },
    messages: {},
    docs: 'rules/date-missing-year.md',
  },
  check() {},
});
