// resourcejson: an object keyed by nodename, `nodename` inside equal to the key, tags as an array, ASCII only.

import type { RundeckNode } from '../nodes/rundeck-node';
import type { Formatter } from './formatter';
import { escapeNonAsciiAsUnicode } from './escape';

// Written member by member rather than with JSON.stringify(object): a JS object moves integer-like keys
// (a node or attribute named `123`) to the front, which would break the nodename order.
function member(indent: string, key: string, valueText: string): string {
  return `${indent}${JSON.stringify(key)}: ${valueText}`;
}

function nodeText(node: RundeckNode): string {
  const members = [
    member('    ', 'nodename', JSON.stringify(node.nodename)),
    ...Object.entries(node.attributes).map(([name, value]) => member('    ', name, JSON.stringify(value))),
    member('    ', 'tags', JSON.stringify([...node.tags], null, 2).replace(/\n/g, '\n    ')),
  ];
  return member('  ', node.nodename, `{\n${members.join(',\n')}\n  }`);
}

export const resourceJsonFormatter: Formatter = {
  name: 'resourcejson',
  format(nodes) {
    const text = nodes.length === 0 ? '{}' : `{\n${nodes.map(nodeText).join(',\n')}\n}`;
    return `${escapeNonAsciiAsUnicode(text)}\n`;
  },
};
