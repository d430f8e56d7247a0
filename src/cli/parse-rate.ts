// The commander parser for --max-rps: a positive number of requests per second (fractions allowed).

import { InvalidArgumentError } from 'commander';

/** Requests per second from `value`: a positive decimal number, at most 10,000. */
export function parseRateOption(value: string): number {
  const text = value.trim();
  if (!/^\d+(\.\d+)?$/.test(text)) throw new InvalidArgumentError(`"${value}" is not a positive number`);
  const rate = Number(text);
  if (rate <= 0 || rate > 10_000) throw new InvalidArgumentError('must be above 0 and at most 10000');
  return rate;
}
