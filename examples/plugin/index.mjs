// policylint-plugin-house: a policy office's house rules. Plain ES module with JSDoc types, so it
// loads without a build step. Rule ids become `<name in the config>/<rule>`, e.g. house/cited-doc-number.
import citedDocNumber from './rules/cited-doc-number.mjs';

/** @type {import('policylint').PluginModule} */
export default {
  meta: { name: 'policylint-plugin-house', version: '0.1.0' },
  rules: {
    'cited-doc-number': citedDocNumber,
  },
  configs: {
    // `extends: plugin:house/recommended` turns the house rules on.
    recommended: { rules: { 'cited-doc-number': 'error' } },
  },
};
