// Parsers for list-valued flags: comma-separated, `\,` a literal comma, no empty items. Pure.

import { InvalidArgumentError } from 'commander';
import type { TagPair } from '../options';

/** Items of a comma-separated list; `\,` is a comma inside an item and `\\` a backslash. Items are trimmed. */
export function splitList(value: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    const next = value[i + 1];
    if (ch === '\\' && (next === ',' || next === '\\')) {
      current += next;
      i++;
    } else if (ch === ',') {
      items.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  items.push(current);
  return items.map((item) => item.trim());
}

/** A commander parser for list flags: repeated flags add up; an empty item is an error. */
export function parseListOption(value: string, previous: readonly string[] = []): string[] {
  const items = splitList(value);
  if (items.some((item) => item === '')) throw new InvalidArgumentError(`empty item in list "${value}"`);
  return [...previous, ...items];
}

/** A `KEY=VALUE` pair split at its first `=`; the key must not be empty, the value may be. */
export function parseTagPair(item: string): TagPair {
  const eq = item.indexOf('=');
  if (eq < 0) throw new InvalidArgumentError(`tag "${item}" has no "=": use KEY=VALUE`);
  const key = item.slice(0, eq).trim();
  if (key === '') throw new InvalidArgumentError(`tag "${item}" has an empty key: use KEY=VALUE`);
  return { key, value: item.slice(eq + 1) };
}

/** A commander parser for `--tags`: a list of `KEY=VALUE` pairs; repeated flags add up. */
export function parseTagsOption(value: string, previous: readonly TagPair[] = []): TagPair[] {
  // Values keep their spaces: only the split list's items are trimmed, and a tag value may be empty.
  return [...previous, ...parseListOption(value).map(parseTagPair)];
}

/** A commander parser for whole numbers from `min` up. */
export function parseIntegerOption(min: number): (value: string) => number {
  return (value: string) => {
    if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError(`"${value}" is not a whole number`);
    const n = Number(value.trim());
    if (n < min) throw new InvalidArgumentError(`must be at least ${min}`);
    if (!Number.isSafeInteger(n) || n > 1_000_000) throw new InvalidArgumentError(`"${value}" is too large (at most 1000000)`);
    return n;
  };
}
