import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'reference-docnum-serial',
    category: 'reference',
    severity: 'error',
    fixable: true,
    description: {
      'zh-CN': '发文字号的序号不加“第”字、不编虚位（GB/T 9704—2012 第7.2.5条：1不编为01）',
      en: 'The serial of a document number takes no 第 and no leading zero (GB/T 9704-2012 §7.2.5: 1, not 01)',
    },
    messages: {
      serial: {
        'zh-CN': '文号{{docNumber}}的序号应写作“{{fixed}}号”，不加“第”、不编虚位',
        en: 'write the serial of {{docNumber}} as “{{fixed}}号”, without 第 or a leading zero',
      },
    },
    docs: 'rules/reference-docnum-serial.md',
  },
  check({ model, report }) {
    for (const dn of model.docNumbers) {
      if (!dn.serialRange) continue;
      const fixed = String(dn.serial);
      // Only 第 and leading zeros are this rule's; full-width digits are the number rules'.
      if (!/^第|^[0０]./.test(dn.serialText.replace(/\s/g, ''))) continue;
      report({ range: dn.serialRange, messageId: 'serial', data: { docNumber: dn.text, fixed }, fix: { range: dn.serialRange, text: fixed } });
    }
  },
});
