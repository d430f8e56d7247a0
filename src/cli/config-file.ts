// The --config file: a YAML map whose keys are the long option names, merged into the parsed command line
// with the flags taking precedence. Reading is I/O; merging is done through commander's own option parsers.

import { promises as fs } from 'node:fs';
import { InvalidArgumentError, type Command, type Option } from 'commander';
import { parseDocument } from 'yaml';
import { UsageError } from '../errors';

/** Long option names that make no sense in a config file. */
const NOT_IN_CONFIG = new Set(['config', 'version', 'help']);

/** A YAML value a flag can take: a scalar, or a list of scalars for list and repeatable flags. */
type Scalar = string | number | boolean;

function isScalar(value: unknown): value is Scalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/**
 * The map in a config file's text.
 * @throws UsageError when the text is not YAML, not a map, or repeats a key
 */
export function parseConfigText(text: string, file: string): Record<string, unknown> {
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const [first] = document.errors;
  if (first) throw new UsageError(`config file ${file} is not valid YAML: ${first.message.split('\n')[0]}`);
  const data: unknown = document.toJS();
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new UsageError(`config file ${file} must be a map of option names to values (e.g. "node-per: task")`);
  }
  return data as Record<string, unknown>;
}

/**
 * Reads and parses a config file.
 * @throws UsageError when it cannot be read or parsed
 */
export async function readConfigFile(file: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new UsageError(`cannot read --config ${file}: ${reason}`, { cause: error });
  }
  return parseConfigText(text, file);
}

/** Levenshtein distance, for suggesting the option a mistyped key meant. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The long option name closest to `key` (camelCase spelling or at most two edits away), if any. */
function suggestion(key: string, names: readonly string[]): string | undefined {
  const kebab = key.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`);
  if (names.includes(`no-${kebab}`)) return `no-${kebab}`;
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = Math.min(editDistance(key, name), editDistance(kebab, name));
    if (distance <= 2 && (best === undefined || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

function unknownKeyError(key: string, file: string, program: Command): UsageError {
  const names = program.options.flatMap((o) => (o.long ? [o.long.slice(2)] : [])).filter((n) => !NOT_IN_CONFIG.has(n));
  const close = suggestion(key, names);
  const hint = close ? `did you mean "${close}"?` : 'keys are long option names such as node-per or region';
  return new UsageError(`unknown key "${key}" in config file ${file}: ${hint}`);
}

function valueError(file: string, key: string, detail: string): UsageError {
  return new UsageError(`config file ${file}: "${key}" ${detail}`);
}

/** The value commander would hold had the flag been given on the command line with `value`. */
function toOptionValue(option: Option, key: string, value: unknown, file: string): unknown {
  if (option.negate || option.isBoolean()) {
    if (typeof value !== 'boolean') throw valueError(file, key, 'must be true or false');
    return option.negate ? !value : value;
  }
  const items = Array.isArray(value) ? (value as unknown[]) : [value];
  if (items.length === 0 || !items.every(isScalar)) {
    throw valueError(file, key, Array.isArray(value) ? 'must be a list of plain values' : 'must be a plain value (text, number or true/false)');
  }
  const parse = option.parseArg;
  if (parse === undefined) {
    if (items.length > 1) throw valueError(file, key, 'takes one value, not a list');
    return String(items[0]);
  }
  let parsed: unknown;
  try {
    for (const item of items) parsed = parse(String(item), parsed);
  } catch (error) {
    if (error instanceof InvalidArgumentError) throw valueError(file, key, `is invalid: ${error.message}`);
    throw error;
  }
  // Only list and repeatable flags accumulate into an array; the others would silently keep the last item.
  if (items.length > 1 && !Array.isArray(parsed)) throw valueError(file, key, 'takes one value, not a list');
  return parsed;
}

/**
 * Sets the parsed program's options from `config` where the command line did not give them: a flag
 * given on the command line replaces the file's value (lists are not merged). Values go through the
 * flags' own parsers and choices; their source becomes `config`.
 * @throws UsageError naming the key and the file for an unknown key or a bad value
 */
export function applyConfig(program: Command, config: Readonly<Record<string, unknown>>, file: string): void {
  for (const [key, value] of Object.entries(config)) {
    const option = NOT_IN_CONFIG.has(key) ? undefined : program.options.find((o) => o.long === `--${key}`);
    if (option === undefined) throw unknownKeyError(key, file, program);
    const name = option.attributeName();
    if (program.getOptionValueSource(name) === 'cli') continue;
    program.setOptionValueWithSource(name, toOptionValue(option, key, value, file), 'config');
  }
}

/**
 * Merges the file named by `--config`, if any, into the parsed program.
 * @throws UsageError when the file cannot be read or holds an unknown key or a bad value
 */
export async function applyConfigFile(program: Command): Promise<void> {
  const file: unknown = program.getOptionValue('config');
  if (typeof file !== 'string') return;
  applyConfig(program, await readConfigFile(file), file);
}
