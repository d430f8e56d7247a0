// Escapes that keep the documents pure ASCII, so Rundeck reads them alike whatever its default charset.

const NEEDS_ESCAPE = /[^\x20-\x7E\t\n\r]/;

/** `\uXXXX` escapes (surrogate pairs for astral characters) for everything outside printable ASCII but tab, LF, CR. */
export function escapeNonAsciiAsUnicode(text: string): string {
  // Most documents are ASCII already: a test is cheaper than a replace that finds nothing.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/[^\x20-\x7E\t\n\r]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
