/**
 * Text for an XML 1.0 attribute or element. Markup characters become entities; characters XML 1.0
 * forbids outright (C0 controls other than tab/LF/CR, U+FFFE/U+FFFF, lone surrogates) cannot be
 * written even as &#…; references, so they are shown as \uXXXX.
 */
export function escapeXml(text: string, { attribute = true }: { attribute?: boolean } = {}): string {
  const escaped = text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
  // Attribute values normalise raw line breaks and tabs to spaces; references keep them.
  return attribute ? escaped.replace(/\n/g, '&#10;').replace(/\t/g, '&#9;') : escaped;
}
