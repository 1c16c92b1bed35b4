import { defineRule } from '../src/engine/rule.js';

// STUB: to be implemented (meta messages, check, doc page, tests).
export default defineRule({
  meta: {
    id: 'catalogue-misquote',
    category: 'catalogue',
    severity: 'error',
    fixable: false,
    description: { 'zh-CN': 'TODO', en: 'TODO' },
    messages: {},
    docs: 'rules/catalogue-misquote.md',
  },
  check() {},
});
