// resourcejson: an object keyed by nodename, `nodename` inside equal to the key, tags as an array, ASCII only.
// Written node by node, exactly as JSON.stringify(document, null, 2) writes the whole document.

import type { RundeckNode } from '../nodes/rundeck-node';
import { gatherChunks, joinPieces } from './chunks';
import type { Formatter } from './formatter';
import { escapeNonAsciiAsUnicode } from './escape';

/** True for a key JavaScript objects order first, numerically: an array index ("0" … "4294967294"). */
function isArrayIndex(key: string): boolean {
  return /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4_294_967_295;
}

/** The nodes by name, in the order an object keyed by name would enumerate them (a repeated name keeps its place, the last node wins). */
function inObjectKeyOrder(nodes: readonly RundeckNode[]): RundeckNode[] {
  const byName = new Map<string, RundeckNode>();
  for (const node of nodes) byName.set(node.nodename, node);
  const names = [...byName.keys()];
  const indexes = names.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b));
  return [...indexes, ...names.filter((n) => !isArrayIndex(n))].map((name) => byName.get(name) as RundeckNode);
}

/** The document in pieces: `{`, one `"name": {…}` member per node (indented as at depth 1), `}`. */
function* jsonPieces(nodes: readonly RundeckNode[]): Generator<string> {
  const ordered = inObjectKeyOrder(nodes);
  if (ordered.length === 0) {
    yield '{}\n';
    return;
  }
  let separator = '{\n';
  for (const node of ordered) {
    const value = JSON.stringify({ nodename: node.nodename, ...node.attributes, tags: [...node.tags] }, null, 2);
    // JSON text has no raw line breaks inside strings, so indenting every line is safe.
    yield escapeNonAsciiAsUnicode(`${separator}  ${JSON.stringify(node.nodename)}: ${value.replace(/\n/g, '\n  ')}`);
    separator = ',\n';
  }
  yield '\n}\n';
}

export const resourceJsonFormatter: Formatter = {
  name: 'resourcejson',
  format: (nodes) => joinPieces(jsonPieces(nodes)),
  chunks: (nodes) => gatherChunks(jsonPieces(nodes)),
};
