// Escapes that keep the documents pure ASCII, so Rundeck reads them alike whatever its default charset.

/** `\uXXXX` escapes (surrogate pairs for astral characters) for everything outside printable ASCII but tab, LF, CR. */
export function escapeNonAsciiAsUnicode(text: string): string {
  return text.replace(/[^\x20-\x7E\t\n\r]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
