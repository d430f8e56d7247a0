// Diagnostics on one line: cron mail and Rundeck's log read stderr line by line.

// C0 controls and DEL: a newline from user input (a region, a file name, a template) would split an error line,
// and an escape character would reach the terminal.
const CONTROL = /[\u0000-\u001F\u007F]/g;

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with each control character written as an escape (`\n`, `\t`, `\u001b`), so it stays one line. */
export function toOneLine(text: string): string {
  return text.replace(CONTROL, (ch) => SHORT_ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
