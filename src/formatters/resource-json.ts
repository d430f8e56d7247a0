// resourcejson: an object keyed by nodename, `nodename` inside equal to the key, tags as an array, ASCII only.
// Written node by node, exactly as JSON.stringify(document, null, 2) writes the whole document.

import type { RundeckNode } from '../nodes/rundeck-node';
import { gatherChunks, joinPieces } from './chunks';
import type { Formatter } from './formatter';
import { memoize } from './memo';
import { escapeNonAsciiAsUnicode } from './escape';

/** True for a key JavaScript objects order first, numerically: an array index ("0" … "4294967294"). */
function isArrayIndex(key: string): boolean {
  const first = key.charCodeAt(0);
  // A first-character test keeps the regex off the common path (names that start with a letter).
  return first >= 0x30 && first <= 0x39 && /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4_294_967_295;
}

/** The nodes by name, in the order an object keyed by name would enumerate them (a repeated name keeps its place, the last node wins). */
function inObjectKeyOrder(nodes: readonly RundeckNode[]): RundeckNode[] {
  const byName = new Map<string, RundeckNode>();
  for (const node of nodes) byName.set(node.nodename, node);
  const names = [...byName.keys()];
  const indexes = names.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b));
  return [...indexes, ...names.filter((n) => !isArrayIndex(n))].map((name) => byName.get(name) as RundeckNode);
}

// Printable ASCII but `"` and `\\`: JSON.stringify would only add the quotes.
const PLAIN_JSON = /^[\x20\x21\x23-\x5B\x5D-\x7E]*$/;

function quoteJson(text: string): string {
  return PLAIN_JSON.test(text) ? `"${text}"` : JSON.stringify(text);
}

/** `    "NAME": ` for an attribute name; names repeat on every node. */
const memberStart = memoize((name) => `    ${quoteJson(name)}: `);

/** The member `"name": {…}` of one node, indented as at depth 1, exactly as JSON.stringify(document, null, 2) has it. */
function nodeMember(node: RundeckNode): string {
  const { attributes } = node;
  const keys = Object.keys(attributes);
  // Objects put index-like keys first, and an attribute named nodename or tags would replace those members:
  // such rare nodes go through JSON.stringify itself.
  if (keys.some((key) => key === 'nodename' || key === 'tags' || isArrayIndex(key))) {
    const member = JSON.stringify({ [node.nodename]: { nodename: node.nodename, ...attributes, tags: [...node.tags] } }, null, 2);
    return member.slice(2, -2);
  }
  const name = quoteJson(node.nodename);
  const lines = [`  ${name}: {`, `    "nodename": ${name},`];
  for (const key of keys) lines.push(`${memberStart(key)}${quoteJson(attributes[key] ?? '')},`);
  if (node.tags.length === 0) lines.push('    "tags": []');
  else lines.push('    "tags": [', node.tags.map((tag) => `      ${quoteJson(tag)}`).join(',\n'), '    ]');
  lines.push('  }');
  return lines.join('\n');
}

/** The document in pieces, not yet escaped: `{`, one member per node, `}`. */
function* jsonPieces(nodes: readonly RundeckNode[]): Generator<string> {
  const ordered = inObjectKeyOrder(nodes);
  if (ordered.length === 0) {
    yield '{}\n';
    return;
  }
  let separator = '{\n';
  for (const node of ordered) {
    yield separator + nodeMember(node);
    separator = ',\n';
  }
  yield '\n}\n';
}

export const resourceJsonFormatter: Formatter = {
  name: 'resourcejson',
  // Escaping maps each UTF-16 unit on its own, so escaping chunk by chunk equals escaping the whole.
  format: (nodes) => escapeNonAsciiAsUnicode(joinPieces(jsonPieces(nodes))),
  *chunks(nodes) {
    for (const chunk of gatherChunks(jsonPieces(nodes))) yield escapeNonAsciiAsUnicode(chunk);
  },
};
