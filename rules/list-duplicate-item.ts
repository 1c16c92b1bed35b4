import { defineRule } from '../src/engine/rule.js';

// STUB: to be implemented (meta messages, check, doc page, tests).
export default defineRule({
  meta: {
    id: 'list-duplicate-item',
    category: 'list',
    severity: 'warn',
    fixable: false,
    description: { 'zh-CN': 'TODO', en: 'TODO' },
    messages: {},
    docs: 'rules/list-duplicate-item.md',
  },
  check() {},
});
