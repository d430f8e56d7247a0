// Commander parsers for decimal numbers with bounds (seconds, percentages). Pure.

import { InvalidArgumentError } from 'commander';

const DECIMAL = /^\d+(\.\d+)?$/;

/** A commander parser for decimal numbers in `[min, max]`; `exclusiveMin` rejects `min` itself. */
export function parseDecimalOption(min: number, max: number, exclusiveMin = false): (value: string) => number {
  return (value: string) => {
    const text = value.trim();
    if (!DECIMAL.test(text)) throw new InvalidArgumentError(`"${value}" is not a number`);
    const n = Number(text);
    if (exclusiveMin ? n <= min : n < min) throw new InvalidArgumentError(`must be ${exclusiveMin ? 'more than' : 'at least'} ${min}`);
    if (n > max) throw new InvalidArgumentError(`must be at most ${max}`);
    return n;
  };
}
