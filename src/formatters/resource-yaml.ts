// resourceyaml: a map keyed by nodename, every scalar double-quoted and ASCII-only, split into documents
// small enough for SnakeYAML (Rundeck's parser rejects one document over 3,145,728 code points).

import type { RundeckNode } from '../nodes/rundeck-node';
import { gatherChunks, joinPieces } from './chunks';
import type { Formatter } from './formatter';
import { memoize } from './memo';

/** Default size bound of one YAML document, in characters: a third of SnakeYAML's limit. */
export const DEFAULT_YAML_DOCUMENT_LIMIT = 1_000_000;

const DOCUMENT_START = '---\n';

// Printable ASCII but `"` and `\`: such text goes between the quotes as it is (the common case, and fast).
const PLAIN_YAML = /^[\x20\x21\x23-\x5B\x5D-\x7E]*$/;

/** A YAML 1.1 double-quoted scalar that every YAML parser reads back as exactly this string. */
export function quoteYaml(text: string): string {
  if (PLAIN_YAML.test(text)) return `"${text}"`;
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (code >= 0x20 && code <= 0x7e) out += ch;
    else if (code <= 0xffff) out += `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    else out += `\\U${code.toString(16).toUpperCase().padStart(8, '0')}`;
  }
  return `${out}"`;
}

// SnakeYAML reads a key written as `"key":` only up to 1,024 characters (quotes and escapes included); a
// longer one fails the whole file. Such keys are written in YAML's explicit form, `? "key"` then `: value`.
const SIMPLE_KEY_LIMIT = 1024;

/** `"KEY": ` (or the explicit `? "KEY"` form for a long key) at `indent`, before a value on the same line. */
function keyPrefix(indent: string, key: string): string {
  const quoted = quoteYaml(key);
  return quoted.length <= SIMPLE_KEY_LIMIT ? `${indent}${quoted}: ` : `${indent}? ${quoted}\n${indent}: `;
}

/** `  "NAME": ` for an attribute name; names repeat on every node. */
const attributePrefix = memoize((name) => keyPrefix('  ', name));

function nodeBlock(node: RundeckNode): string {
  const name = quoteYaml(node.nodename);
  const key = name.length <= SIMPLE_KEY_LIMIT ? `${name}:` : `? ${name}\n:`;
  // One small array joined per node: measured faster than growing strings or joining one huge array.
  const lines = [key, `  "nodename": ${name}`];
  const { attributes } = node;
  for (const key of Object.keys(attributes)) lines.push(attributePrefix(key) + quoteYaml(attributes[key] ?? ''));
  lines.push(`  "tags": ${quoteYaml(node.tags.join(', '))}`, '');
  return lines.join('\n');
}

/**
 * The document in pieces: `---` lines and one block per node. Each document, its `---` line included, stays
 * within `documentLimit` characters unless a single node is larger.
 */
function* yamlPieces(nodes: readonly RundeckNode[], documentLimit: number): Generator<string> {
  if (nodes.length === 0) {
    yield '{}\n';
    return;
  }
  yield DOCUMENT_START;
  let documentLength = DOCUMENT_START.length;
  for (const node of nodes) {
    const block = nodeBlock(node);
    if (documentLength > DOCUMENT_START.length && documentLength + block.length > documentLimit) {
      yield DOCUMENT_START;
      documentLength = DOCUMENT_START.length;
    }
    yield block;
    documentLength += block.length;
  }
}

/** The resourceyaml formatter; `documentLimit` bounds each `---` document in characters. */
export function createResourceYamlFormatter(documentLimit = DEFAULT_YAML_DOCUMENT_LIMIT): Formatter {
  return {
    name: 'resourceyaml',
    format: (nodes) => joinPieces(yamlPieces(nodes, documentLimit)),
    chunks: (nodes) => gatherChunks(yamlPieces(nodes, documentLimit)),
  };
}

/** The resourceyaml formatter with the default document limit. */
export const resourceYamlFormatter = createResourceYamlFormatter();
