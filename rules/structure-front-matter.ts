import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'structure-front-matter',
    category: 'structure',
    severity: 'error',
    fixable: false,
    description: {
      'zh-CN': '文首 YAML 元数据须符合 front-matter 模式（键名、日期格式、层级取值）',
      en: 'YAML front matter must match the front-matter schema (keys, date format, level values)',
    },
    messages: {
      invalid: {
        'zh-CN': '文首元数据 {{path}}：{{problem}}',
        en: 'front matter {{path}}: {{problem}}',
      },
    },
    docs: 'rules/structure-front-matter.md',
  },
  check({ model, locale, report }) {
    for (const p of model.frontMatter.problems) {
      report({ range: p.range, messageId: 'invalid', data: { path: p.path || 'YAML', problem: p.message[locale] } });
    }
  },
});
