// Text clean-up shared by every format, so that all three describe exactly the same node.

// Characters XML 1.0 cannot carry even as references: C0 controls other than tab, LF and CR,
// U+FFFE and U+FFFF, and unpaired UTF-16 surrogates.
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML 1.0 forbids. */
export function removeForbiddenChars(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/** Compare strings by UTF-16 code units: the same order on every machine and locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
