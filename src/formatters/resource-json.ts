// resourcejson: an object keyed by nodename, `nodename` inside equal to the key, tags as an array, ASCII only.

import type { Formatter } from './formatter';
import { escapeNonAsciiAsUnicode } from './escape';

export const resourceJsonFormatter: Formatter = {
  name: 'resourcejson',
  format(nodes) {
    const document: Record<string, Record<string, unknown>> = {};
    for (const node of nodes) {
      document[node.nodename] = { nodename: node.nodename, ...node.attributes, tags: [...node.tags] };
    }
    return `${escapeNonAsciiAsUnicode(JSON.stringify(document, null, 2))}\n`;
  },
};
