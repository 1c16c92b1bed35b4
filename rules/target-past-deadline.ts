import { defineRule } from '../src/engine/rule.js';

// STUB: to be implemented (meta messages, check, doc page, tests).
export default defineRule({
  meta: {
    id: 'target-past-deadline',
    category: 'target',
    severity: 'error',
    fixable: false,
    description: { 'zh-CN': 'TODO', en: 'TODO' },
    messages: {},
    docs: 'rules/target-past-deadline.md',
  },
  check() {},
});
