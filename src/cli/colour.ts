// Colour for the terminal: whether to use it (flag, NO_COLOR, FORCE_COLOR, TTY) and a chalk-backed Style.
// The only module that imports chalk, so that everything else stays colour-agnostic.

import { Chalk, type ChalkInstance } from 'chalk';
import { plainStyle, type Style } from '../util/style';

/** What the colour decision looks at; main.ts fills it from the process. */
export interface ColourSettings {
  /** False when `--no-color` was given. */
  readonly flag: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether the stream the text goes to is a terminal. */
  readonly isTTY: boolean;
}

/**
 * Whether to colour: `--no-color` wins; then FORCE_COLOR (anything but "0"/"false" forces colour,
 * see force-color.org); then a non-empty NO_COLOR (no-color.org) turns it off; else a terminal that is not "dumb".
 */
export function shouldUseColour(settings: ColourSettings): boolean {
  if (!settings.flag) return false;
  const force = settings.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (settings.env.NO_COLOR !== undefined && settings.env.NO_COLOR !== '') return false;
  return settings.isTTY && settings.env.TERM !== 'dumb';
}

function chalkStyle(chalk: ChalkInstance): Style {
  return {
    good: (text) => chalk.green(text),
    bad: (text) => chalk.red(text),
    warn: (text) => chalk.yellow(text),
    dim: (text) => chalk.dim(text),
    bold: (text) => chalk.bold(text),
  };
}

/** A Style with basic ANSI colours when `enabled`, else the plain one. */
export function createStyle(enabled: boolean): Style {
  // An explicit level: chalk's own terminal detection must not override the decision made above.
  return enabled ? chalkStyle(new Chalk({ level: 1 })) : plainStyle;
}
