import { defineRule } from '../src/engine/rule.js';

// STUB: to be implemented (meta messages, check, doc page, tests).
export default defineRule({
  meta: {
    id: 'date-invalid',
    category: 'date',
    severity: 'error',
    fixable: false,
    description: { 'zh-CN': 'TODO', en: 'TODO' },
    messages: {},
    docs: 'rules/date-invalid.md',
  },
  check() {},
});
