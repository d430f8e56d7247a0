// Style: how pure formatting code marks text for people (good, bad, warning, dim, bold), without knowing
// whether colour is on. The CLI passes a coloured style on a terminal and `plainStyle` everywhere else.

/** Text decorations for people-facing output; each returns its input, possibly wrapped in escape codes. */
export interface Style {
  readonly good: (text: string) => string;
  readonly bad: (text: string) => string;
  readonly warn: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly bold: (text: string) => string;
}

const identity = (text: string): string => text;

/** The style that changes nothing: for pipes, files and tests. */
export const plainStyle: Style = { good: identity, bad: identity, warn: identity, dim: identity, bold: identity };
