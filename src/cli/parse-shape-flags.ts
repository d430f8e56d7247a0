// Commander parsers for the node-shaping flags: repeatable templates and `NAME=TEMPLATE` pairs. Pure.

import { InvalidArgumentError } from 'commander';
import type { AttributeTemplate } from '../nodes/node-shape';

/** A commander parser for a repeatable flag: each use adds one item, taken as is (templates may hold commas). */
export function collectOption(value: string, previous: readonly string[] = []): string[] {
  return [...previous, value];
}

/** A commander parser for `--attribute NAME=TEMPLATE`, split at the first `=`; repeated flags add up. */
export function parseAttributeOption(value: string, previous: readonly AttributeTemplate[] = []): AttributeTemplate[] {
  const eq = value.indexOf('=');
  if (eq < 0) throw new InvalidArgumentError(`"${value}" has no "=": use NAME=TEMPLATE, e.g. username=root`);
  const name = value.slice(0, eq).trim();
  if (name === '') throw new InvalidArgumentError(`"${value}" has an empty name: use NAME=TEMPLATE`);
  return [...previous, { name, template: value.slice(eq + 1) }];
}
