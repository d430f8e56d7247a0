// resourcejson: an object keyed by nodename, `nodename` inside equal to the key, tags as an array, ASCII only.

import type { RundeckNode } from '../nodes/rundeck-node';
import { gatherChunks, joinPieces } from './chunks';
import type { Formatter } from './formatter';
import { escapeNonAsciiAsUnicode } from './escape';
import { memoize } from './memo';

// Printable ASCII but `"` and `\`: JSON.stringify would only add the quotes (the common case, and fast).
const PLAIN_JSON = /^[\x20\x21\x23-\x5B\x5D-\x7E]*$/;

/**
 * The JSON string for `text` as JSON.stringify writes it, then made ASCII (`\uXXXX`). Everything else in the
 * document is ASCII already, so escaping each string equals escaping the whole document, for less work.
 */
function quoteJson(text: string): string {
  return PLAIN_JSON.test(text) ? `"${text}"` : escapeNonAsciiAsUnicode(JSON.stringify(text));
}

/** `    "NAME": ` for an attribute name; names repeat on every node. */
const memberStart = memoize((name) => `    ${quoteJson(name)}: `);

// Written member by member rather than with JSON.stringify(object): a JS object moves integer-like keys
// (a node or attribute named `123`) to the front, which would break the nodename order.
function nodeText(node: RundeckNode): string {
  const { attributes } = node;
  const name = quoteJson(node.nodename);
  // One small array joined per node: measured faster than growing strings or joining one huge array.
  const lines = [`  ${name}: {`, `    "nodename": ${name},`];
  for (const key of Object.keys(attributes)) lines.push(`${memberStart(key)}${quoteJson(attributes[key] ?? '')},`);
  if (node.tags.length === 0) lines.push('    "tags": []');
  else lines.push('    "tags": [', node.tags.map((tag) => `      ${quoteJson(tag)}`).join(',\n'), '    ]');
  lines.push('  }');
  return lines.join('\n');
}

/** The document in pieces: `{`, one member per node, `}`. */
function* jsonPieces(nodes: readonly RundeckNode[]): Generator<string> {
  if (nodes.length === 0) {
    yield '{}\n';
    return;
  }
  let separator = '{\n';
  for (const node of nodes) {
    yield separator + nodeText(node);
    separator = ',\n';
  }
  yield '\n}\n';
}

/** The resourcejson formatter. */
export const resourceJsonFormatter: Formatter = {
  name: 'resourcejson',
  format: (nodes) => joinPieces(jsonPieces(nodes)),
  chunks: (nodes) => gatherChunks(jsonPieces(nodes)),
};
