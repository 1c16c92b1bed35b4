/**
 * A lookup table by UTF-16 code for loops that test every character of a text: indexing a typed
 * array costs less than Set#has (a hash per character) or a one-character string per step.
 */
export function codeTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
}
